import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Revision } from '../../shared/ipc/contract';

/**
 * The renderer's IndexedDB database. It holds what belongs to this machine and
 * is never the truth: the workspace file is. One table, the crash-recovery
 * journal of unsaved edits.
 *
 * Database versions (Dexie's, not the workspace format's):
 * - 1: rows without a format version (every build before the journal was versioned);
 * - 2: every row says which workspace format version its workspace is in.
 */

export const DATABASE_NAME = 'north-star-studio';

/** The live entry: the document open in this app. */
export const CURRENT_KEY = 'current';

/** Why an entry was moved out of the live slot instead of being offered. */
export type SetAsideReason = 'too-new' | 'damaged';

/** A row as stored. Read back through `createJournal().read()`, which validates it. */
export interface JournalRow {
  /** `current`, or a set-aside key (`set-aside:…`, see journal.ts). */
  key: string;
  /**
   * The workspace format version the workspace was written in (the build's
   * CURRENT_VERSION at the time). Restoring migrates from it, as for a file.
   */
  version: number;
  /** The workspace with its unsaved edits, as the plain object (no envelope). */
  workspace: unknown;
  /** null = untitled (the sample, a new workspace). */
  path: string | null;
  /** The revision of the file the edits started from; null for untitled. */
  revision: Revision | null;
  /** The workspace name, for the recovery question. */
  name: string;
  /** When this entry was written (ISO). */
  writtenAt: string;
  /** Only on set-aside rows. */
  setAside?: SetAsideReason;
}

export type StudioDatabase = Dexie & { unsavedDocuments: EntityTable<JournalRow, 'key'> };

export interface DatabaseOptions {
  /** An IDBFactory of its own (tests: a fresh fake per test). */
  indexedDB?: IDBFactory;
}

/**
 * Database upgrade 1 → 2. Rows written before the journal was versioned hold a
 * workspace in format version 1, the only version those builds knew; saying so
 * lets a later build migrate them rather than mistake them for its own format.
 */
export async function markUnversionedRowsAsFormatV1(transaction: Transaction): Promise<void> {
  await transaction
    .table<Partial<JournalRow>>('unsavedDocuments')
    .toCollection()
    .modify((row) => {
      if (row.version === undefined) row.version = 1;
    });
}

export function openStudioDatabase(options: DatabaseOptions = {}): StudioDatabase {
  const db = new Dexie(DATABASE_NAME, {
    // Chromium defaults to 'relaxed': a write could be lost in the very crash it is for.
    chromeTransactionDurability: 'strict',
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
  }) as StudioDatabase;
  db.version(1).stores({ unsavedDocuments: 'key' });
  db.version(2).stores({ unsavedDocuments: 'key' }).upgrade(markUnversionedRowsAsFormatV1);
  return db;
}
