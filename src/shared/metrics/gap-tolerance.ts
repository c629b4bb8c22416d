import {
  workspaceSettingsSchema,
  type Workspace,
  type WorkspaceSettings,
} from '../workspace/schema';

/**
 * The gap tolerance (缺口容差): how far a target may sit from what its inputs
 * imply before its box shows a gap. One setting for the whole workspace, as
 * a room agrees on one rule for "adds up" rather than one per box.
 */

export type GapTolerance = WorkspaceSettings['gapTolerance'];
export type ToleranceError = 'invalid-tolerance';

type ToleranceResult = { ok: true; workspace: Workspace } | { ok: false; error: ToleranceError };

/** Percent 0–100 and an absolute amount ≥ 0, both finite; the same tolerance changes nothing. */
export function setGapTolerance(workspace: Workspace, tolerance: GapTolerance): ToleranceResult {
  const settings = { ...workspace.settings, gapTolerance: { ...tolerance } };
  if (!workspaceSettingsSchema.safeParse(settings).success)
    return { ok: false, error: 'invalid-tolerance' };
  const before = workspace.settings.gapTolerance;
  if (before.percent === tolerance.percent && before.absolute === tolerance.absolute)
    return { ok: true, workspace };
  return { ok: true, workspace: { ...workspace, settings } };
}
