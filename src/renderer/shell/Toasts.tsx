import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Toast } from '../ui/ui-store';
import { useUi } from './studio-context';

const SHOWN_MS = 6000;

/** Short notices (a refused delete, a failed settings write); they leave on their own. */
export function Toasts() {
  const toasts = useUi((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <ToastView key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

function ToastView({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const dismiss = useUi((s) => s.dismissToast);
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss(toast.id), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [toast.id, dismiss]);
  return (
    <div
      className={`toast tone-${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      data-testid="toast"
    >
      <span>{t(toast.text.key, toast.text.params)}</span>
      <button type="button" aria-label={t('toasts.dismiss')} onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}
