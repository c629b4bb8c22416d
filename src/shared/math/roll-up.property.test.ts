import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MathMetric, Relation } from './model';
import { RELATIONS } from './model';
import { rollUp, updateRollUp, type RollUp } from './roll-up';
import { mathInput, metric } from './test-fixtures';

/**
 * Incremental = full: after every random edit (targets, baselines, units,
 * relations and their parameters, moves, cross-links — cycles included —,
 * adds, removes, the tolerance), `updateRollUp` gives what a full `rollUp`
 * of the edited metrics gives, for every metric. Lists of ids inside
 * diagnostics are compared as sets: after a move the engine lists a parent's
 * inputs in the order they arrived, the array in the order of the file.
 */

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.every((item) => typeof item === 'string')
      ? [...(items as string[])].sort()
      : items;
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  return value;
}

function snapshot(result: RollUp, ids: readonly string[]) {
  return {
    cycles: result.cycles,
    metrics: Object.fromEntries(ids.map((id) => [id, canonical(result.of(id) ?? null)])),
  };
}

const amount = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.integer({ min: -50, max: 200 }) },
  { weight: 1, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
);

type Edit =
  | { kind: 'target' | 'baseline'; pick: number; value: number | null }
  | { kind: 'unit'; pick: number; unit: string }
  | {
      kind: 'relation';
      pick: number;
      relation: Relation;
      a: number;
      b: number;
      cross: boolean;
      formula: number;
    }
  | { kind: 'move'; pick: number; to: number }
  | { kind: 'cross'; pick: number; to: number }
  | { kind: 'add'; to: number; value: number | null }
  | { kind: 'remove'; pick: number }
  | { kind: 'tolerance'; percent: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('target' as const, 'baseline' as const),
    pick: fc.nat(),
    value: amount,
  }),
  fc.record({
    kind: fc.constant('unit' as const),
    pick: fc.nat(),
    unit: fc.constantFrom('', '元', ' 元 ', '%', '％', 'kg'),
  }),
  fc.record({
    kind: fc.constant('relation' as const),
    pick: fc.nat(),
    relation: fc.constantFrom(...RELATIONS),
    a: fc.nat(),
    b: fc.nat(),
    cross: fc.boolean(),
    formula: fc.nat({ max: 3 }),
  }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('cross' as const), pick: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), to: fc.nat(), value: amount }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('tolerance' as const), percent: fc.constantFrom(0, 1, 5) }),
);

/** Applies an edit to the array (the file) and says what changed, as the document store would. */
function apply(
  metrics: MathMetric[],
  e: Edit,
  serial: number,
): {
  upsert?: MathMetric[];
  remove?: string[];
  gapTolerance?: { percent: number; absolute: number };
} {
  const at = (n: number) => metrics[n % metrics.length] as MathMetric;
  const replace = (next: MathMetric) => {
    metrics[metrics.findIndex((m) => m.id === next.id)] = next;
    return { upsert: [next] };
  };
  const below = (root: string) => {
    const ids = new Set([root]);
    for (let grew = true; grew;) {
      grew = false;
      for (const m of metrics)
        if (m.parentId !== null && ids.has(m.parentId) && !ids.has(m.id))
          grew = ids.add(m.id) !== null;
    }
    return ids;
  };
  switch (e.kind) {
    case 'target':
    case 'baseline':
      return replace({ ...at(e.pick), [e.kind]: e.value });
    case 'unit':
      return replace({ ...at(e.pick), unit: e.unit });
    case 'relation': {
      const m = at(e.pick);
      const children = metrics.filter((c) => c.parentId === m.id).map((c) => c.id);
      const child = (n: number) => children[n % Math.max(1, children.length)] ?? 'm_gone';
      const formulas = [
        '',
        `{${child(e.a)}} * {${child(e.b)}} / 100`,
        `({${child(e.a)}} - {${child(e.b)}}) / 2`,
        `{${child(e.a)}} +`,
      ];
      return replace({
        ...m,
        relation: e.relation,
        parameters: {
          coefficients: { [child(e.a)]: 2, [child(e.b)]: -0.5 },
          numeratorId: child(e.a),
          denominatorId: child(e.b),
          formula: formulas[e.formula] as string,
          includeCrossLinks: e.cross,
        },
      });
    }
    case 'move': {
      const m = at(e.pick);
      if (m.parentId === null) return {};
      const forbidden = below(m.id);
      const targets = metrics.filter((t) => !forbidden.has(t.id));
      const to = targets[e.to % targets.length] as MathMetric;
      return replace({ ...m, parentId: to.id });
    }
    case 'cross': {
      // Any other metric, even an ancestor or a descendant: cross-links may loop.
      const m = at(e.pick);
      const to = at(e.to);
      if (to.id === m.id) return {};
      const has = m.crossParentIds.includes(to.id);
      return replace({
        ...m,
        crossParentIds: has
          ? m.crossParentIds.filter((id) => id !== to.id)
          : [...m.crossParentIds, to.id],
      });
    }
    case 'add': {
      const added = metric(`m_new${serial}`, {
        parentId: at(e.to).id,
        target: e.value,
        baseline: e.value,
      });
      metrics.push(added);
      return { upsert: [added] };
    }
    case 'remove': {
      const m = at(e.pick);
      if (m.parentId === null) return {};
      const gone = below(m.id);
      metrics.splice(0, metrics.length, ...metrics.filter((x) => !gone.has(x.id)));
      return { remove: [...gone] };
    }
    case 'tolerance':
      return { gapTolerance: { percent: e.percent, absolute: 0 } };
  }
}

