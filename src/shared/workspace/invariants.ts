import { feedCycleAt } from '../metrics/cross-links';
import type { Workspace } from './schema';

/** A broken rule of the document, with where it is broken. */
export interface InvariantViolation {
  rule:
    | 'duplicate-id'
    | 'no-north-star'
    | 'several-north-stars'
    | 'north-star-not-strategy'
    | 'missing-parent'
    | 'cycle'
    | 'bad-cross-parent'
    | 'cross-link-cycle'
    | 'unknown-person'
    | 'unknown-department'
    | 'unknown-position';
  id: string;
}

/**
 * Rules the schema cannot express: exactly one North Star root, every parent
 * exists, no cycles, references point at existing entities.
 */
export function findViolations(workspace: Workspace): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  const seen = new Set<string>();
  const collections = [
    workspace.metrics,
    workspace.people,
    workspace.departments,
    workspace.positions,
  ];
  for (const collection of collections) {
    for (const entity of collection) {
      if (seen.has(entity.id)) violations.push({ rule: 'duplicate-id', id: entity.id });
      seen.add(entity.id);
    }
  }

  const metricsById = new Map(workspace.metrics.map((m) => [m.id, m]));
  const roots = workspace.metrics.filter((m) => m.parentId === null);
  if (roots.length === 0) violations.push({ rule: 'no-north-star', id: '' });
  for (const extra of roots.slice(1))
    violations.push({ rule: 'several-north-stars', id: extra.id });
  if (roots[0] && roots[0].layer !== 'strategy')
    violations.push({ rule: 'north-star-not-strategy', id: roots[0].id });

  for (const metric of workspace.metrics) {
    if (metric.parentId !== null && !metricsById.has(metric.parentId))
      violations.push({ rule: 'missing-parent', id: metric.id });
  }
  // Walk up from every metric; a walk longer than the tree means a loop.
  for (const metric of workspace.metrics) {
    let cursor = metric.parentId;
    let steps = 0;
    while (cursor !== null && steps <= workspace.metrics.length) {
      cursor = metricsById.get(cursor)?.parentId ?? null;
      steps++;
    }
    if (steps > workspace.metrics.length) violations.push({ rule: 'cycle', id: metric.id });
  }
  for (const metric of workspace.metrics) {
    for (const crossId of metric.crossParentIds) {
      if (crossId === metric.id || crossId === metric.parentId || !metricsById.has(crossId))
        violations.push({ rule: 'bad-cross-parent', id: metric.id });
    }
  }
  // With cross-links the tree is a graph: a loop through them would send a roll-up round forever.
  // (Only where no worse rule about the same links is broken: one reason said once.)
  if (!violations.some((v) => v.rule === 'cycle' || v.rule === 'bad-cross-parent')) {
    const looped = feedCycleAt(workspace);
    if (looped !== null) violations.push({ rule: 'cross-link-cycle', id: looped });
  }

  const people = new Set(workspace.people.map((p) => p.id));
  const departments = new Set(workspace.departments.map((d) => d.id));
  const positions = new Set(workspace.positions.map((p) => p.id));
  for (const metric of workspace.metrics) {
    for (const personId of [metric.ownerId, ...metric.collaboratorIds]) {
      if (personId !== null && !people.has(personId))
        violations.push({ rule: 'unknown-person', id: metric.id });
    }
  }
  for (const guardrail of workspace.guardrails) {
    if (guardrail.ownerId !== null && !people.has(guardrail.ownerId))
      violations.push({ rule: 'unknown-person', id: guardrail.id });
  }
  for (const metric of workspace.metrics) {
    if (metric.departmentId !== null && !departments.has(metric.departmentId))
      violations.push({ rule: 'unknown-department', id: metric.id });
  }
  for (const person of workspace.people) {
    if (person.departmentId !== null && !departments.has(person.departmentId))
      violations.push({ rule: 'unknown-department', id: person.id });
    if (person.positionId !== null && !positions.has(person.positionId))
      violations.push({ rule: 'unknown-position', id: person.id });
  }
  // Positions point at departments just as people do; a dangling one would show
  // a position under a department the file no longer has.
  for (const position of workspace.positions) {
    if (position.departmentId !== null && !departments.has(position.departmentId))
      violations.push({ rule: 'unknown-department', id: position.id });
  }
  for (const department of workspace.departments) {
    if (department.parentId !== null && !departments.has(department.parentId))
      violations.push({ rule: 'unknown-department', id: department.id });
  }
  return violations;
}
