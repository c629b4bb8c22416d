import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/workspace/schema';
import { changeLocale } from '../commands/workspace-commands';
import { useStudio, useUi } from './studio-context';

/** Each language named in itself, so that anyone can find their own. */
const LANGUAGES: Array<{ locale: Locale; label: string }> = [
  { locale: 'zh-CN', label: '中文' },
  { locale: 'en', label: 'English' },
];

export function LanguageSwitch() {
  const { t } = useTranslation();
  const studio = useStudio();
  const current = useUi((s) => s.locale);
  return (
    <div className="language-switch" role="group" aria-label={t('toolbar.language')}>
      {LANGUAGES.map(({ locale, label }) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={current === locale}
          data-testid={`language-${locale}`}
          onClick={() => void changeLocale(studio, locale)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
