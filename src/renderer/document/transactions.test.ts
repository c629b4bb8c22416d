import { beforeEach, describe, expect, it } from 'vitest';
import type { TreeOperation } from '../../shared/metrics/operations';
import { createI18n } from '../../shared/i18n';
import { findViolations } from '../../shared/workspace/invariants';
import { northStarId, REVISION, sampleWorkspace } from '../testing/studio-harness';
import {
  createDocumentStore,
  isDirty,
  nextRedo,
  nextUndo,
  shownWorkspace,
  type DocumentStore,
} from './document-store';

let store: DocumentStore;
const state = () => store.getState();
const metric = (id: string) => state().workspace?.metrics.find((m) => m.id === id);
const shown = (id: string) => shownWorkspace(state())?.metrics.find((m) => m.id === id);

beforeEach(() => {
  store = createDocumentStore();
  state().load({
    workspace: sampleWorkspace(),
    path: '/w/plan.northstar',
    revision: REVISION,
    fromVersion: 1,
  });
});

/** A split of 新客首单数 into three regional children, as the split wizard will do it. */
const split: TreeOperation[] = [
  { kind: 'update', id: 'm_sales', patch: { decomposition: 'sum', target: 300 } },
  {
    kind: 'add-many',
    items: [
      { id: 'm_north', name: '华北新客首单数', parentId: 'm_sales', target: 100 },
      { id: 'm_south', name: '华南新客首单数', parentId: 'm_sales', target: 120 },
      { id: 'm_west', name: '西部新客首单数', parentId: 'm_sales', target: 80 },
    ],
  },
];

describe('transact', () => {
  it('applies a labelled group of operations as one undo step', () => {
    const before = state().workspace;
    expect(state().transact('split', split)).toEqual({ ok: true });
    expect(metric('m_sales')).toMatchObject({ decomposition: 'sum', target: 300 });
    expect(metric('m_south')?.parentId).toBe('m_sales');
    expect(state().history.past).toHaveLength(1);
    expect(nextUndo(state())).toBe('split');
    expect(findViolations(state().workspace!)).toEqual([]);

    expect(state().undo()).toBe(true);
    expect(state().workspace).toBe(before);
    expect(isDirty(state())).toBe(false);
    // The label travels to the redo side: "Redo split".
    expect(nextUndo(state())).toBeNull();
    expect(nextRedo(state())).toBe('split');
    state().redo();
    expect(metric('m_north')?.target).toBe(100);
    expect(nextUndo(state())).toBe('split');
  });

  it('the label reads as the undo button says it, in both languages', () => {
    state().transact('split', split);
    const step = nextUndo(state());
    const zh = createI18n('zh-CN');
    const en = createI18n('en');
    expect(zh.t('ui:toolbar.undoStep', { step: zh.t(`ui:history.${step}`) })).toBe('撤销拆分');
    expect(en.t('ui:toolbar.undoStep', { step: en.t(`ui:history.${step}`) })).toBe('Undo split');
  });

  it('a failing operation aborts the whole transaction, with its error, and leaves no trace', () => {
    const before = state().workspace;
    const history = state().history;
    const result = state().transact('split', [
      ...split,
      { kind: 'move', id: 'm_sales', parentId: 'm_sales_east' },
    ]);
    expect(result).toEqual({ ok: false, error: 'into-own-subtree', failedAt: 2 });
    expect(state().workspace).toBe(before);
    expect(state().history).toBe(history);
    expect(isDirty(state())).toBe(false);
  });

  it('refuses an invalid patch before anything is applied', () => {
    const before = state().workspace;
    const result = state().transact('editMetric', [
      { kind: 'update', id: 'm_sales', patch: { target: 5 } },
      { kind: 'update', id: 'm_product', patch: { target: 'two' } as never },
    ]);
    expect(result).toEqual({ ok: false, error: 'invalid-patch', failedAt: 1 });
    expect(state().workspace).toBe(before);
    expect(state().updateMetric('m_sales', { parentId: 'm_product' } as never)).toEqual({
      ok: false,
      error: 'invalid-patch',
    });
    expect(state().history.past).toHaveLength(0);
  });

  it('an import of many rows is one step too', () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({
      id: `m_row_${i}`,
      name: `导入 ${i}`,
      parentId: i % 2 ? 'm_product' : 'm_sales',
    }));
    expect(state().transact('import', [{ kind: 'add-many', items: rows }])).toEqual({ ok: true });
    expect(state().workspace?.metrics).toHaveLength(4 + 300);
    expect(state().history.past).toHaveLength(1);
    state().undo();
    expect(state().workspace?.metrics).toHaveLength(4);
  });
});

describe('every action is a labelled step', () => {
  it('names add, rename, target, owner, other edits, delete and move', () => {
    const ns = northStarId(state().workspace!);
    const labels: (string | null)[] = [];
    const step = (action: () => unknown) => {
      action();
      labels.push(nextUndo(state()));
    };
    step(() => state().addChildMetric(ns, { name: '复购率' }));
    step(() => state().updateMetric('m_sales', { name: '新客数' }));
    step(() => state().updateMetric('m_sales', { target: 10 }));
    step(() => state().updateMetric('m_sales', { ownerId: null, tags: ['x'] }));
    step(() => state().moveMetric('m_sales_east', 'm_product'));
    step(() => state().deleteMetric('m_product'));
    expect(labels).toEqual([
      'addMetric',
      'rename',
      'editTarget',
      'editMetric',
      'moveMetric',
      'deleteMetric',
    ]);
    expect(state().history.past).toHaveLength(6);
  });

  it('restored unsaved edits are one step named so', () => {
    const base = sampleWorkspace();
    const unsaved = { ...base, meta: { ...base.meta, name: '恢复' } };
    state().loadRecovered({
      workspace: unsaved,
      saved: base,
      path: null,
      revision: null,
      fromVersion: 1,
    });
    expect(nextUndo(state())).toBe('recover');
  });
});

