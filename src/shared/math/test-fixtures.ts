import type { GapTolerance, MathInput, MathMetric, RelationParameters } from './model';
import { NO_PARAMETERS } from './model';

/**
 * Builders for the math's tests and benchmark (not used by the app): a
 * metric with every field at a plain default, and random trees. Ids are
 * readable so that a failing assertion names something a reader can find.
 */

export const NO_TOLERANCE: GapTolerance = { percent: 0, absolute: 0 };

export type MetricFields = Partial<Omit<MathMetric, 'parameters'>> & {
  readonly parameters?: Partial<RelationParameters>;
};

export function metric(id: string, fields: MetricFields = {}): MathMetric {
  const { parameters, ...rest } = fields;
  return {
    id,
    name: id,
    parentId: null,
    crossParentIds: [],
    target: null,
    baseline: null,
    unit: '',
    direction: 'higher',
    precision: 2,
    relation: 'sum',
    ...rest,
    parameters: { ...NO_PARAMETERS, ...parameters },
  };
}

export function mathInput(metrics: readonly MathMetric[], gapTolerance = NO_TOLERANCE): MathInput {
  return { metrics, gapTolerance };
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), for the benchmark's trees. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A workshop-shaped tree of `count` metrics: a North Star (sum) over
 * `departments` department metrics, each over teams of about `perTeam`
 * individuals, every level a sum, every metric with a target and a baseline.
 * Same shape at any size: more metrics means more teams, not wider ones.
 */
export function workshopTree(count: number, departments = 10, perTeam = 8): MathMetric[] {
  const metrics: MathMetric[] = [metric('m_ns', { target: 0, baseline: 0, unit: '万元' })];
  const departmentIds = Array.from(
    { length: Math.min(departments, count - 1) },
    (_, d) => `m_d${d}`,
  );
  for (const id of departmentIds)
    metrics.push(metric(id, { parentId: 'm_ns', target: 0, baseline: 0, unit: '万元' }));
  const rest = count - metrics.length;
  const teams = Math.max(1, Math.round(rest / (perTeam + 1)));
  const teamIds: string[] = [];
  for (let t = 0; t < teams && metrics.length < count; t++) {
    const id = `m_t${t}`;
    teamIds.push(id);
    metrics.push(
      metric(id, {
        parentId: departmentIds[t % departmentIds.length] ?? 'm_ns',
        target: 0,
        baseline: 0,
        unit: '万元',
      }),
    );
  }
  for (let i = 0; metrics.length < count; i++)
    metrics.push(
      metric(`m_${i}`, {
        parentId: teamIds[i % teamIds.length] ?? 'm_ns',
        target: 10 + (i % 17),
        baseline: 9 + (i % 13),
        unit: '万元',
      }),
    );
  return metrics;
}

/**
 * The shape of test/bench/big-workspace.ts: a North Star over 50 department
 * metrics, every other metric an individual directly under one of them, so
 * a department's inputs grow with the tree (39 each at 2,000, 3 at 200).
 */
export function flatTree(count: number, departments = 50): MathMetric[] {
  const metrics: MathMetric[] = [metric('m_ns', { target: 0, baseline: 0, unit: '%' })];
  for (let d = 0; d < departments && metrics.length < count; d++)
    metrics.push(metric(`m_d${d}`, { parentId: 'm_ns', target: 100 + d, unit: '%' }));
  for (let i = metrics.length; i < count; i++)
    metrics.push(
      metric(`m_${i}`, {
        parentId: `m_d${i % departments}`,
        target: i * 1.1,
        baseline: i,
        unit: '%',
      }),
    );
  return metrics;
}
