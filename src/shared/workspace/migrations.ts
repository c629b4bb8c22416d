import { CURRENT_VERSION, WORKSPACE_FORMAT } from './format';
import { STEP_V1_TO_V2 } from './migrate-v1-to-v2';

/**
 * Step-by-step migrations of the raw JSON, before validation.
 * Each step takes the document of version `from` and returns version `from + 1`.
 * Steps are pure and never touch the file: a migrated document is written back
 * only when the user saves.
 */
export interface MigrationStep {
  from: number;
  name: string;
  migrate: (workspace: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Version 0 is the bare document without the `{format, version}` envelope, as a
 * maintainer or a script writes it by hand (see docs/file-format.md). Step 0→1
 * fills the collections v1 requires with empty values.
 *
 * A step is frozen once released: it spells out the shape of its own target
 * version instead of calling createWorkspace, which follows the current version.
 */
export const MIGRATIONS: readonly MigrationStep[] = [
  {
    from: 0,
    name: 'bare-document-to-v1',
    migrate: (workspace) => ({
      departments: [],
      people: [],
      positions: [],
      library: [],
      candidatePool: { candidates: [], decision: null },
      snapshots: [],
      signOff: { state: 'open', lockedAt: null, snapshotId: null },
      changeLog: [],
      actuals: [],
      ...workspace,
    }),
  },
  STEP_V1_TO_V2,
];

export type MigrationOutcome =
  | { ok: true; workspace: Record<string, unknown>; applied: string[] }
  | { ok: false; reason: 'too-new' | 'missing-step'; version: number };

export function migrate(
  workspace: Record<string, unknown>,
  fromVersion: number,
  steps: readonly MigrationStep[] = MIGRATIONS,
  targetVersion: number = CURRENT_VERSION,
): MigrationOutcome {
  if (fromVersion > targetVersion) return { ok: false, reason: 'too-new', version: fromVersion };
  let current = workspace;
  const applied: string[] = [];
  for (let version = fromVersion; version < targetVersion; version++) {
    const step = steps.find((s) => s.from === version);
    if (!step) return { ok: false, reason: 'missing-step', version };
    current = step.migrate(current);
    applied.push(step.name);
  }
  return { ok: true, workspace: current, applied };
}

export function wrapInEnvelope(workspace: unknown): {
  format: string;
  version: number;
  workspace: unknown;
} {
  return { format: WORKSPACE_FORMAT, version: CURRENT_VERSION, workspace };
}
