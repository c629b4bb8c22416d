import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../test/unit/fixtures/workspaces';
import { CURRENT_VERSION, WORKSPACE_FORMAT } from './format';
import { MIGRATIONS, migrate, wrapInEnvelope, type MigrationStep } from './migrations';
import { workspaceSchema } from './schema';

const bareDocument = () => ({
  meta: {
    id: 'ws_bare',
    name: '手写的工作区',
    cycle: '2027年度目标',
    company: '云杉优选',
    facilitator: '',
    locale: 'zh-CN',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  },
  metrics: [
    {
      id: 'm_ns',
      name: '每活跃用户月均下单数',
      layer: 'strategy',
      parentId: null,
      crossParentIds: [],
      decomposition: 'aligned',
      definition: {
        description: '',
        formula: '月下单总数 ÷ 月活跃用户数',
        unit: '单/人/月',
        dataSource: '',
        period: 'month',
        aggregation: 'ratio',
        direction: 'higher',
        precision: 2,
      },
      baseline: { value: 2.1, period: '2026' },
      target: 2.6,
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
    },
  ],
});

describe('the shipped migrations', () => {
  it('cover every version from 0 up to the current one, once each', () => {
    const froms = MIGRATIONS.map((step) => step.from).sort((a, b) => a - b);
    expect(froms).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i));
    const names = MIGRATIONS.map((step) => step.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('turn a bare v0 document into a valid v1 workspace with empty collections', () => {
    // Up to v1 only: the step after it is tested in migrate-v1-to-v2.test.ts.
    const outcome = migrate(deepFreeze(bareDocument()), 0, MIGRATIONS, 1);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    expect(outcome.applied).toEqual(['bare-document-to-v1']);
    const all = migrate(deepFreeze(bareDocument()), 0);
    expect(all.ok && workspaceSchema.safeParse(all.workspace).success).toBe(true);
    expect(outcome.workspace).toMatchObject({
      departments: [],
      people: [],
      positions: [],
      library: [],
      candidatePool: { candidates: [], decision: null },
      snapshots: [],
      signOff: { state: 'open', lockedAt: null, snapshotId: null },
      changeLog: [],
      actuals: [],
    });
    expect(outcome.workspace.metrics).toEqual(bareDocument().metrics);
  });

  it('keep what a bare document already has', () => {
    const people = [{ id: 'p_1', name: '王磊', departmentId: null, positionId: null }];
    const outcome = migrate({ ...bareDocument(), people }, 0);
    expect(outcome.ok && outcome.workspace.people).toEqual(people);
  });

  it('do nothing to a current document', () => {
    const document = deepFreeze({ ...bareDocument(), people: [] });
    const outcome = migrate(document, CURRENT_VERSION);
    expect(outcome).toEqual({ ok: true, workspace: document, applied: [] });
  });

  it('refuse a version above the current one', () => {
    expect(migrate({}, CURRENT_VERSION + 1)).toEqual({
      ok: false,
      reason: 'too-new',
      version: CURRENT_VERSION + 1,
    });
  });
});

describe('the pipeline', () => {
  /** Steps that record the order they ran in, listed out of order on purpose. */
  const tracingSteps: MigrationStep[] = [2, 0, 1].map((from) => ({
    from,
    name: `step-${from}-to-${from + 1}`,
    migrate: (doc) => ({ ...doc, trace: [...((doc.trace as number[]) ?? []), from] }),
  }));

  it('applies the steps in version order, each exactly once', () => {
    const outcome = migrate({}, 0, tracingSteps, 3);
    expect(outcome).toEqual({
      ok: true,
      workspace: { trace: [0, 1, 2] },
      applied: ['step-0-to-1', 'step-1-to-2', 'step-2-to-3'],
    });
  });

  it('starts at the document’s own version', () => {
    const outcome = migrate({ trace: [] }, 1, tracingSteps, 3);
    expect(outcome.ok && outcome.applied).toEqual(['step-1-to-2', 'step-2-to-3']);
    expect(outcome.ok && outcome.workspace.trace).toEqual([1, 2]);
  });

  it('stops at a missing step and names the version it could not leave', () => {
    const gap = tracingSteps.filter((step) => step.from !== 1);
    expect(migrate({}, 0, gap, 3)).toEqual({ ok: false, reason: 'missing-step', version: 1 });
    expect(migrate({}, 0, [], 1)).toEqual({ ok: false, reason: 'missing-step', version: 0 });
  });

  it('never modifies the document it is given', () => {
    const input = deepFreeze({ trace: [7] });
    expect(() => migrate(input, 0, tracingSteps, 3)).not.toThrow();
    expect(input).toEqual({ trace: [7] });
  });
});

describe('wrapInEnvelope', () => {
  it('writes the current format and version', () => {
    expect(wrapInEnvelope({ a: 1 })).toEqual({
      format: WORKSPACE_FORMAT,
      version: CURRENT_VERSION,
      workspace: { a: 1 },
    });
  });
});
