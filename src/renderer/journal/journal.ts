import type { Revision } from '../../shared/ipc/contract';
import { CURRENT_FORMAT, type WorkspaceFormat } from '../../shared/workspace/load';
import type { Workspace } from '../../shared/workspace/schema';
import { checkRow } from './check-entry';
import {
  CURRENT_KEY,
  type JournalRow,
  type SetAsideReason,
  type StudioDatabase,
} from './journal-db';

/**
 * The crash-recovery journal: the unsaved edits of the document that is open,
 * kept on this machine so that a crash, a killed process or a power cut loses
 * at most the last second of work. It is a copy, never the truth: the
 * workspace file is. One live entry per app (a fixed key), because the app
 * shows one document at a time.
 *
 * Every entry says which workspace format version it was written in, and is
 * read back through the same migration steps as a file. An entry this build
 * cannot offer is never deleted:
 * - from a newer build (the user tried an update, then went back): it is
 *   moved out of the live slot — where our own writer would overwrite it
 *   within a second of the first edit — and kept until a build that can read
 *   it starts, which offers it (the user may go back to the newer build);
 * - damaged (it does not load even after migration): moved aside too, and
 *   logged with why. Nobody can restore it in the app, but it is the user's
 *   work: support can still read it from the profile.
 * Both are told to the user once, when they are set aside. At most
 * MAX_SET_ASIDE rows are kept aside, the oldest dropped first (a log line says so).
 */
export interface JournalEntry {
  workspace: Workspace;
  path: string | null;
  revision: Revision | null;
  name: string;
  writtenAt: string;
}

/** An entry as read back: migrated to this build's format, with the version it was written in. */
export interface RecoveredEntry extends JournalEntry {
  fromVersion: number;
}

/** An entry that was set aside at this start instead of being offered, for the notice. */
export interface SetAsideEntry {
  reason: SetAsideReason;
  /** The format version it was written in. */
  version: number;
  name: string;
  writtenAt: string;
}

export interface JournalReading {
  /** Unsaved edits to offer, or null. */
  entry: RecoveredEntry | null;
  /** Entries moved aside by this read: the user is told once. */
  setAside: SetAsideEntry[];
}

export interface Journal {
  /** Replace the live entry (written in this build's format version). */
  write(entry: JournalEntry): Promise<void>;
  /** Delete the live entry (set-aside entries stay). */
  clear(): Promise<void>;
  /** At start-up: the entry to offer, validated and migrated like a file being opened. */
  read(): Promise<JournalReading>;
}

export const MAX_SET_ASIDE = 5;

export interface JournalOptions {
  /** The format this build reads and writes; tests pass a test-only later version. */
  format?: WorkspaceFormat;
  /** Where "set aside" and "dropped" are logged (console.warn in the app). */
  warn?: (message: string, detail: unknown) => void;
}

export function createJournal(db: StudioDatabase, options: JournalOptions = {}): Journal {
  const table = db.unsavedDocuments;
  const format = options.format ?? CURRENT_FORMAT;
  const warn = options.warn ?? ((message, detail) => console.warn(message, detail));

  /** Out of the live slot, under a key of its own; nothing of it changes but that. */
  const setAside = async (row: JournalRow, reason: SetAsideReason): Promise<SetAsideEntry> => {
    const key = `set-aside:${reason}:v${String(row.version)}:${String(row.writtenAt)}`;
    await table.put(rekeyed(row, key, reason));
    if (row.key !== key) await table.delete(row.key);
    return {
      reason,
      version: typeof row.version === 'number' ? row.version : 0,
      name: typeof row.name === 'string' ? row.name : '',
      writtenAt: typeof row.writtenAt === 'string' ? row.writtenAt : '',
    };
  };

  return {
    async write(entry) {
      const row: JournalRow = { key: CURRENT_KEY, version: format.version, ...entry };
      await table.put(row);
    },
    async clear() {
      await table.delete(CURRENT_KEY);
    },
    read() {
      // One transaction: moving a row aside is a put and a delete that must not come apart.
      return db.transaction('rw', table, async () => {
        const rows = await table.toArray();
        const reading: JournalReading = { entry: null, setAside: [] };
        const live = rows.find((row) => row.key === CURRENT_KEY);
        if (live) {
          const checked = checkRow(live, format);
          if (checked.ok) {
            reading.entry = checked.entry;
          } else {
            warn(
              `Crash-recovery journal: an entry was set aside (${checked.reason}).`,
              checked.problem,
            );
            reading.setAside.push(await setAside(live, checked.reason));
          }
        }
        // Entries an older build set aside as too new for it: this build may be the one to read them.
        const waiting = rows
          .filter((row) => row.setAside === 'too-new' && row.version <= format.version)
          .sort((a, b) => String(b.writtenAt).localeCompare(String(a.writtenAt)));
        for (const row of waiting) {
          if (reading.entry) break;
          const checked = checkRow(row, format);
          if (!checked.ok) {
            warn('Crash-recovery journal: a set-aside entry is damaged.', checked.problem);
            await setAside(row, 'damaged');
            continue;
          }
          // Back into the live slot, so Discard, Save and the writer treat it as any entry.
          await table.put(rekeyed(row, CURRENT_KEY));
          await table.delete(row.key);
          reading.entry = checked.entry;
        }
        await dropOldestSetAside();
        return reading;
      });
    },
  };

  async function dropOldestSetAside(): Promise<void> {
    const aside = (await table.toArray())
      .filter((row) => row.key !== CURRENT_KEY)
      .sort((a, b) => String(b.writtenAt).localeCompare(String(a.writtenAt)));
    for (const row of aside.slice(MAX_SET_ASIDE)) {
      warn('Crash-recovery journal: dropped the oldest set-aside entry.', row.key);
      await table.delete(row.key);
    }
  }
}

/** The same row under another key; `setAside` says why it is there, absent in the live slot. */
function rekeyed(row: JournalRow, key: string, reason?: SetAsideReason): JournalRow {
  const copy: JournalRow = { ...row, key };
  if (reason) copy.setAside = reason;
  else delete copy.setAside;
  return copy;
}
