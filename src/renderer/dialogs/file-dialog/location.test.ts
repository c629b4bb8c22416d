import { describe, expect, it } from 'vitest';
import { formatSize, isAbsolutePath, resolveTyped } from './location';

describe('file dialog locations', () => {
  it('tells a full path from a name', () => {
    for (const path of [
      '/home/li/a.northstar',
      '~',
      '~/plans',
      'C:\\Users\\li',
      'd:/x',
      '\\\\server\\share',
    ])
      expect(isAbsolutePath(path), path).toBe(true);
    for (const name of ['a.northstar', '2027/plan', '~plans', 'C:relative'])
      expect(isAbsolutePath(name), name).toBe(false);
  });

  it('takes a name inside the folder on screen, with its separator', () => {
    expect(resolveTyped('plan.northstar', '/home/li')).toBe('/home/li/plan.northstar');
    expect(resolveTyped(' 第二轮 ', '/home/li/')).toBe('/home/li/第二轮');
    expect(resolveTyped('plan', 'C:\\Users\\li')).toBe('C:\\Users\\li\\plan');
    expect(resolveTyped('/etc/passwd', '/home/li')).toBe('/etc/passwd');
    expect(resolveTyped('~/x.northstar', '/home/li')).toBe('~/x.northstar');
  });

  it('prints sizes as a file list does', () => {
    expect(formatSize(512, 'en')).toBe('512 B');
    expect(formatSize(1536, 'en')).toBe('1.5 KB');
    expect(formatSize(25 * 1024 * 1024, 'zh-CN')).toBe('25 MB');
  });
});
