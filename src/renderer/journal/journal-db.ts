import { Dexie, type EntityTable } from 'dexie';
import type { Revision } from '../../shared/ipc/contract';

/**
 * The renderer's IndexedDB database. It holds what belongs to this machine and
 * is never the truth: the workspace file is. Version 1 has one table, the
 * crash-recovery journal of unsaved edits.
 */

export const DATABASE_NAME = 'north-star-studio';

/** The one entry: the document open in this app. */
export const CURRENT_KEY = 'current';

/** A row as stored. Read back through `createJournal().read()`, which validates it. */
export interface JournalRow {
  key: typeof CURRENT_KEY;
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
}

export type StudioDatabase = Dexie & { unsavedDocuments: EntityTable<JournalRow, 'key'> };

export interface DatabaseOptions {
  /** An IDBFactory of its own (tests: a fresh fake per test). */
  indexedDB?: IDBFactory;
}

export function openStudioDatabase(options: DatabaseOptions = {}): StudioDatabase {
  const db = new Dexie(DATABASE_NAME, {
    // Chromium defaults to 'relaxed': a write could be lost in the very crash it is for.
    chromeTransactionDurability: 'strict',
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
  }) as StudioDatabase;
  db.version(1).stores({ unsavedDocuments: 'key' });
  return db;
}