/** A tree of threes; with `loop`, the last metric reads the root through a cross-link (a cycle). */
function startTree(size: number, values: readonly (number | null)[], loop: boolean): MathMetric[] {
  const last = size - 1;
  return Array.from({ length: size }, (_, i) =>
    metric(`m_${i}`, {
      parentId: i === 0 ? null : `m_${Math.floor((i - 1) / 3)}`,
      target: values[i % values.length] ?? null,
      baseline: values[(i + 1) % values.length] ?? null,
      crossParentIds: loop && i === 0 && last > 0 ? [`m_${last}`] : [],
      parameters: { includeCrossLinks: loop },
    }),
  );
}

describe('incremental roll-up', () => {
  it('equals the full roll-up after every random edit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.array(amount, { minLength: 1, maxLength: 8 }),
        fc.array(edit, { minLength: 1, maxLength: 25 }),
        fc.boolean(),
        (size, values, edits, loop) => {
          const metrics = startTree(size, values, loop);
          let tolerance = { percent: 0, absolute: 0 };
          let incremental = rollUp(mathInput(metrics, tolerance));
          edits.forEach((e, serial) => {
            const change = apply(metrics, e, serial);
            if (change.gapTolerance) tolerance = change.gapTolerance;
            incremental = updateRollUp(incremental, change);
            const full = rollUp(mathInput(metrics, tolerance));
            const ids = [...metrics.map((m) => m.id), 'm_gone'];
            expect(
              snapshot(incremental, ids),
              `after edit ${serial}: ${JSON.stringify(e)}`,
            ).toEqual(snapshot(full, ids));
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('incremental roll-up, several edits in one change', () => {
  // A transaction may change a parent and its children at once, listed in any order:
  // each metric must still be computed after the inputs it reads.
  it('equals the full roll-up, whatever the order of the upserts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 25 }),
        fc.array(amount, { minLength: 1, maxLength: 8 }),
        fc.array(fc.array(edit, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        (size, values, batches, loop, reverse) => {
          const metrics = startTree(size, values, loop);
          let tolerance = { percent: 0, absolute: 0 };
          let incremental = rollUp(mathInput(metrics, tolerance));
          let serial = 0;
          for (const batch of batches) {
            const changed = new Set<string>();
            for (const e of batch) {
              const change = apply(metrics, e, serial++);
              for (const m of change.upsert ?? []) changed.add(m.id);
              for (const id of change.remove ?? []) changed.add(id);
              if (change.gapTolerance) tolerance = change.gapTolerance;
            }
            const present = metrics.filter((m) => changed.has(m.id));
            const upsert = reverse ? present.reverse() : present;
            const remove = [...changed].filter((id) => !metrics.some((m) => m.id === id));
            incremental = updateRollUp(incremental, { upsert, remove, gapTolerance: tolerance });
            const full = rollUp(mathInput(metrics, tolerance));
            const ids = metrics.map((m) => m.id);
            expect(snapshot(incremental, ids), JSON.stringify(batch)).toEqual(snapshot(full, ids));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
