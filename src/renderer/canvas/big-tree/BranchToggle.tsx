import { useTranslation } from 'react-i18next';
import { treeViewStore } from './tree-view-store';
import './big-tree.css';

/**
 * The collapse toggle on a box with children, always visible (a projector has
 * no hover): 「−」 while open; collapsed, it says how many metrics it hides.
 */
export function BranchToggle({ metricId, hidden }: { metricId: string; hidden: number }) {
  const { t } = useTranslation();
  const collapsed = hidden > 0;
  const label = collapsed ? t('bigTree.expand', { count: hidden }) : t('bigTree.collapse');
  return (
    <button
      type="button"
      className={`branch-toggle nodrag nopan${collapsed ? ' collapsed' : ''}`}
      data-testid="branch-toggle"
      aria-expanded={!collapsed}
      aria-label={label}
      title={label}
      onClick={(event) => {
        // Only the toggle: the click must not also select the box or reach the pane.
        event.stopPropagation();
        treeViewStore.getState().toggleCollapsed(metricId);
      }}
    >
      {collapsed ? (
        <>
          <span aria-hidden="true">▸ </span>
          {t('bigTree.hidden', { count: hidden })}
        </>
      ) : (
        <span aria-hidden="true">−</span>
      )}
    </button>
  );
}
