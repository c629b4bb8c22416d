import { describe, expect, it } from 'vitest';
import { deepFreeze, smallWorkspace } from '../../../test/unit/fixtures/workspaces';
import { setGapTolerance } from './gap-tolerance';
import { applyOperations } from './operations';

describe('setGapTolerance', () => {
  it('sets both parts and leaves the rest of the workspace as it was', () => {
    const workspace = deepFreeze(smallWorkspace());
    const result = setGapTolerance(workspace, { percent: 5, absolute: 2 });
    expect(result.ok && result.workspace.settings.gapTolerance).toEqual({
      percent: 5,
      absolute: 2,
    });
    expect(result.ok && result.workspace.metrics).toBe(workspace.metrics);
  });

  it('the same tolerance gives back the same workspace (no undo step)', () => {
    const workspace = smallWorkspace();
    const same = { ...workspace.settings.gapTolerance };
    const result = setGapTolerance(workspace, same);
    expect(result.ok && result.workspace).toBe(workspace);
  });

  it('refuses a negative, a percent over 100 and a value that is not a number', () => {
    for (const tolerance of [
      { percent: -1, absolute: 0 },
      { percent: 101, absolute: 0 },
      { percent: 1, absolute: -0.5 },
      { percent: Number.NaN, absolute: 0 },
      { percent: 1, absolute: Number.POSITIVE_INFINITY },
    ]) {
      expect(setGapTolerance(smallWorkspace(), tolerance), JSON.stringify(tolerance)).toEqual({
        ok: false,
        error: 'invalid-tolerance',
      });
    }
  });

  it('is an operation of a transaction like any other edit', () => {
    const result = applyOperations(smallWorkspace(), [
      { kind: 'set-gap-tolerance', tolerance: { percent: 10, absolute: 0 } },
    ]);
    expect(result.ok && result.workspace.settings.gapTolerance.percent).toBe(10);
  });
});
