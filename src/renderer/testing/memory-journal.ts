import { CURRENT_VERSION } from '../../shared/workspace/format';
import type { Journal, JournalEntry, SetAsideEntry } from '../journal/journal';

/** A journal in memory, for unit tests of what uses one (no IndexedDB needed). */
export interface MemoryJournal extends Journal {
  entry: JournalEntry | null;
  /** What the next read reports as set aside (then forgets, as the real journal tells it once). */
  setAside: SetAsideEntry[];
  writes: number;
  clears: number;
  /** Make every call fail, like IndexedDB in a private window or with a full disk. */
  failing: boolean;
}

export function createMemoryJournal(
  entry: JournalEntry | null = null,
  setAside: SetAsideEntry[] = [],
): MemoryJournal {
  const check = () => {
    if (journal.failing) throw new Error('QuotaExceededError (memory journal)');
  };
  const journal: MemoryJournal = {
    entry,
    setAside,
    writes: 0,
    clears: 0,
    failing: false,
    write(next) {
      return Promise.resolve().then(() => {
        check();
        journal.entry = next;
        journal.writes += 1;
      });
    },
    clear() {
      return Promise.resolve().then(() => {
        check();
        journal.entry = null;
        journal.clears += 1;
      });
    },
    read() {
      return Promise.resolve().then(() => {
        check();
        const reported = journal.setAside;
        journal.setAside = [];
        return {
          entry: journal.entry && { ...journal.entry, fromVersion: CURRENT_VERSION },
          setAside: reported,
        };
      });
    },
  };
  return journal;
}
