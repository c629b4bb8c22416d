import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudioContext } from '../commands/context';
import { isDirty } from '../document/document-store';
import { useDocument, useUi } from './studio-context';

/** The window title says which workspace this is and whether it is saved (taskbar, projector). */
export function useDocumentTitle(): void {
  const { t } = useTranslation();
  const name = useDocument((s) => s.workspace?.meta.name);
  const dirty = useDocument(isDirty);
  const locale = useUi((s) => s.locale);
  useEffect(() => {
    const base = name ?? '';
    document.title = `${base}${dirty ? ' •' : ''}${t('app.titleSuffix')}`.replace(/^ — /, '');
    document.documentElement.lang = locale;
  }, [name, dirty, locale, t]);
}

/** Closing the window with unsaved changes asks first (browser host; Electron's shell decides too). */
export function useUnsavedGuard(studio: StudioContext): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty(studio.documents.getState())) return;
      event.preventDefault();
      // Older Chromium needs returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [studio]);
}
