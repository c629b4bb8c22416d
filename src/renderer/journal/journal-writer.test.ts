import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isDirty } from '../document/document-store';
import { createMemoryJournal, type MemoryJournal } from '../testing/memory-journal';
import { createHarness, REVISION, sampleWorkspace } from '../testing/studio-harness';
import { startJournalWriter, type JournalWriter } from './journal-writer';

let ctx: ReturnType<typeof createHarness>;
let journal: MemoryJournal;
let writer: JournalWriter;
let warn: ReturnType<typeof vi.fn<(message: string, error: unknown) => void>>;

const documents = () => ctx.documents.getState();
const backup = () => ctx.ui.getState().backup;

beforeEach(() => {
  vi.useFakeTimers();
  ctx = createHarness();
  documents().load({
    workspace: sampleWorkspace(),
    path: '/w/plan.northstar',
    revision: REVISION,
    fromVersion: 1,
  });
  journal = createMemoryJournal();
  warn = vi.fn<(message: string, error: unknown) => void>();
  writer = startJournalWriter({ ...ctx, journal, delayMs: 1000, warn });
});

afterEach(() => {
  writer.stop();
  vi.useRealTimers();
});

/** Let the timer fire (if due) and the queued journal work finish. */
async function after(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await writer.idle();
}

describe('the journal writer', () => {
  it('writes the unsaved document a second after the last edit, once', async () => {
    documents().updateMetric('m_sales', { target: 10 });
    await after(600);
    documents().updateMetric('m_sales', { target: 11 });
    await after(600);
    expect(journal.writes).toBe(0);
    expect(backup()).toBe('pending');
    await after(400);
    expect(journal.writes).toBe(1);
    expect(journal.entry).toMatchObject({
      path: '/w/plan.northstar',
      revision: REVISION,
      name: '测试工作区',
      writtenAt: '2027-01-15T09:30:00.000Z',
    });
    expect(journal.entry?.workspace).toBe(documents().workspace);
    expect(backup()).toBe('written');
  });

  it('writes nothing for a clean document', async () => {
    await after(5000);
    expect(journal.writes).toBe(0);
    expect(backup()).toBe('none');
  });

  it('flush writes a pending change at once (the window is being hidden)', async () => {
    documents().updateMetric('m_sales', { target: 10 });
    await writer.flush();
    expect(journal.writes).toBe(1);
    await after(5000);
    expect(journal.writes).toBe(1);
  });

  it('clears the entry when undo returns to the saved document', async () => {
    documents().updateMetric('m_sales', { target: 10 });
    await after(1000);
    expect(journal.entry).not.toBeNull();
    documents().undo();
    expect(isDirty(documents())).toBe(false);
    await after(0);
    expect(journal.entry).toBeNull();
    expect(backup()).toBe('none');
  });

  it('clears the entry once the document is saved', async () => {
    documents().updateMetric('m_sales', { target: 10 });
    await after(1000);
    const sent = documents().workspace!;
    documents().markSaved({ path: '/w/plan.northstar', revision: REVISION, sent, written: sent });
    await after(0);
    expect(journal.entry).toBeNull();
  });

  it('clears the entry when another, clean document is loaded', async () => {
    documents().updateMetric('m_sales', { target: 10 });
    await after(1000);
    documents().load({ workspace: sampleWorkspace(), path: null, revision: null, fromVersion: 1 });
    await after(0);
    expect(journal.entry).toBeNull();
  });

  it('does not write a change that was undone before the delay ran out', async () => {
    documents().updateMetric('m_sales', { target: 10 });
    documents().undo();
    await after(2000);
    expect(journal.writes).toBe(0);
  });

  it('never writes a gesture in progress; its commit is written, its cancel leaves nothing', async () => {
    documents().beginGesture('moveMetric');
    documents().previewGesture([{ kind: 'move', id: 'm_sales_east', parentId: 'm_product' }]);
    await after(5000);
    expect(journal.writes).toBe(0);
    expect(backup()).toBe('none');
    documents().cancelGesture();
    await after(5000);
    expect(journal.writes).toBe(0);

    documents().beginGesture('moveMetric');
    documents().previewGesture([{ kind: 'move', id: 'm_sales_east', parentId: 'm_product' }]);
    documents().commitGesture();
    await after(1000);
    expect(journal.writes).toBe(1);
    expect(journal.entry?.workspace.metrics.find((m) => m.id === 'm_sales_east')?.parentId).toBe(
      'm_product',
    );
  });

  it('a failing IndexedDB is reported once and editing carries on', async () => {
    journal.failing = true;
    documents().updateMetric('m_sales', { target: 10 });
    await after(1000);
    documents().updateMetric('m_sales', { target: 11 });
    await after(1000);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(backup()).toBe('failed');
    expect(documents().workspace?.metrics.find((m) => m.id === 'm_sales')?.target).toBe(11);
    // It comes back (space freed): the next edit is written again.
    journal.failing = false;
    documents().updateMetric('m_sales', { target: 12 });
    await after(1000);
    expect(journal.writes).toBe(1);
    expect(backup()).toBe('written');
  });

  it('after a failed write, the same document is written again once the journal works', async () => {
    journal.failing = true;
    documents().updateMetric('m_sales', { target: 10 });
    const failed = documents().workspace;
    await after(1000);
    journal.failing = false;
    // Another edit, undone before it was written: the document is the one that failed.
    documents().updateMetric('m_sales', { target: 11 });
    documents().undo();
    await after(1000);
    expect(journal.entry?.workspace).toBe(failed);
  });
});