describe('a gesture in progress lives outside the history', () => {
  const drag = (parentId: string, index?: number): TreeOperation[] => [
    { kind: 'move', id: 'm_sales_east', parentId, ...(index === undefined ? {} : { index }) },
  ];

  it('previews are shown, while the committed document, history and dirty state stay', () => {
    const committed = state().workspace;
    const history = state().history;
    expect(state().beginGesture('moveMetric')).toBe(true);
    expect(state().previewGesture(drag('m_product'))).toEqual({ ok: true });
    expect(shown('m_sales_east')?.parentId).toBe('m_product');
    expect(state().workspace).toBe(committed);
    expect(state().history).toBe(history);
    expect(isDirty(state())).toBe(false);
    // Each preview starts from the committed document: it replaces the previous one.
    state().previewGesture([{ kind: 'update', id: 'm_sales_east', patch: { target: 1 } }]);
    expect(shown('m_sales_east')).toMatchObject({ parentId: 'm_sales', target: 1 });
  });

  it('commit makes the last preview one undo step with the gesture’s label', () => {
    const committed = state().workspace;
    state().beginGesture('moveMetric');
    for (const parent of ['m_product', 'm_sales', 'm_product'])
      state().previewGesture(drag(parent));
    const preview = shownWorkspace(state());
    expect(state().commitGesture()).toEqual({ ok: true });
    expect(state().gesture).toBeNull();
    expect(state().workspace).toBe(preview);
    expect(metric('m_sales_east')?.parentId).toBe('m_product');
    expect(state().history.past).toHaveLength(1);
    expect(nextUndo(state())).toBe('moveMetric');
    expect(isDirty(state())).toBe(true);
    state().undo();
    expect(state().workspace).toBe(committed);
  });

  it('cancel leaves no trace: same document by reference, no step, not dirty', () => {
    const committed = state().workspace;
    const history = state().history;
    state().beginGesture('split');
    state().previewGesture(split);
    expect(shown('m_north')).toBeDefined();
    state().cancelGesture();
    expect(state().gesture).toBeNull();
    expect(state().workspace).toBe(committed);
    expect(shownWorkspace(state())).toBe(committed);
    expect(state().history).toBe(history);
    expect(isDirty(state())).toBe(false);
  });

  it('a refused preview shows the committed document and says why; the gesture goes on', () => {
    state().beginGesture('moveMetric');
    state().previewGesture(drag('m_product'));
    // Dragged over its own child: not a place it can go.
    expect(
      state().previewGesture([{ kind: 'move', id: 'm_sales', parentId: 'm_sales_east' }]),
    ).toEqual({
      ok: false,
      error: 'into-own-subtree',
      failedAt: 0,
    });
    expect(shownWorkspace(state())).toBe(state().workspace);
    // Dropped there: nothing happens.
    expect(state().commitGesture()).toEqual({ ok: true });
    expect(state().history.past).toHaveLength(0);
    expect(isDirty(state())).toBe(false);
  });

  it('an edit committed during the gesture stays, and the preview is re-applied on top of it', () => {
    state().beginGesture('moveMetric');
    state().previewGesture(drag('m_product'));
    state().updateMetric('m_product', { target: 9 });
    expect(shown('m_product')?.target).toBe(9);
    expect(shown('m_sales_east')?.parentId).toBe('m_product');
    state().commitGesture();
    expect(metric('m_product')?.target).toBe(9);
    expect(metric('m_sales_east')?.parentId).toBe('m_product');
    expect(state().history.past.map((s) => s.label)).toEqual(['editTarget', 'moveMetric']);
  });

  it('a save during the gesture: the preview goes on on top of what was written', () => {
    state().updateMetric('m_sales', { target: 1 });
    state().beginGesture('moveMetric');
    state().previewGesture(drag('m_product'));
    const sent = state().workspace!;
    const written = { ...sent, meta: { ...sent.meta, updatedAt: '2027-02-01T00:00:00.000Z' } };
    state().markSaved({ path: '/w/plan.northstar', revision: REVISION, sent, written });
    expect(isDirty(state())).toBe(false);
    expect(shownWorkspace(state())?.meta.updatedAt).toBe('2027-02-01T00:00:00.000Z');
    state().commitGesture();
    expect(metric('m_sales_east')?.parentId).toBe('m_product');
    expect(state().workspace?.meta.updatedAt).toBe('2027-02-01T00:00:00.000Z');
    expect(isDirty(state())).toBe(true);
    state().undo();
    expect(state().workspace).toBe(written);
  });

  it('a preview that adds metrics keeps their ids when re-applied and committed', () => {
    state().beginGesture('split');
    state().previewGesture(split);
    state().updateMetric('m_product', { target: 9 });
    state().commitGesture();
    expect(metric('m_north')?.parentId).toBe('m_sales');
  });

  it('undo, redo and loading another document end a gesture in progress', () => {
    state().updateMetric('m_sales', { target: 1 });
    state().beginGesture('moveMetric');
    state().previewGesture(drag('m_product'));
    state().undo();
    expect(state().gesture).toBeNull();
    expect(metric('m_sales')?.target).toBeNull();
    state().beginGesture('moveMetric');
    state().load({ workspace: sampleWorkspace(), path: null, revision: null, fromVersion: 1 });
    expect(state().gesture).toBeNull();
  });

  it('a preview without beginGesture is a bug, and says so', () => {
    expect(() => state().previewGesture(drag('m_product'))).toThrow(/beginGesture/);
  });
});
