import i18next, { type i18n } from 'i18next';
import type { Locale } from '../workspace/schema';
import { errorsEn } from './errors.en';
import { errorsZhCN } from './errors.zh-CN';
import { uiEn } from './ui.en';
import { uiZhCN } from './ui.zh-CN';
import { cliEn } from './cli.en';
import { cliZhCN } from './cli.zh-CN';
import { menuEn } from './menu.en';
import { menuZhCN } from './menu.zh-CN';
import { importEn } from './import.en';
import { importZhCN } from './import.zh-CN';

/**
 * All user-facing text, by locale and namespace. zh-CN is the reference: the
 * English files are typed against it, so a key missing in one language is a
 * compile error. Namespaces: errors (shared by app and CLI), ui (renderer),
 * cli, menu (Electron application menu), import (reading KPI sheets).
 */
export const resources = {
  'zh-CN': { errors: errorsZhCN, ui: uiZhCN, cli: cliZhCN, menu: menuZhCN, import: importZhCN },
  en: { errors: errorsEn, ui: uiEn, cli: cliEn, menu: menuEn, import: importEn },
} as const;

export const NAMESPACES = ['errors', 'ui', 'cli', 'menu', 'import'] as const;

/** Map an OS or browser language tag to a locale we ship; Chinese of any region → zh-CN. */
export function resolveLocale(tag: string | null | undefined): Locale {
  return tag && tag.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** A ready-to-use, synchronous i18next instance (no backend: resources are bundled). */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: ['zh-CN', 'en'],
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // i18next otherwise prints an advertisement to stdout on first init (CLI output).
    showSupportNotice: false,
  });
  return instance;
}
