import { resources } from '../../shared/i18n';
import type { Locale } from '../../shared/workspace/schema';

/** The shell's text in one locale; plain property access keeps every key checked by tsc. */
export type ShellLabels = (typeof resources)['zh-CN']['menu'];

export function shellLabels(locale: Locale): ShellLabels {
  return resources[locale].menu;
}
