import { z } from 'zod';

/**
 * Workspace schema, version 2 (v1 + departments on metrics, the parameters of
 * each relation, the gap tolerance, guardrail metrics, department colours; see
 * the step `departments-and-relations` in migrations.ts).
 *
 * One workspace file = one planning cycle ("2027 annual targets"). Every entity
 * the method needs has a place here from v1 on, even where the UI comes later,
 * so that later features do not force a format break.
 *
 * Objects are `loose`: fields this version does not know are kept and written
 * back, so a file touched by a newer minor build survives a round trip through
 * an older one.
 */

const id = z.string().min(1).max(200);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const isoDateTime = z.string().min(1);
const text = (max = 10_000) => z.string().max(max);
/** Finite numbers only: JSON has no NaN/Infinity, and a target of Infinity is a typo. */
const amount = z.number().finite();

export const LOCALES = ['zh-CN', 'en'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

export const workspaceMetaSchema = z.looseObject({
  id,
  name: text(200),
  cycle: text(200),
  company: text(200),
  facilitator: text(200),
  locale: localeSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

/** `#rrggbb`; null = the next colour of the canvas palette, by the department's place in the list. */
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected #rrggbb');

export const departmentSchema = z.looseObject({
  id,
  name: text(200),
  parentId: id.nullable(),
  color: colour.nullable(),
});

export const personSchema = z.looseObject({
  id,
  name: text(200),
  departmentId: id.nullable(),
  positionId: id.nullable(),
});

export const dutySchema = z.looseObject({
  id,
  text: text(2000),
  /** Metrics that measure this duty (岗位职责 ↔ 指标). */
  metricIds: z.array(id),
});

export const positionSchema = z.looseObject({
  id,
  name: text(200),
  departmentId: id.nullable(),
  duties: z.array(dutySchema),
});

/** 战略层 / 战术层 / 执行层 */
export const LAYERS = ['strategy', 'department', 'individual'] as const;
export const layerSchema = z.enum(LAYERS);
export type Layer = z.infer<typeof layerSchema>;

export const DIRECTIONS = ['higher', 'lower', 'range'] as const;
export const AGGREGATIONS = ['sum', 'average', 'last', 'max', 'min', 'count', 'ratio'] as const;
export const PERIODS = ['day', 'week', 'month', 'quarter', 'half-year', 'year'] as const;

/** 口径: what a number means, so that it does not drift. */
export const metricDefinitionSchema = z.looseObject({
  description: text(),
  formula: text(2000),
  unit: text(50),
  dataSource: text(500),
  period: z.enum(PERIODS),
  aggregation: z.enum(AGGREGATIONS),
  direction: z.enum(DIRECTIONS),
  /** Decimal places shown; the stored value keeps full precision. */
  precision: z.number().int().min(0).max(6),
});

/** How a parent's target relates to its children's targets. */
export const DECOMPOSITIONS = [
  'sum',
  'weighted-sum',
  'product',
  'ratio',
  'average',
  'formula',
  'aligned',
] as const;
export const decompositionSchema = z.enum(DECOMPOSITIONS);
export type Decomposition = z.infer<typeof decompositionSchema>;

/**
 * The parameters of a metric's relation to its inputs (its children, and the
 * metrics cross-linked to it when `includeCrossLinks`). Only the ones the
 * relation uses matter; the others keep their values, so switching a relation
 * back and forth loses nothing.
 */
export const relationSchema = z.looseObject({
  /** Weighted sum: input id → coefficient; an input not listed counts 1. */
  coefficients: z.record(id, amount),
  /** Ratio: this metric = numerator ÷ denominator (two of its inputs). */
  numeratorId: id.nullable(),
  denominatorId: id.nullable(),
  /** Custom formula over the inputs, references stored as `{metric id}`: "{m_a} * {m_b} / 100". */
  formula: text(2000),
  /** Whether metrics cross-linked to this one count among its inputs (交叉绑定 counts in both parents). */
  includeCrossLinks: z.boolean(),
});
export type Relation = z.infer<typeof relationSchema>;

export const milestoneSchema = z.looseObject({
  id,
  date: isoDate,
  label: text(500),
  value: amount.nullable(),
});

export const metricSchema = z.looseObject({
  id,
  name: text(200),
  layer: layerSchema,
  /** null only for the North Star, the single root of the tree. */
  parentId: id.nullable(),
  /** Further parents for a cross-bound KPI (交叉绑定); the tree edge is parentId. */
  crossParentIds: z.array(id),
  /** Relation of this metric's children to it. */
  decomposition: decompositionSchema,
  relation: relationSchema,
  /** The department the metric belongs to (null for the North Star and company-wide metrics). */
  departmentId: id.nullable(),
  definition: metricDefinitionSchema,
  baseline: z.looseObject({ value: amount.nullable(), period: text(100) }),
  target: amount.nullable(),
  stretchTarget: amount.nullable(),
  /** Weight in the owner's scorecard, in percent (0–100). */
  weight: z.number().finite().min(0).max(100).nullable(),
  kind: z.enum(['hard', 'soft']),
  ownerId: id.nullable(),
  collaboratorIds: z.array(id),
  dueDate: isoDate.nullable(),
  milestones: z.array(milestoneSchema),
  tags: z.array(text(100)),
  status: z.enum(['draft', 'agreed']),
  /** Canvas position when the facilitator placed the box by hand; null = automatic layout. */
  position: z.object({ x: amount, y: amount }).nullable(),
});

/** A row of last year's KPIs, imported but not yet placed in the tree. */
export const libraryMetricSchema = z.looseObject({
  id,
  name: text(200),
  definition: metricDefinitionSchema.partial(),
  baseline: amount.nullable(),
  target: amount.nullable(),
  source: z
    .looseObject({ file: text(1000), sheet: text(200), row: z.number().int().min(0) })
    .nullable(),
});

export const CRITERIA = ['unique', 'measurable', 'drivesGrowth', 'userValue'] as const;

export const candidateSchema = z.looseObject({
  id,
  name: text(200),
  note: text(),
  /** 0–5 per criterion: 唯一性 / 可度量 / 驱动增长 / 用户价值. */
  scores: z.looseObject({
    unique: z.number().min(0).max(5).nullable(),
    measurable: z.number().min(0).max(5).nullable(),
    drivesGrowth: z.number().min(0).max(5).nullable(),
    userValue: z.number().min(0).max(5).nullable(),
  }),
  votes: z.number().int().min(0),
});

export const candidatePoolSchema = z.looseObject({
  candidates: z.array(candidateSchema),
  decision: z
    .looseObject({ candidateId: id, decidedAt: isoDateTime, rationale: text() })
    .nullable(),
});

export const snapshotSchema = z.looseObject({
  id,
  name: text(200),
  takenAt: isoDateTime,
  /** The metrics as they stood; kept as opaque data so old snapshots never block a load. */
  metrics: z.array(z.unknown()),
});

export const signOffSchema = z.looseObject({
  state: z.enum(['open', 'locked']),
  lockedAt: isoDateTime.nullable(),
  snapshotId: id.nullable(),
});

export const changeLogEntrySchema = z.looseObject({
  id,
  at: isoDateTime,
  metricId: id.nullable(),
  summary: text(2000),
  /** 调整依据: required once the version is locked. */
  reason: text(),
});

export const actualSchema = z.looseObject({
  metricId: id,
  period: text(50),
  value: amount,
});

/**
 * 护栏指标: a counter-metric watched beside the North Star (complaint rate,
 * refund rate, margin) that must not get worse while it grows. Not part of
 * the tree's math; each has its limit.
 */
export const guardrailSchema = z.looseObject({
  id,
  name: text(200),
  unit: text(50),
  /** Which way is better: for a complaint rate `lower`, so the limit is a ceiling. */
  direction: z.enum(['higher', 'lower']),
  /** The value it must not cross (a ceiling for `lower`, a floor for `higher`). */
  limit: amount.nullable(),
  baseline: amount.nullable(),
  ownerId: id.nullable(),
  note: text(),
});
export type Guardrail = z.infer<typeof guardrailSchema>;

/** Workspace-wide choices of the room. */
export const workspaceSettingsSchema = z.looseObject({
  /** A target within this of what its children imply shows no gap: percent OR absolute. */
  gapTolerance: z.looseObject({
    percent: z.number().finite().min(0).max(100),
    absolute: z.number().finite().min(0),
  }),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

export const workspaceSchema = z.looseObject({
  meta: workspaceMetaSchema,
  departments: z.array(departmentSchema),
  people: z.array(personSchema),
  positions: z.array(positionSchema),
  /** Sibling order is the order in this array. */
  metrics: z.array(metricSchema).min(1),
  guardrails: z.array(guardrailSchema),
  settings: workspaceSettingsSchema,
  library: z.array(libraryMetricSchema),
  candidatePool: candidatePoolSchema,
  snapshots: z.array(snapshotSchema),
  signOff: signOffSchema,
  changeLog: z.array(changeLogEntrySchema),
  actuals: z.array(actualSchema),
});

export type Workspace = z.infer<typeof workspaceSchema>;
export type WorkspaceMeta = z.infer<typeof workspaceMetaSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type MetricDefinition = z.infer<typeof metricDefinitionSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type Person = z.infer<typeof personSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Duty = z.infer<typeof dutySchema>;
