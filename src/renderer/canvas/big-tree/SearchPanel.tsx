import { Panel } from '@xyflow/react';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../shared/workspace/schema';
import { useStudio } from '../../shell/studio-context';
import { revealMetric } from './tree-view-commands';
import { treeViewStore, useTreeView } from './tree-view-store';
import { searchMetrics } from './tree-view';

/** More rows than this would only scroll; the count says how many there are. */
const LIST_LIMIT = 8;

/** Ctrl+F: the search field over the canvas (inside <ReactFlow>). */
export function SearchPanel({ document }: { document: Workspace }) {
  const open = useTreeView((s) => s.searchOpen);
  return open ? <SearchField document={document} /> : null;
}

function SearchField({ document }: { document: Workspace }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const nonce = useTreeView((s) => s.searchNonce);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(-1);
  // Typing stays smooth on a big tree: the matching follows a beat behind.
  const deferred = useDeferredValue(query);
  const results = useMemo(() => searchMetrics(document, deferred), [document, deferred]);
  const people = useMemo(() => new Map(document.people.map((p) => [p.id, p.name])), [document]);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [nonce]);

  // A quick typist presses Enter before the deferred list caught up: step through what is typed.
  const resultsNow = () => (deferred === query ? results : searchMetrics(document, query));
  const jump = (index: number, list = resultsNow()) => {
    const metric = list[index];
    if (!metric) return;
    setCurrent(index);
    revealMetric(studio, metric.id);
  };
  const step = (by: 1 | -1) => {
    const list = resultsNow();
    if (list.length === 0) return;
    const from = current < 0 ? (by === 1 ? -1 : 0) : current;
    jump((from + by + list.length) % list.length, list);
  };
  const close = () => {
    treeViewStore.getState().setSearchOpen(false);
    studio.ui.getState().requestFocus('canvas');
  };

  const status =
    deferred.trim() === ''
      ? t('bigTree.searchHint')
      : results.length === 0
        ? t('bigTree.searchNone')
        : current >= 0
          ? t('bigTree.searchCount', { index: current + 1, count: results.length })
          : t('bigTree.searchTotal', { count: results.length });

  return (
    <Panel position="top-center" className="tree-search nodrag nopan nowheel">
      <div className="tree-search-row">
        <input
          ref={input}
          type="text"
          role="searchbox"
          data-testid="tree-search"
          aria-label={t('bigTree.searchLabel')}
          placeholder={t('bigTree.searchPlaceholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setCurrent(-1);
          }}
          onKeyDown={(event) => {
            if (event.nativeEvent.isComposing) return;
            if (event.key === 'Enter' || event.key === 'ArrowDown') step(event.shiftKey ? -1 : 1);
            else if (event.key === 'ArrowUp') step(-1);
            else if (event.key === 'Escape') close();
            else return;
            event.preventDefault();
          }}
        />
        <button
          type="button"
          className="tree-search-close"
          aria-label={t('bigTree.searchClose')}
          title={t('bigTree.searchClose')}
          onClick={close}
        >
          ×
        </button>
      </div>
      <div className="tree-search-status" role="status" data-testid="tree-search-status">
        {status}
      </div>
      {results.length > 0 && (
        <ul className="tree-search-results" role="listbox" aria-label={t('bigTree.searchLabel')}>
          {results.slice(0, LIST_LIMIT).map((metric, index) => (
            <li
              key={metric.id}
              role="option"
              aria-selected={index === current}
              data-testid="tree-search-result"
              onClick={() => jump(index)}
            >
              <span className="name">{metric.name || t('metric.unnamed')}</span>
              {metric.ownerId && <span className="owner">{people.get(metric.ownerId)}</span>}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
