import { createI18n } from '../../shared/i18n';
import type { Locale } from '../../shared/workspace/schema';

/**
 * The renderer's single i18next instance. Components read it through
 * react-i18next; commands (plain functions, no React) through `t` below, so the
 * same text serves a button and the message a command puts into a dialog.
 */
export const i18n = createI18n('zh-CN');

export const t = i18n.t.bind(i18n);

export function applyLocale(locale: Locale): void {
  // Resources are bundled and init is synchronous: the switch is immediate.
  void i18n.changeLanguage(locale);
}
