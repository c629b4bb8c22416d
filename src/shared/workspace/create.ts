import { newId } from '../ids';
import type {
  Layer,
  Locale,
  Metric,
  MetricDefinition,
  Relation,
  Workspace,
  WorkspaceSettings,
} from './schema';

export const DEFAULT_DEFINITION: MetricDefinition = {
  description: '',
  formula: '',
  unit: '',
  dataSource: '',
  period: 'month',
  aggregation: 'sum',
  direction: 'higher',
  precision: 2,
};

/**
 * The parameters of a relation before anyone set them. A cross-linked metric
 * is shared accountability; it counts in this sum only when the room says so,
 * since counting it under both parents would count it twice at the North Star.
 */
export function emptyRelation(): Relation {
  return {
    coefficients: {},
    numeratorId: null,
    denominatorId: null,
    formula: '',
    includeCrossLinks: false,
  };
}

/** A gap of 1 % or less is rounding, not a disagreement the room must settle. */
export const DEFAULT_SETTINGS: WorkspaceSettings = { gapTolerance: { percent: 1, absolute: 0 } };

/** A metric with every field at its empty value; callers override what they know. */
export function createMetric(
  fields: Partial<Metric> & { name: string; layer: Layer; parentId: string | null },
): Metric {
  // name, layer and parentId go right after id so that the keys come out in
  // schema order: loadWorkspace returns that order, and a new document must
  // serialize to the same bytes before and after a save-and-reopen.
  const { name, layer, parentId, ...rest } = fields;
  return {
    id: newId('m'),
    name,
    layer,
    parentId,
    crossParentIds: [],
    decomposition: 'aligned',
    relation: emptyRelation(),
    departmentId: null,
    definition: { ...DEFAULT_DEFINITION },
    baseline: { value: null, period: '' },
    target: null,
    stretchTarget: null,
    weight: null,
    kind: 'hard',
    ownerId: null,
    collaboratorIds: [],
    dueDate: null,
    milestones: [],
    tags: [],
    status: 'draft',
    position: null,
    ...rest,
  };
}

/** An empty workspace: one North Star waiting for its name. */
export function createWorkspace(options: {
  name: string;
  locale: Locale;
  northStarName: string;
  now?: Date;
}): Workspace {
  const now = (options.now ?? new Date()).toISOString();
  return {
    meta: {
      id: newId('ws'),
      name: options.name,
      cycle: '',
      company: '',
      facilitator: '',
      locale: options.locale,
      createdAt: now,
      updatedAt: now,
    },
    departments: [],
    people: [],
    positions: [],
    metrics: [createMetric({ name: options.northStarName, layer: 'strategy', parentId: null })],
    guardrails: [],
    settings: { gapTolerance: { ...DEFAULT_SETTINGS.gapTolerance } },
    library: [],
    candidatePool: { candidates: [], decision: null },
    snapshots: [],
    signOff: { state: 'open', lockedAt: null, snapshotId: null },
    changeLog: [],
    actuals: [],
  };
}
