import { Dexie } from 'dexie';
import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  asNext,
  NEXT_VERSION,
  TEST_FORMAT_NEXT,
  TEST_STEP_TO_NEXT,
} from '../../../test/unit/fixtures/format-next';
import { updateMetric } from '../../shared/metrics/tree';
import { CURRENT_VERSION } from '../../shared/workspace/format';
import type { Workspace } from '../../shared/workspace/schema';
// A file the version 1 build saved, never regenerated (test/fixtures/v1/README.md).
import editedV1 from '../../../test/fixtures/v1/edited.northstar?raw';
import { REVISION, sampleWorkspace } from '../testing/studio-harness';
import { createJournal, MAX_SET_ASIDE, type Journal, type JournalEntry } from './journal';
import {
  CURRENT_KEY,
  DATABASE_NAME,
  openStudioDatabase,
  type JournalRow,
  type StudioDatabase,
} from './journal-db';

let indexedDB: IDBFactory;
let db: StudioDatabase;
let journal: Journal;
let warn: ReturnType<typeof vi.fn<(message: string, detail: unknown) => void>>;

beforeEach(() => {
  // A fresh IndexedDB per test: nothing leaks from one test into the next.
  indexedDB = new IDBFactory();
  db = openStudioDatabase({ indexedDB });
  warn = vi.fn<(message: string, detail: unknown) => void>();
  journal = createJournal(db, { warn });
});

afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

/** The workspace with an edit on top, as the writer hands it over. */
function edited() {
  const result = updateMetric(sampleWorkspace(), 'm_sales', { target: 1234, ownerId: null });
  if (!result.ok) throw new Error(result.error);
  return result.workspace;
}

const entry = (overrides: Partial<JournalEntry> = {}): JournalEntry => ({
  workspace: edited(),
  path: '/w/plan.northstar',
  revision: REVISION,
  name: '测试工作区',
  writtenAt: '2027-01-15T09:30:00.000Z',
  ...overrides,
});

/** A row as the given format version writes it. */
const row = (version: number, overrides: Partial<JournalRow> = {}): JournalRow => ({
  key: CURRENT_KEY,
  version,
  ...entry(),
  ...overrides,
});

const reopen = (options: Parameters<typeof createJournal>[1] = {}) => {
  db.close();
  db = openStudioDatabase({ indexedDB });
  return createJournal(db, { warn, ...options });
};

describe('the crash-recovery journal', () => {
  it('is empty at first', async () => {
    expect(await journal.read()).toEqual({ entry: null, setAside: [] });
  });

  it('gives back what was written, validated, and survives reopening the database', async () => {
    const written = entry();
    await journal.write(written);
    expect(await reopen().read()).toEqual({
      entry: { ...written, fromVersion: CURRENT_VERSION },
      setAside: [],
    });
  });

  it('stores the format version the workspace was written in', async () => {
    await journal.write(entry());
    expect((await db.unsavedDocuments.get(CURRENT_KEY))?.version).toBe(CURRENT_VERSION);
  });

  it('holds one live entry: a later write replaces it', async () => {
    await journal.write(entry());
    await journal.write(entry({ path: null, revision: null, name: '另一个' }));
    expect(await db.unsavedDocuments.count()).toBe(1);
    expect((await journal.read()).entry?.name).toBe('另一个');
  });

  it('is empty after clear', async () => {
    await journal.write(entry());
    await journal.clear();
    expect((await journal.read()).entry).toBeNull();
  });
});

