import type { Metric, Workspace } from '../workspace/schema';

/**
 * Who answers for a metric and which department it belongs to: the edits the
 * people and departments panel makes by drag and drop, and the inspector's
 * collaborator list. A person is the owner (负责人) or a collaborator (协作人)
 * of a metric, never both: making a collaborator the owner takes them off the
 * collaborators.
 */

export type AssignmentError =
  | 'unknown-metric'
  | 'unknown-person'
  | 'unknown-department'
  | 'collaborator-is-owner'
  | 'north-star-has-no-department';

type AssignmentResult = { ok: true; workspace: Workspace } | { ok: false; error: AssignmentError };

export function assignOwner(
  workspace: Workspace,
  metricId: string,
  personId: string | null,
): AssignmentResult {
  const metric = workspace.metrics.find((m) => m.id === metricId);
  if (!metric) return { ok: false, error: 'unknown-metric' };
  if (personId !== null && !workspace.people.some((p) => p.id === personId))
    return { ok: false, error: 'unknown-person' };
  if (metric.ownerId === personId) return { ok: true, workspace };
  return changed(workspace, metricId, {
    ...metric,
    ownerId: personId,
    collaboratorIds: metric.collaboratorIds.filter((id) => id !== personId),
  });
}

/** Adds at the end of the list; a collaborator already there changes nothing. */
export function addCollaborator(
  workspace: Workspace,
  metricId: string,
  personId: string,
): AssignmentResult {
  const metric = workspace.metrics.find((m) => m.id === metricId);
  if (!metric) return { ok: false, error: 'unknown-metric' };
  if (!workspace.people.some((p) => p.id === personId))
    return { ok: false, error: 'unknown-person' };
  if (metric.ownerId === personId) return { ok: false, error: 'collaborator-is-owner' };
  if (metric.collaboratorIds.includes(personId)) return { ok: true, workspace };
  return changed(workspace, metricId, {
    ...metric,
    collaboratorIds: [...metric.collaboratorIds, personId],
  });
}

export function removeCollaborator(
  workspace: Workspace,
  metricId: string,
  personId: string,
): AssignmentResult {
  const metric = workspace.metrics.find((m) => m.id === metricId);
  if (!metric) return { ok: false, error: 'unknown-metric' };
  if (!metric.collaboratorIds.includes(personId)) return { ok: true, workspace };
  return changed(workspace, metricId, {
    ...metric,
    collaboratorIds: metric.collaboratorIds.filter((id) => id !== personId),
  });
}

/** The North Star belongs to the whole company (the schema keeps its department null). */
export function assignDepartment(
  workspace: Workspace,
  metricId: string,
  departmentId: string | null,
): AssignmentResult {
  const metric = workspace.metrics.find((m) => m.id === metricId);
  if (!metric) return { ok: false, error: 'unknown-metric' };
  if (departmentId !== null && !workspace.departments.some((d) => d.id === departmentId))
    return { ok: false, error: 'unknown-department' };
  if (metric.departmentId === departmentId) return { ok: true, workspace };
  if (metric.parentId === null) return { ok: false, error: 'north-star-has-no-department' };
  return changed(workspace, metricId, { ...metric, departmentId });
}

function changed(workspace: Workspace, metricId: string, metric: Metric): AssignmentResult {
  return {
    ok: true,
    workspace: {
      ...workspace,
      metrics: workspace.metrics.map((m) => (m.id === metricId ? metric : m)),
    },
  };
}
