import { describe, expect, it } from 'vitest';
import { detectOsLocale } from './host-context';

describe('detectOsLocale', () => {
  it('reads POSIX locale variables in their order of precedence', () => {
    expect(detectOsLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(detectOsLocale({ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en-GB');
    expect(detectOsLocale({ LC_MESSAGES: 'zh_TW@latin', LANG: 'en_US' })).toBe('zh-TW');
  });

  it('falls back to Intl for C/POSIX or nothing', () => {
    const intl = Intl.DateTimeFormat().resolvedOptions().locale;
    expect(detectOsLocale({ LANG: 'C.UTF-8' })).toBe(intl);
    expect(detectOsLocale({ LC_ALL: 'POSIX' })).toBe(intl);
    expect(detectOsLocale({})).toBe(intl);
  });
});
