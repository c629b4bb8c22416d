import { Panel } from '@xyflow/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../shared/workspace/schema';
import { useStudio } from '../../shell/studio-context';
import { exitFocus } from './tree-view-commands';
import { useTreeView } from './tree-view-store';

/** While one branch is focused: what the canvas shows, and the way back (button or Escape). */
export function FocusBar({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const focusId = useTreeView((s) => s.focusId);
  const metric = focusId === null ? null : workspace.metrics.find((m) => m.id === focusId);

  useEffect(() => {
    if (!metric) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (studio.ui.getState().dialogs.length > 0) return;
      // Escape in a field reverts the field; only on the canvas does it leave the focus.
      if (!(event.target instanceof HTMLElement) || event.target.closest('input, textarea, select'))
        return;
      if (event.target !== document.body && !event.target.closest('.canvas')) return;
      exitFocus(studio);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [metric, studio]);

  if (!metric) return null;
  return (
    // Top left: a focused branch is narrow and centred, the corner is free.
    <Panel position="top-left" className="focus-bar" data-testid="focus-bar">
      <span>{t('bigTree.focusing', { name: metric.name || t('metric.unnamed') })}</span>
      <button type="button" data-testid="exit-focus" onClick={() => exitFocus(studio)}>
        {t('bigTree.exitFocus')}
      </button>
    </Panel>
  );
}
