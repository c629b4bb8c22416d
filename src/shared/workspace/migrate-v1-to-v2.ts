import type { MigrationStep } from './migrations';

/**
 * v1 → v2, `departments-and-relations`. Frozen once released: it spells out
 * the v2 shape itself instead of calling createMetric, which follows the
 * current version.
 *
 * - Every metric gets `departmentId`. In v1 a metric's department was only
 *   implied by its owner, so that is where it comes from: the owner's
 *   department; else the department its nearest ancestor got (an individual
 *   metric under the sales metric is a sales metric); the North Star and
 *   metrics without either get none.
 * - Every metric gets `relation`, the parameters of its relation to its
 *   inputs, empty: v1 had no place for them, so nothing is lost.
 * - Departments get `color: null` (the palette's colour by their place).
 * - The workspace gets `guardrails: []` and `settings` with a 1 % gap tolerance.
 *
 * Runs on the raw JSON before validation: values of the wrong type are passed
 * through untouched for the schema to explain, never thrown on.
 */
export const STEP_V1_TO_V2: MigrationStep = {
  from: 1,
  name: 'departments-and-relations',
  migrate: (workspace) => {
    const metrics = Array.isArray(workspace.metrics) ? workspace.metrics : [];
    const departmentOf = inferDepartments(metrics, workspace.people);
    return {
      ...workspace,
      departments: Array.isArray(workspace.departments)
        ? workspace.departments.map((department: unknown) =>
            isRecord(department) ? { color: null, ...department } : department,
          )
        : workspace.departments,
      metrics: Array.isArray(workspace.metrics)
        ? metrics.map((metric: unknown) =>
            isRecord(metric)
              ? {
                  relation: {
                    coefficients: {},
                    numeratorId: null,
                    denominatorId: null,
                    formula: '',
                    includeCrossLinks: false,
                  },
                  departmentId: departmentOf.get(metric) ?? null,
                  ...metric,
                }
              : metric,
          )
        : workspace.metrics,
      guardrails: [],
      settings: { gapTolerance: { percent: 1, absolute: 0 } },
    };
  },
};

function inferDepartments(metrics: unknown[], people: unknown): Map<unknown, string | null> {
  const personDepartment = new Map<string, string>();
  if (Array.isArray(people)) {
    for (const person of people) {
      if (
        isRecord(person) &&
        typeof person.id === 'string' &&
        typeof person.departmentId === 'string'
      )
        personDepartment.set(person.id, person.departmentId);
    }
  }
  const byId = new Map<string, Record<string, unknown>>();
  for (const metric of metrics) {
    if (isRecord(metric) && typeof metric.id === 'string') byId.set(metric.id, metric);
  }
  const own = (metric: Record<string, unknown>): string | null => {
    if (metric.layer === 'strategy') return null;
    return typeof metric.ownerId === 'string'
      ? (personDepartment.get(metric.ownerId) ?? null)
      : null;
  };

  const result = new Map<unknown, string | null>();
  for (const metric of metrics) {
    if (!isRecord(metric)) continue;
    // Walk up until a metric says which department it is in; a broken file
    // may loop, so the walk is bounded by the number of metrics.
    let cursor: Record<string, unknown> | undefined = metric;
    let found: string | null = null;
    for (let steps = 0; cursor && steps <= metrics.length; steps++) {
      if (cursor.layer === 'strategy') break;
      const known = result.get(cursor);
      if (known !== undefined) {
        found = known;
        break;
      }
      found = own(cursor);
      if (found !== null) break;
      cursor = typeof cursor.parentId === 'string' ? byId.get(cursor.parentId) : undefined;
    }
    result.set(metric, found);
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
