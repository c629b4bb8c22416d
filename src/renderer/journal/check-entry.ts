import { revisionSchema } from '../../shared/ipc/contract';
import { WORKSPACE_FORMAT } from '../../shared/workspace/format';
import {
  loadWorkspaceValue,
  type LoadError,
  type WorkspaceFormat,
} from '../../shared/workspace/load';
import type { JournalRow, SetAsideReason } from './journal-db';
import type { RecoveredEntry } from './journal';

/**
 * A stored row, checked as a file being opened is: through the same loader,
 * from the format version the row was written in, so an entry from an older
 * build arrives migrated exactly as its file would.
 */
export type CheckedRow =
  | { ok: true; entry: RecoveredEntry }
  | { ok: false; reason: SetAsideReason; problem: LoadError | string };

export function checkRow(row: JournalRow, format: WorkspaceFormat): CheckedRow {
  const damaged = (problem: LoadError | string): CheckedRow => ({
    ok: false,
    reason: 'damaged',
    problem,
  });
  const version: unknown = row.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return damaged(`format version ${String(version)}`);
  // Checked before the content: a newer build's entry is not damaged, only not ours to read.
  if (version > format.version)
    return { ok: false, reason: 'too-new', problem: { reason: 'too-new', version } };

  const loaded = loadWorkspaceValue(
    { format: WORKSPACE_FORMAT, version, workspace: row.workspace },
    format,
  );
  if (!loaded.ok) return damaged(loaded.error);
  const path: unknown = row.path;
  if (!(path === null || (typeof path === 'string' && path !== ''))) return damaged('path');
  const revision = row.revision === null ? null : revisionSchema.safeParse(row.revision);
  if (revision !== null && !revision.success) return damaged('revision');
  if (typeof row.writtenAt !== 'string' || Number.isNaN(Date.parse(row.writtenAt)))
    return damaged('writtenAt');
  return {
    ok: true,
    entry: {
      workspace: loaded.workspace,
      path,
      revision: revision?.data ?? null,
      name: typeof row.name === 'string' ? row.name : loaded.workspace.meta.name,
      writtenAt: row.writtenAt,
      fromVersion: version,
    },
  };
}
