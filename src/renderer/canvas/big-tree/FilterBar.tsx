import { Panel } from '@xyflow/react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYERS, type Workspace } from '../../../shared/workspace/schema';
import { filterDimmed } from './tree-view';
import { openSearch } from './tree-view-commands';
import { treeViewStore, useTreeView, type TreeFilter } from './tree-view-store';

const KINDS: readonly TreeFilter['kind'][] = ['department', 'owner', 'layer'];
const encode = (filter: TreeFilter | null) => (filter ? `${filter.kind}:${filter.id}` : '');
function decode(value: string): TreeFilter | null {
  const at = value.indexOf(':');
  const kind = value.slice(0, at) as TreeFilter['kind'];
  return at > 0 && KINDS.includes(kind) ? { kind, id: value.slice(at + 1) } : null;
}

/**
 * Filter by department, owner or layer (inside <ReactFlow>): one list, so it
 * takes one click to pick and one to clear. The rest of the tree dims; the
 * path from each match to the North Star stays.
 */
export function FilterBar({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const id = useId();
  const filter = useTreeView((s) => s.filter);
  const matches = useMemo(
    () => filterDimmed(workspace.metrics, filter)?.matches ?? null,
    [workspace.metrics, filter],
  );
  const set = (next: TreeFilter | null) => treeViewStore.getState().setFilter(next);

  return (
    <Panel
      // Beside the zoom buttons: the top of a fitted tree is the North Star and its guardrails.
      position="bottom-left"
      className={`tree-filter${filter ? ' active' : ''}`}
      data-testid="tree-filter-bar"
    >
      {/* Visible, not only a key: a room new to the app finds the search here. */}
      <button type="button" data-testid="open-search" onClick={openSearch}>
        {t('bigTree.searchOpen')}
      </button>
      <label htmlFor={id}>{t('bigTree.filterLabel')}</label>
      <select
        id={id}
        data-testid="tree-filter"
        value={encode(filter)}
        onChange={(event) => set(decode(event.target.value))}
      >
        <option value="">{t('bigTree.filterAll')}</option>
        <optgroup label={t('bigTree.filterDepartments')}>
          {workspace.departments.map((d) => (
            <option key={d.id} value={`department:${d.id}`}>
              {d.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('bigTree.filterOwners')}>
          {workspace.people.map((p) => (
            <option key={p.id} value={`owner:${p.id}`}>
              {p.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('bigTree.filterLayers')}>
          {LAYERS.map((layer) => (
            <option key={layer} value={`layer:${layer}`}>
              {t(`layers.${layer}`)}
            </option>
          ))}
        </optgroup>
      </select>
      {filter && (
        <>
          <span className="tree-filter-count" data-testid="tree-filter-count">
            {t('bigTree.filterCount', { count: matches ?? 0 })}
          </span>
          <button type="button" data-testid="tree-filter-clear" onClick={() => set(null)}>
            {t('bigTree.filterClear')}
          </button>
        </>
      )}
    </Panel>
  );
}