describe('entries across format versions', () => {
  it('restores an entry written by today’s build through a later version’s migration', async () => {
    // Written as this build writes it: the current format version.
    await journal.write(entry());
    const later = reopen({ format: TEST_FORMAT_NEXT });
    const { entry: restored, setAside } = await later.read();
    expect(setAside).toEqual([]);
    expect(restored?.fromVersion).toBe(CURRENT_VERSION);
    const v2 = asNext(restored!.workspace);
    // The edits arrive…
    expect(v2.metrics.find((m) => m.id === 'm_sales')).toMatchObject({
      target: 1234,
      ownerId: null,
    });
    // …migrated: the renamed field and the added one are there.
    expect(v2.meta.planningCycle).toBe(sampleWorkspace().meta.cycle);
    expect(v2.meta).not.toHaveProperty('cycle');
    expect(v2.metrics.every((m) => m.confidence === null)).toBe(true);
  });

  it('restores what the version 1 build journalled through the real v1 → v2 step', async () => {
    const v1Workspace = (JSON.parse(editedV1) as { workspace: Record<string, unknown> }).workspace;
    const v1Metrics = v1Workspace.metrics as Array<{ id: string; ownerId: string | null }>;
    expect(v1Metrics.some((m) => 'departmentId' in m)).toBe(false);
    await db.unsavedDocuments.put(row(1, { workspace: v1Workspace }));
    const { entry: restored, setAside } = await reopen().read();
    expect(setAside).toEqual([]);
    expect(restored?.fromVersion).toBe(1);
    const people = new Map(restored!.workspace.people.map((p) => [p.id, p.departmentId]));
    for (const metric of restored!.workspace.metrics) {
      // Every metric now says where it belongs; an owned one where its owner works.
      expect(metric).toHaveProperty('departmentId');
      if (metric.layer !== 'strategy' && metric.ownerId !== null)
        expect(metric.departmentId).toBe(people.get(metric.ownerId) ?? null);
    }
    expect(restored!.workspace.metrics.map((m) => m.id)).toEqual(v1Metrics.map((m) => m.id));
  });

  it('upgrades rows of the database before versioning: they are format version 1', async () => {
    db.close();
    // The database exactly as the previous build created and filled it.
    const previous = new Dexie(DATABASE_NAME, { indexedDB });
    previous.version(1).stores({ unsavedDocuments: 'key' });
    const unversioned: Partial<JournalRow> = row(1);
    delete unversioned.version;
    await previous.table('unsavedDocuments').put(unversioned);
    previous.close();

    db = openStudioDatabase({ indexedDB });
    expect((await db.unsavedDocuments.get(CURRENT_KEY))?.version).toBe(1);
    const restored = await createJournal(db, { format: TEST_FORMAT_NEXT }).read();
    expect(restored.entry?.fromVersion).toBe(1);
    expect(asNext(restored.entry!.workspace).metrics[0]?.confidence).toBeNull();
  });

  it('keeps an entry from a newer build, out of the live slot, and does not offer it', async () => {
    // What the newer build writes: its own format, the version after today's.
    const newer = reopen({ format: TEST_FORMAT_NEXT });
    const v2Workspace = TEST_STEP_TO_NEXT.migrate(edited()) as unknown as Workspace;
    await newer.write(entry({ name: '新版本里的更改', workspace: v2Workspace }));
    const today = reopen();
    expect(await today.read()).toEqual({
      entry: null,
      setAside: [
        {
          reason: 'too-new',
          version: NEXT_VERSION,
          name: '新版本里的更改',
          writtenAt: '2027-01-15T09:30:00.000Z',
        },
      ],
    });
    // Our own writer may now fill the live slot without touching it.
    await today.write(entry({ name: '今天的更改' }));
    expect(await db.unsavedDocuments.count()).toBe(2);
    // Told once: the next start does not set it aside again, nor offer it.
    await today.clear();
    expect(await reopen().read()).toEqual({ entry: null, setAside: [] });

    // Back on the newer build, it is offered (the live slot being empty).
    const back = await reopen({ format: TEST_FORMAT_NEXT }).read();
    expect(back.entry?.name).toBe('新版本里的更改');
    expect(back.entry?.fromVersion).toBe(NEXT_VERSION);
    expect((await db.unsavedDocuments.toArray()).map((r) => r.key)).toEqual([CURRENT_KEY]);
  });

  it('sets a damaged entry aside, logs why, and tells the user once', async () => {
    const broken = { ...sampleWorkspace(), metrics: 'not a list' };
    await db.unsavedDocuments.put(row(1, { workspace: broken }));
    const reading = await journal.read();
    expect(reading).toEqual({
      entry: null,
      setAside: [
        {
          reason: 'damaged',
          version: 1,
          name: '测试工作区',
          writtenAt: '2027-01-15T09:30:00.000Z',
        },
      ],
    });
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('set aside (damaged)'),
      expect.objectContaining({ reason: 'invalid' }),
    );
    // Not deleted: the work is still on this machine, under a key of its own.
    const kept = await db.unsavedDocuments.toArray();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ setAside: 'damaged', workspace: broken });
    expect((await journal.read()).setAside).toEqual([]);
  });

  it('sets aside an entry with a malformed revision, date or version', async () => {
    const damaged: Partial<JournalRow>[] = [
      { revision: { mtimeMs: 'yesterday' } as never },
      { writtenAt: 'soon' },
      { version: 0 },
      { version: 'one' as never },
    ];
    for (const [index, damage] of damaged.entries()) {
      await db.unsavedDocuments.put(
        row(1, { ...damage, writtenAt: damage.writtenAt ?? `2027-01-0${index + 1}` }),
      );
      const reading = await journal.read();
      expect(reading.entry, JSON.stringify(damage)).toBeNull();
      expect(reading.setAside.map((a) => a.reason)).toEqual(['damaged']);
    }
  });

  it(`keeps at most ${MAX_SET_ASIDE} entries aside, dropping the oldest`, async () => {
    for (let day = 1; day <= MAX_SET_ASIDE + 2; day++) {
      await db.unsavedDocuments.put(
        row(1, {
          workspace: null,
          writtenAt: `2027-01-${String(day).padStart(2, '0')}T00:00:00.000Z`,
        }),
      );
      await journal.read();
    }
    const kept = (await db.unsavedDocuments.toArray()).map((r) => r.writtenAt).sort();
    expect(kept).toHaveLength(MAX_SET_ASIDE);
    expect(kept[0]).toBe('2027-01-03T00:00:00.000Z');
  });
});

describe('durability', () => {
  /** Every options object Dexie hands to IndexedDB's `transaction()`, by mode. */
  function recordTransactions() {
    const seen: { mode: string | undefined; options: unknown }[] = [];
    const original = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<typeof original>
    ) {
      seen.push({ mode: args[1], options: args[2] });
      return original.apply(this, args);
    });
    return seen;
  }

  it('writes and clears in strict-durability transactions, so a write survives the crash it is for', async () => {
    const seen = recordTransactions();
    await journal.write(entry());
    await journal.clear();
    await journal.read();
    const writes = seen.filter((t) => t.mode === 'readwrite');
    expect(writes.length).toBeGreaterThanOrEqual(3);
    for (const transaction of writes) expect(transaction.options).toEqual({ durability: 'strict' });
  });

  it('control: without the option, Dexie asks for no durability (Chromium then relaxes)', async () => {
    const seen = recordTransactions();
    const plain = new Dexie('control', { indexedDB });
    plain.version(1).stores({ rows: 'key' });
    await plain.table('rows').put({ key: 'x' });
    plain.close();
    const write = seen.find((t) => t.mode === 'readwrite');
    expect(write?.options).not.toEqual({ durability: 'strict' });
  });
});
