import { guardrailSchema, type Guardrail, type Workspace } from '../workspace/schema';
import { takenIds } from './tree';

/**
 * Guardrails (护栏指标): counter-metrics beside the North Star that must not
 * get worse while it grows (complaint rate, refund rate, margin). They are
 * outside the tree and its math; each has a limit it must not cross, a
 * ceiling when lower is better and a floor when higher is.
 */

export type GuardrailError =
  'unknown-guardrail' | 'invalid-guardrail' | 'duplicate-id' | 'unknown-person';

/** The fields an edit may change; the id never changes. */
export type GuardrailPatch = Partial<Omit<Guardrail, 'id'>>;

type GuardrailResult = { ok: true; workspace: Workspace } | { ok: false; error: GuardrailError };

/** A guardrail with every field at its empty value: lower is better, no limit yet. */
export function createGuardrail(
  fields: Partial<Guardrail> & { id: string; name: string },
): Guardrail {
  return {
    unit: '',
    direction: 'lower',
    limit: null,
    baseline: null,
    ownerId: null,
    note: '',
    ...fields,
  };
}

/** Appends `guardrail` (at `index` when given) after checking it like a file would be. */
export function addGuardrail(
  workspace: Workspace,
  guardrail: Guardrail,
  index?: number,
): GuardrailResult {
  if (!guardrailSchema.safeParse(guardrail).success) return refuse('invalid-guardrail');
  if (
    takenIds(workspace).has(guardrail.id) ||
    workspace.guardrails.some((g) => g.id === guardrail.id)
  )
    return refuse('duplicate-id');
  if (!ownerKnown(workspace, guardrail.ownerId)) return refuse('unknown-person');
  const guardrails = [...workspace.guardrails];
  const at =
    index === undefined ? guardrails.length : Math.max(0, Math.min(index, guardrails.length));
  guardrails.splice(at, 0, guardrail);
  return { ok: true, workspace: { ...workspace, guardrails } };
}

/** A patch that changes nothing returns the same workspace (dirty is by reference). */
export function updateGuardrail(
  workspace: Workspace,
  id: string,
  patch: GuardrailPatch,
): GuardrailResult {
  const index = workspace.guardrails.findIndex((g) => g.id === id);
  if (index < 0) return refuse('unknown-guardrail');
  const before = workspace.guardrails[index]!;
  const after: Guardrail = { ...before, ...patch, id };
  if (!guardrailSchema.safeParse(after).success) return refuse('invalid-guardrail');
  if (!ownerKnown(workspace, after.ownerId)) return refuse('unknown-person');
  const keys = Object.keys(patch) as (keyof GuardrailPatch)[];
  if (keys.every((key) => Object.is(before[key as keyof Guardrail], after[key as keyof Guardrail])))
    return { ok: true, workspace };
  const guardrails = workspace.guardrails.with(index, after);
  return { ok: true, workspace: { ...workspace, guardrails } };
}

export function deleteGuardrail(workspace: Workspace, id: string): GuardrailResult {
  if (!workspace.guardrails.some((g) => g.id === id)) return refuse('unknown-guardrail');
  return {
    ok: true,
    workspace: { ...workspace, guardrails: workspace.guardrails.filter((g) => g.id !== id) },
  };
}

/**
 * Whether a value keeps within the limit: at most the ceiling when lower is
 * better, at least the floor when higher is. null when either is unknown.
 */
export function withinLimit(guardrail: Guardrail, value: number | null): boolean | null {
  if (value === null || guardrail.limit === null) return null;
  return guardrail.direction === 'lower' ? value <= guardrail.limit : value >= guardrail.limit;
}

/** The comparison a limit is read with: 「≤ 2%」 for a ceiling, 「≥ 30%」 for a floor. */
export function limitSign(guardrail: Pick<Guardrail, 'direction'>): '≤' | '≥' {
  return guardrail.direction === 'lower' ? '≤' : '≥';
}

function ownerKnown(workspace: Workspace, ownerId: string | null): boolean {
  return ownerId === null || workspace.people.some((p) => p.id === ownerId);
}

const refuse = (error: GuardrailError): GuardrailResult => ({ ok: false, error });
