import { writeFileSync } from 'node:fs';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMetric, createWorkspace } from '../../src/shared/workspace/create';
import { findViolations } from '../../src/shared/workspace/invariants';
import {
  workspaceSchema,
  type Locale,
  type Metric,
  type Workspace,
} from '../../src/shared/workspace/schema';
import { serializeWorkspace } from '../../src/shared/workspace/serialize';
import {
  BASELINE_PERIOD,
  CANDIDATES,
  DECISION,
  DEPARTMENTS,
  GUARDRAILS,
  LIBRARY,
  LIBRARY_SOURCE,
  PEOPLE,
  POSITIONS,
  SAMPLE_CREATED_AT,
  SAMPLE_META,
  SAMPLE_UPDATED_AT,
  type Bilingual,
  type MetricSpec,
} from './sample-data';
import { METRICS } from './sample-metrics';

/**
 * Builds the sample workspaces shipped with the app (resources/sample/*.northstar).
 *
 *   npx tsx resources/sample/build-sample.ts
 *
 * The committed files must equal what this produces; test/unit/sample-workspace
 * fails when they drift. Everything is deterministic (fixed ids and timestamps),
 * so regenerating an unchanged sample gives the same bytes.
 */

/** File name of the sample for a locale, inside resources/sample/. */
export const SAMPLE_FILES: Record<Locale, string> = {
  'zh-CN': 'sample.zh-CN.northstar',
  en: 'sample.en.northstar',
};

export function buildSampleWorkspace(locale: Locale): Workspace {
  const say = (text: Bilingual): string => (locale === 'zh-CN' ? text.zh : text.en);
  const base = createWorkspace({
    name: say(SAMPLE_META.name),
    locale,
    northStarName: say(METRICS[0]?.name ?? SAMPLE_META.name),
    now: new Date(SAMPLE_CREATED_AT),
  });

  const workspace: Workspace = {
    ...base,
    meta: {
      ...base.meta,
      // createWorkspace mints a random id; the sample needs the same id in every build.
      id: SAMPLE_META.id,
      cycle: say(SAMPLE_META.cycle),
      company: say(SAMPLE_META.company),
      facilitator: say(SAMPLE_META.facilitator),
      updatedAt: SAMPLE_UPDATED_AT,
    },
    departments: DEPARTMENTS.map((d) => ({
      id: d.id,
      name: say(d.name),
      parentId: d.parentId,
      color: null,
    })),
    people: PEOPLE.map((p) => ({
      id: p.id,
      name: say(p.name),
      departmentId: p.departmentId,
      positionId: p.positionId,
    })),
    positions: POSITIONS.map((p) => ({
      id: p.id,
      name: say(p.name),
      departmentId: p.departmentId,
      duties: p.duties.map((d) => ({ id: d.id, text: say(d.text), metricIds: [...d.metricIds] })),
    })),
    // Replaces the North Star createWorkspace made, whose id is random.
    metrics: METRICS.map((spec) => toMetric(spec, say, departmentOf(spec))),
    guardrails: GUARDRAILS.map((g) => ({
      id: g.id,
      name: say(g.name),
      unit: say(g.unit),
      direction: g.direction,
      limit: g.limit,
      baseline: g.baseline,
      ownerId: g.ownerId,
      note: say(g.note),
    })),
    library: LIBRARY.map((l) => ({
      id: l.id,
      name: say(l.name),
      // Keys in schema order, so that the file survives load → save byte for byte.
      definition: { formula: say(l.formula), unit: say(l.unit) },
      baseline: l.baseline,
      target: l.target,
      source: { file: say(LIBRARY_SOURCE.file), sheet: say(LIBRARY_SOURCE.sheet), row: l.row },
    })),
    candidatePool: {
      candidates: CANDIDATES.map((c) => ({
        id: c.id,
        name: say(c.name),
        note: say(c.note),
        scores: { ...c.scores },
        votes: c.votes,
      })),
      decision: {
        candidateId: DECISION.candidateId,
        decidedAt: DECISION.decidedAt,
        rationale: say(DECISION.rationale),
      },
    },
  };

  // Fail at generation time, not when a user opens the sample.
  const parsed = workspaceSchema.safeParse(workspace);
  if (!parsed.success) throw new Error(`sample (${locale}) is invalid: ${parsed.error.message}`);
  const violations = findViolations(workspace);
  if (violations.length > 0)
    throw new Error(`sample (${locale}) breaks invariants: ${JSON.stringify(violations)}`);
  return workspace;
}

/**
 * The department a sample metric belongs to: its owner's, else its parent's
 * (an individual metric under the sales metric is a sales metric); none for
 * the North Star.
 */
function departmentOf(spec: MetricSpec): string | null {
  let cursor: MetricSpec | undefined = spec;
  while (cursor && cursor.layer !== 'strategy') {
    const owner = PEOPLE.find((p) => p.id === cursor?.ownerId);
    if (owner) return owner.departmentId;
    const parentId: string | null = cursor.parentId;
    cursor = METRICS.find((m) => m.id === parentId);
  }
  return null;
}

function toMetric(
  spec: MetricSpec,
  say: (text: Bilingual) => string,
  departmentId: string | null,
): Metric {
  return createMetric({
    id: spec.id,
    name: say(spec.name),
    layer: spec.layer,
    parentId: spec.parentId,
    crossParentIds: [...(spec.crossParentIds ?? [])],
    decomposition: spec.decomposition ?? 'aligned',
    departmentId,
    definition: {
      description: say(spec.description),
      formula: say(spec.formula),
      unit: say(spec.unit),
      dataSource: say(spec.dataSource),
      period: spec.period,
      aggregation: spec.aggregation,
      direction: spec.direction,
      precision: spec.precision,
    },
    baseline: { value: spec.baseline, period: BASELINE_PERIOD },
    target: spec.target,
    stretchTarget: spec.stretchTarget ?? null,
    weight: spec.weight,
    kind: spec.kind ?? 'hard',
    ownerId: spec.ownerId,
    collaboratorIds: [...(spec.collaboratorIds ?? [])],
    dueDate: spec.dueDate,
    milestones: (spec.milestones ?? []).map((m) => ({
      id: m.id,
      date: m.date,
      label: say(m.label),
      value: m.value,
    })),
    tags: spec.tags.map(say),
    status: spec.status ?? 'draft',
  });
}

/** The exact file texts, by locale. */
export function buildSampleTexts(): Record<Locale, string> {
  return {
    'zh-CN': serializeWorkspace(buildSampleWorkspace('zh-CN')),
    en: serializeWorkspace(buildSampleWorkspace('en')),
  };
}

function isRunAsScript(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

// Importing this module (the drift test does) must never touch the files.
if (isRunAsScript()) {
  const texts = buildSampleTexts();
  for (const locale of Object.keys(SAMPLE_FILES) as Locale[]) {
    const target = fileURLToPath(new URL(SAMPLE_FILES[locale], import.meta.url));
    writeFileSync(target, texts[locale], 'utf8');
    console.log(`wrote ${target}`);
  }
}
