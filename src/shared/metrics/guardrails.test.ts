import { describe, expect, it } from 'vitest';
import { deepFreeze, smallWorkspace } from '../../../test/unit/fixtures/workspaces';
import { findViolations } from '../workspace/invariants';
import type { Workspace } from '../workspace/schema';
import {
  addGuardrail,
  createGuardrail,
  deleteGuardrail,
  limitSign,
  updateGuardrail,
  withinLimit,
} from './guardrails';
import { applyOperations } from './operations';

const ok = (result: { ok: true; workspace: Workspace } | { ok: false; error: string }) => {
  if (!result.ok) throw new Error(result.error);
  return result.workspace;
};
const complaints = createGuardrail({ id: 'g_complaints', name: '投诉率', unit: '%', limit: 2 });

describe('guardrails (护栏指标)', () => {
  it('adds at the end or at an index, keeps the invariants and never mutates', () => {
    const workspace = deepFreeze(smallWorkspace());
    const after = ok(addGuardrail(workspace, complaints));
    expect(after.guardrails.at(-1)).toEqual(complaints);
    expect(after.metrics).toBe(workspace.metrics);
    expect(findViolations(after)).toEqual([]);
    const first = ok(addGuardrail(after, { ...complaints, id: 'g_refunds', name: '退款率' }, 0));
    expect(first.guardrails[0]!.id).toBe('g_refunds');
  });

  it('refuses a taken id, an unknown owner and a field the schema does not allow', () => {
    const workspace = deepFreeze(ok(addGuardrail(smallWorkspace(), complaints)));
    expect(addGuardrail(workspace, complaints)).toEqual({ ok: false, error: 'duplicate-id' });
    const metricId = workspace.metrics[0]!.id;
    expect(addGuardrail(workspace, { ...complaints, id: metricId })).toEqual({
      ok: false,
      error: 'duplicate-id',
    });
    expect(addGuardrail(workspace, { ...complaints, id: 'g2', ownerId: 'p_nobody' })).toEqual({
      ok: false,
      error: 'unknown-person',
    });
    expect(addGuardrail(workspace, { ...complaints, id: 'g3', limit: Infinity })).toEqual({
      ok: false,
      error: 'invalid-guardrail',
    });
  });

  it('updates fields, and a patch that changes nothing gives back the same workspace', () => {
    const workspace = deepFreeze(ok(addGuardrail(smallWorkspace(), complaints)));
    const after = ok(
      updateGuardrail(workspace, 'g_complaints', { limit: 1.5, direction: 'lower' }),
    );
    expect(after.guardrails.find((g) => g.id === 'g_complaints')!.limit).toBe(1.5);
    expect(ok(updateGuardrail(workspace, 'g_complaints', { limit: 2 }))).toBe(workspace);
    expect(updateGuardrail(workspace, 'g_nope', { limit: 1 })).toEqual({
      ok: false,
      error: 'unknown-guardrail',
    });
    expect(updateGuardrail(workspace, 'g_complaints', { name: 'x'.repeat(201) })).toEqual({
      ok: false,
      error: 'invalid-guardrail',
    });
  });

  it('deletes one guardrail; an unknown id is refused', () => {
    const workspace = deepFreeze(ok(addGuardrail(smallWorkspace(), complaints)));
    const after = ok(deleteGuardrail(workspace, 'g_complaints'));
    expect(after.guardrails.some((g) => g.id === 'g_complaints')).toBe(false);
    expect(deleteGuardrail(after, 'g_complaints')).toEqual({
      ok: false,
      error: 'unknown-guardrail',
    });
  });

  it('runs as tree operations, all or nothing', () => {
    const workspace = deepFreeze(smallWorkspace());
    const result = applyOperations(workspace, [
      { kind: 'add-guardrail', guardrail: complaints },
      { kind: 'update-guardrail', id: 'g_complaints', patch: { limit: 3 } },
    ]);
    expect(result.ok && result.workspace.guardrails.at(-1)!.limit).toBe(3);
    expect(
      applyOperations(workspace, [
        { kind: 'add-guardrail', guardrail: complaints },
        { kind: 'delete-guardrail', id: 'g_missing' },
      ]),
    ).toEqual({ ok: false, error: 'unknown-guardrail', failedAt: 1 });
  });

  it('reads the limit as a ceiling when lower is better and a floor when higher is', () => {
    expect(limitSign(complaints)).toBe('≤');
    expect(withinLimit(complaints, 2)).toBe(true);
    expect(withinLimit(complaints, 2.1)).toBe(false);
    const margin = { ...complaints, direction: 'higher' as const, limit: 30 };
    expect(limitSign(margin)).toBe('≥');
    expect(withinLimit(margin, 29)).toBe(false);
    expect(withinLimit(margin, null)).toBeNull();
  });
});
