import { beforeEach, describe, expect, it } from 'vitest';
import { northStarId, REVISION, NEXT_REVISION, sampleWorkspace } from '../testing/studio-harness';
import {
  canRedo,
  canUndo,
  createDocumentStore,
  isDirty,
  type DocumentStore,
} from './document-store';
import { HISTORY_LIMIT } from './history';

let store: DocumentStore;
const state = () => store.getState();
const metric = (id: string) => state().workspace?.metrics.find((m) => m.id === id);

beforeEach(() => {
  store = createDocumentStore();
  state().load({
    workspace: sampleWorkspace(),
    path: '/w/plan.northstar',
    revision: REVISION,
    fromVersion: 1,
  });
});

describe('load', () => {
  it('shows a clean document with no history and a new load id', () => {
    const loadId = state().loadId;
    state().load({ workspace: sampleWorkspace(), path: null, revision: null, fromVersion: 1 });
    expect(isDirty(state())).toBe(false);
    expect(canUndo(state())).toBe(false);
    expect(state().path).toBeNull();
    expect(state().loadId).toBe(loadId + 1);
  });

  it('forgets the previous document’s history', () => {
    state().updateMetric('m_sales', { name: 'x' });
    state().load({ workspace: sampleWorkspace(), path: null, revision: null, fromVersion: 1 });
    expect(state().undo()).toBe(false);
  });
});

describe('loadRecovered', () => {
  const onTop = () => {
    const base = sampleWorkspace();
    const unsaved = { ...base, meta: { ...base.meta, name: '恢复的名字' } };
    return { base, unsaved };
  };

  it('shows the unsaved changes on top of the file: dirty, one undo back to the file (clean)', () => {
    const loadId = state().loadId;
    const { base, unsaved } = onTop();
    state().loadRecovered({
      workspace: unsaved,
      saved: base,
      path: '/w/plan.northstar',
      revision: NEXT_REVISION,
      fromVersion: 1,
    });
    expect(state().workspace).toBe(unsaved);
    expect(state().savedWorkspace).toBe(base);
    expect(state().revision).toEqual(NEXT_REVISION);
    expect(state().loadId).toBe(loadId + 1);
    expect(isDirty(state())).toBe(true);
    expect(state().undo()).toBe(true);
    expect(state().workspace).toBe(base);
    expect(isDirty(state())).toBe(false);
    expect(state().redo()).toBe(true);
    expect(state().workspace).toBe(unsaved);
  });

  it('without a file (untitled) the whole document is unsaved, with nothing to undo', () => {
    const { unsaved } = onTop();
    state().loadRecovered({
      workspace: unsaved,
      saved: null,
      path: null,
      revision: null,
      fromVersion: 1,
    });
    expect(isDirty(state())).toBe(true);
    expect(canUndo(state())).toBe(false);
    expect(state().path).toBeNull();
  });
});

