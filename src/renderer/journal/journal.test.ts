import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { REVISION, sampleWorkspace } from '../testing/studio-harness';
import { createJournal, type Journal, type JournalEntry } from './journal';
import { CURRENT_KEY, openStudioDatabase, type StudioDatabase } from './journal-db';

let indexedDB: IDBFactory;
let db: StudioDatabase;
let journal: Journal;

beforeEach(() => {
  // A fresh IndexedDB per test: nothing leaks from one test into the next.
  indexedDB = new IDBFactory();
  db = openStudioDatabase({ indexedDB });
  journal = createJournal(db);
});

const entry = (overrides: Partial<JournalEntry> = {}): JournalEntry => ({
  workspace: sampleWorkspace(),
  path: '/w/plan.northstar',
  revision: REVISION,
  name: '测试工作区',
  writtenAt: '2027-01-15T09:30:00.000Z',
  ...overrides,
});

describe('the crash-recovery journal', () => {
  it('is empty at first', async () => {
    expect(await journal.read()).toBeNull();
  });

  it('gives back what was written, validated, and survives reopening the database', async () => {
    const written = entry();
    await journal.write(written);
    db.close();
    const reopened = createJournal(openStudioDatabase({ indexedDB }));
    expect(await reopened.read()).toEqual(written);
  });

  it('holds one entry: a later write replaces it', async () => {
    await journal.write(entry());
    await journal.write(entry({ path: null, revision: null, name: '另一个' }));
    expect(await db.unsavedDocuments.count()).toBe(1);
    expect((await journal.read())?.name).toBe('另一个');
  });

  it('is empty after clear', async () => {
    await journal.write(entry());
    await journal.clear();
    expect(await journal.read()).toBeNull();
  });

  it('drops a damaged entry instead of offering it', async () => {
    const broken = { ...sampleWorkspace(), metrics: 'not a list' };
    await db.unsavedDocuments.put({ key: CURRENT_KEY, ...entry(), workspace: broken });
    expect(await journal.read()).toBeNull();
    expect(await db.unsavedDocuments.count()).toBe(0);
  });

  it('drops an entry with a malformed revision or date', async () => {
    await db.unsavedDocuments.put({
      key: CURRENT_KEY,
      ...entry(),
      revision: { mtimeMs: 'yesterday' } as never,
    });
    expect(await journal.read()).toBeNull();
    await db.unsavedDocuments.put({ key: CURRENT_KEY, ...entry(), writtenAt: 'soon' });
    expect(await journal.read()).toBeNull();
  });

  it('writes with strict durability, so a write survives the crash it is for', () => {
    // Dexie keeps its constructor options; Chromium's default would be 'relaxed'.
    expect(
      (db as unknown as { _options: { chromeTransactionDurability?: string } })._options,
    ).toMatchObject({ chromeTransactionDurability: 'strict' });
  });
});
