import { menuEn } from '../../shared/i18n/menu.en';
import { menuZhCN } from '../../shared/i18n/menu.zh-CN';
import type { Messages } from '../../shared/i18n/messages';
import type { Locale } from '../../shared/workspace/schema';

/**
 * The shell's text (the `menu` namespace) in one locale. Plain property access
 * keeps every key checked by tsc, and importing the two files directly keeps
 * the renderer's strings out of the main process.
 */
export type ShellLabels = Messages<typeof menuZhCN>;

const LABELS: Record<Locale, ShellLabels> = { 'zh-CN': menuZhCN, en: menuEn };

export function shellLabels(locale: Locale): ShellLabels {
  return LABELS[locale];
}