describe('addChildMetric', () => {
  it('adds one level down, returns the id, and is one undo step', () => {
    const result = state().addChildMetric('m_product', { name: '支付完成率' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(metric(result.id)).toMatchObject({
      name: '支付完成率',
      parentId: 'm_product',
      layer: 'individual',
    });
    expect(isDirty(state())).toBe(true);
    expect(state().history.past).toHaveLength(1);
    state().undo();
    expect(metric(result.id)).toBeUndefined();
    expect(isDirty(state())).toBe(false);
  });

  it('places a sibling at the given index', () => {
    const ns = northStarId(state().workspace!);
    const result = state().addChildMetric(ns, { name: '中间' }, 1);
    if (!result.ok) throw new Error(result.error);
    const siblings = state()
      .workspace!.metrics.filter((m) => m.parentId === ns)
      .map((m) => m.name);
    expect(siblings).toEqual(['新客首单数', '中间', '下单转化率']);
    expect(state().history.past).toHaveLength(1);
  });

  it('refuses an unknown parent without a history step', () => {
    expect(state().addChildMetric('nope', { name: 'x' })).toEqual({
      ok: false,
      error: 'unknown-metric',
    });
    expect(canUndo(state())).toBe(false);
  });
});

describe('updateMetric', () => {
  it('changes a field as one undo step', () => {
    expect(state().updateMetric('m_sales', { target: 150 })).toEqual({ ok: true });
    expect(metric('m_sales')?.target).toBe(150);
    state().undo();
    expect(metric('m_sales')?.target).toBeNull();
  });

  it('leaves no step and no dirt when nothing changes', () => {
    state().updateMetric('m_sales', { name: '新客首单数', target: null });
    expect(canUndo(state())).toBe(false);
    expect(isDirty(state())).toBe(false);
  });

  it('compares nested values by content', () => {
    const baseline = { ...metric('m_sales')!.baseline };
    state().updateMetric('m_sales', { baseline });
    expect(canUndo(state())).toBe(false);
  });

  it('refuses to move the North Star out of the strategy layer', () => {
    const ns = northStarId(state().workspace!);
    expect(state().updateMetric(ns, { layer: 'department' })).toEqual({
      ok: false,
      error: 'north-star-is-fixed',
    });
  });
});

describe('deleteMetric', () => {
  it('deletes the whole branch in one step', () => {
    state().deleteMetric('m_sales');
    expect(metric('m_sales')).toBeUndefined();
    expect(metric('m_sales_east')).toBeUndefined();
    state().undo();
    expect(metric('m_sales_east')).toBeDefined();
  });

  it('refuses the North Star', () => {
    const ns = northStarId(state().workspace!);
    expect(state().deleteMetric(ns)).toEqual({ ok: false, error: 'north-star-is-fixed' });
    expect(canUndo(state())).toBe(false);
  });
});

describe('moveMetric', () => {
  it('re-parents a branch in one step', () => {
    expect(state().moveMetric('m_sales_east', 'm_product')).toEqual({ ok: true });
    expect(metric('m_sales_east')?.parentId).toBe('m_product');
    expect(state().history.past).toHaveLength(1);
  });

  it('refuses a move into its own branch', () => {
    expect(state().moveMetric('m_sales', 'm_sales_east')).toEqual({
      ok: false,
      error: 'into-own-subtree',
    });
  });
});

describe('undo and redo', () => {
  it('walks back and forth; undoing to the saved document is clean again', () => {
    state().updateMetric('m_sales', { target: 1 });
    state().updateMetric('m_sales', { target: 2 });
    expect(state().undo()).toBe(true);
    expect(metric('m_sales')?.target).toBe(1);
    expect(state().undo()).toBe(true);
    expect(isDirty(state())).toBe(false);
    expect(state().undo()).toBe(false);
    expect(state().redo()).toBe(true);
    expect(state().redo()).toBe(true);
    expect(metric('m_sales')?.target).toBe(2);
    expect(state().redo()).toBe(false);
  });

  it('a new edit after undo forgets the redo branch', () => {
    state().updateMetric('m_sales', { target: 1 });
    state().undo();
    expect(canRedo(state())).toBe(true);
    state().updateMetric('m_sales', { target: 3 });
    expect(canRedo(state())).toBe(false);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) state().updateMetric('m_sales', { target: i });
    expect(state().history.past).toHaveLength(HISTORY_LIMIT);
    while (state().undo());
    expect(metric('m_sales')?.target).toBe(50);
  });
});

describe('markSaved', () => {
  it('takes the written document as the saved one: clean, on the new path', () => {
    state().updateMetric('m_sales', { target: 42 });
    const sent = state().workspace!;
    const written = { ...sent, meta: { ...sent.meta, updatedAt: '2027-02-01T00:00:00.000Z' } };
    state().markSaved({ path: '/w/new.northstar', revision: NEXT_REVISION, sent, written });
    expect(isDirty(state())).toBe(false);
    expect(state().workspace).toBe(written);
    expect(state().path).toBe('/w/new.northstar');
    expect(state().revision).toBe(NEXT_REVISION);
    // Undo goes back past the save (dirty), redo returns to exactly the saved document (clean).
    state().undo();
    expect(isDirty(state())).toBe(true);
    state().redo();
    expect(isDirty(state())).toBe(false);
  });

  it('keeps edits made while the save was in flight, still unsaved', () => {
    const sent = state().workspace!;
    const written = { ...sent, meta: { ...sent.meta, updatedAt: 'later' } };
    state().updateMetric('m_sales', { target: 7 });
    state().markSaved({ path: '/w/plan.northstar', revision: NEXT_REVISION, sent, written });
    expect(metric('m_sales')?.target).toBe(7);
    expect(isDirty(state())).toBe(true);
    state().undo();
    expect(state().workspace).toBe(written);
    expect(isDirty(state())).toBe(false);
  });
});
