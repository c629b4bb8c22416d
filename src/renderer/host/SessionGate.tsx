import { useCallback, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostSession } from './session';

const noSubscription = () => () => {};

/**
 * Browser host only: a tab without a session (opened by hand, or kept open
 * across a restart of the host) cannot do anything, and every call would be
 * refused. Say so, in the browser's language, instead of the app failing on
 * each call. `session` null = Electron, always through.
 */
export function SessionGate({
  session,
  children,
}: {
  session: HostSession | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const subscribe = useCallback(
    (listener: () => void) => (session ? session.subscribe(listener) : noSubscription()),
    [session],
  );
  const signedIn = useSyncExternalStore(subscribe, () => !session || session.secret() !== null);
  if (signedIn) return children;
  return (
    <div className="app" data-app-state="signed-out">
      <div className="app-message failed" role="alert" data-testid="signed-out">
        <p>{t('app.signedOut')}</p>
        <p className="detail">{t('app.signedOutHint')}</p>
      </div>
    </div>
  );
}
