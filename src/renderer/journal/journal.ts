import { revisionSchema, type Revision } from '../../shared/ipc/contract';
import { loadWorkspaceValue } from '../../shared/workspace/load';
import { wrapInEnvelope } from '../../shared/workspace/migrations';
import type { Workspace } from '../../shared/workspace/schema';
import { CURRENT_KEY, type JournalRow, type StudioDatabase } from './journal-db';

/**
 * The crash-recovery journal: the unsaved edits of the document that is open,
 * kept on this machine so that a crash, a killed process or a power cut loses
 * at most the last second of work. It is a copy, never the truth: the
 * workspace file is. One entry per app (a fixed key), because the app shows
 * one document at a time.
 */
export interface JournalEntry {
  workspace: Workspace;
  path: string | null;
  revision: Revision | null;
  name: string;
  writtenAt: string;
}

export interface Journal {
  write(entry: JournalEntry): Promise<void>;
  clear(): Promise<void>;
  /** The entry, validated like a file being opened; a damaged entry is deleted and null returned. */
  read(): Promise<JournalEntry | null>;
}

export function createJournal(db: StudioDatabase): Journal {
  const table = db.unsavedDocuments;
  return {
    async write(entry) {
      const row: JournalRow = { key: CURRENT_KEY, ...entry };
      await table.put(row);
    },
    async clear() {
      await table.delete(CURRENT_KEY);
    },
    async read() {
      const row = await table.get(CURRENT_KEY);
      if (!row) return null;
      const entry = validate(row);
      // Never offer what cannot be shown correctly; it would only come back every start.
      if (!entry) await table.delete(CURRENT_KEY);
      return entry;
    },
  };
}

function validate(row: JournalRow): JournalEntry | null {
  const loaded = loadWorkspaceValue(wrapInEnvelope(row.workspace));
  if (!loaded.ok) return null;
  const path = row.path;
  if (path !== null && (typeof path !== 'string' || path === '')) return null;
  const revision = row.revision === null ? null : revisionSchema.safeParse(row.revision);
  if (revision !== null && !revision.success) return null;
  if (typeof row.writtenAt !== 'string' || Number.isNaN(Date.parse(row.writtenAt))) return null;
  return {
    workspace: loaded.workspace,
    path,
    revision: revision?.data ?? null,
    name: typeof row.name === 'string' ? row.name : loaded.workspace.meta.name,
    writtenAt: row.writtenAt,
  };
}
