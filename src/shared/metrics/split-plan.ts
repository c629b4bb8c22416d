import { DEFAULT_DEFINITION } from '../workspace/create';
import type {
  Decomposition,
  Department,
  Metric,
  MetricDefinition,
  Workspace,
} from '../workspace/schema';
import type { MetricPatch } from './metric-patch';
import type { TreeOperation } from './operations';
import { unitForFactor } from './split-lexicon';

/**
 * The split wizard (拆解) as data: what the facilitator chose → the children
 * it creates and the relation it gives their parent → the operations of one
 * transaction. Pure: the dialog shows `previewSplit` as the user types and
 * runs `planSplit` on Create; tests run both without a screen.
 */

export type Direction = MetricDefinition['direction'];

/** What the wizard was asked for, one variant per way of splitting. */
export type SplitChoices =
  /** One child per department, named in the preview (「销售部 · GMV」 by default). */
  | { way: 'departments'; departments: readonly { departmentId: string; name: string }[] }
  /** parent = factor × factor × … (GMV = 访客数 × 转化率 × 客单价). */
  | { way: 'product'; factors: readonly string[] }
  /** parent = numerator ÷ denominator. */
  | { way: 'ratio'; numerator: string; denominator: string }
  /** parent = the sum of the parts the room names (regions, channels). */
  | { way: 'parts'; parts: readonly string[] }
  /** Process steps in order (获客 → 激活 → 下单 → 复购): a funnel of rates, or aligned only. */
  | { way: 'steps'; steps: readonly string[]; relation: 'product' | 'aligned' };

export type SplitWay = SplitChoices['way'];

/** One child as the preview shows it and Create makes it. */
export interface ChildDraft {
  name: string;
  /** '' = not known: the box shows no unit until someone gives it one. */
  unit: string;
  /** null = not inferred: the metric keeps the default. */
  direction: Direction | null;
  departmentId: string | null;
  role: 'numerator' | 'denominator' | null;
}

export const NAME_MAX = 200;
/** Fewer than two is no split: a product or a funnel of one is the metric itself. */
export const MINIMUM_CHILDREN = 2;

export type SplitProblem =
  | { kind: 'no-department' }
  | { kind: 'too-few'; way: 'product' | 'parts' | 'steps'; minimum: number }
  /** `index`: the child's place in the preview. */
  | { kind: 'empty-name'; index: number }
  | { kind: 'too-long'; index: number; max: number }
  | { kind: 'duplicate-name'; index: number; name: string }
  /** The parent already has a child of that name: formulas refer to inputs by name. */
  | { kind: 'taken-name'; index: number; name: string };

/** The relation the parent gets. */
export function relationOf(choices: SplitChoices): Decomposition {
  switch (choices.way) {
    case 'departments':
    case 'parts':
      return 'sum';
    case 'product':
      return 'product';
    case 'ratio':
      return 'ratio';
    case 'steps':
      return choices.relation;
  }
}

/** 「销售部 · 新客首单数」/ "Sales · New customer orders": the default name of a department's child. */
export function departmentChildName(department: Department, parent: Metric): string {
  return `${department.name} · ${parent.name}`;
}

/** The children the choices would create, in order, with what can be inferred about each. */
export function previewSplit(parent: Metric, choices: SplitChoices): ChildDraft[] {
  const inherited = {
    unit: parent.definition.unit,
    direction: parent.definition.direction,
    departmentId: parent.departmentId,
    role: null,
  } as const;
  const plain = (name: string): ChildDraft => ({
    name,
    unit: '',
    direction: null,
    departmentId: parent.departmentId,
    role: null,
  });
  switch (choices.way) {
    case 'departments':
      return choices.departments.map(({ departmentId, name }) => ({
        ...inherited,
        name,
        departmentId,
      }));
    case 'parts':
      return choices.parts.map((name) => ({ ...inherited, name }));
    case 'product':
      // A factor of a growth formula is a lever: more of it is better.
      return choices.factors.map((name) => {
        const unit = unitForFactor(name);
        return unit === null ? plain(name) : { ...plain(name), unit, direction: 'higher' };
      });
    case 'ratio':
      return [
        {
          ...plain(choices.numerator),
          unit: unitForFactor(choices.numerator) ?? '',
          // The numerator moves the ratio the same way; the denominator the other.
          direction: parent.definition.direction,
          role: 'numerator',
        },
        {
          ...plain(choices.denominator),
          unit: unitForFactor(choices.denominator) ?? '',
          role: 'denominator',
        },
      ];
    case 'steps':
      return choices.steps.map(plain);
  }
}

/** What stops the split, as the dialog lists it; empty = it can be created. */
export function splitProblems(
  workspace: Workspace,
  parent: Metric,
  choices: SplitChoices,
): SplitProblem[] {
  const problems: SplitProblem[] = [];
  if (choices.way === 'departments' && choices.departments.length === 0)
    problems.push({ kind: 'no-department' });
  if (
    (choices.way === 'product' && choices.factors.length < MINIMUM_CHILDREN) ||
    (choices.way === 'parts' && choices.parts.length < MINIMUM_CHILDREN) ||
    (choices.way === 'steps' && choices.steps.length < MINIMUM_CHILDREN)
  )
    problems.push({ kind: 'too-few', way: choices.way, minimum: MINIMUM_CHILDREN });

  const existing = new Set(
    workspace.metrics.filter((m) => m.parentId === parent.id).map((m) => nameKey(m.name)),
  );
  const seen = new Set<string>();
  previewSplit(parent, choices).forEach(({ name }, index) => {
    const trimmed = name.trim();
    const key = nameKey(trimmed);
    if (trimmed === '') problems.push({ kind: 'empty-name', index });
    else if (trimmed.length > NAME_MAX) problems.push({ kind: 'too-long', index, max: NAME_MAX });
    else if (seen.has(key)) problems.push({ kind: 'duplicate-name', index, name: trimmed });
    else if (existing.has(key)) problems.push({ kind: 'taken-name', index, name: trimmed });
    seen.add(key);
  });
  return problems;
}

/** Names that read the same on a box are the same name (case, full-width, spaces). */
function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export type SplitPlan =
  | { ok: true; operations: TreeOperation[]; childIds: string[] }
  | { ok: false; problems: SplitProblem[] };

/**
 * The operations of the split: every child in one `add-many` (so layers,
 * order and the parent's family are what one-by-one adds would give), then
 * the parent's relation. `newId` is asked once per child, so a plan applied
 * twice is the same document.
 */
export function planSplit(
  workspace: Workspace,
  parentId: string,
  choices: SplitChoices,
  newId: () => string,
): SplitPlan {
  const parent = workspace.metrics.find((m) => m.id === parentId);
  if (!parent) return { ok: false, problems: [] };
  const problems = splitProblems(workspace, parent, choices);
  if (problems.length > 0) return { ok: false, problems };

  const drafts = previewSplit(parent, choices);
  const childIds = drafts.map(() => newId());
  const items = drafts.map((draft, index) => ({
    id: childIds[index] as string,
    parentId,
    name: draft.name.trim(),
    departmentId: draft.departmentId,
    definition: definitionFor(parent, draft, relationOf(choices) === 'sum'),
  }));
  const operations: TreeOperation[] = [{ kind: 'add-many', items }];
  const patch = parentPatch(parent, choices, drafts, childIds);
  if (patch) operations.push({ kind: 'update', id: parentId, patch });
  return { ok: true, operations, childIds };
}

function definitionFor(parent: Metric, draft: ChildDraft, isPart: boolean): MetricDefinition {
  // A part of a sum is counted like the whole: same period, aggregation, decimals.
  const base = isPart
    ? {
        ...DEFAULT_DEFINITION,
        period: parent.definition.period,
        aggregation: parent.definition.aggregation,
        precision: parent.definition.precision,
      }
    : DEFAULT_DEFINITION;
  return {
    ...base,
    unit: draft.unit,
    direction: draft.direction ?? DEFAULT_DEFINITION.direction,
  };
}

/** The parent's new relation; null when it already has it. */
function parentPatch(
  parent: Metric,
  choices: SplitChoices,
  drafts: readonly ChildDraft[],
  childIds: readonly string[],
): MetricPatch | null {
  const decomposition = relationOf(choices);
  const patch: MetricPatch = {};
  if (parent.decomposition !== decomposition) patch.decomposition = decomposition;
  if (decomposition === 'ratio') {
    const idOf = (role: ChildDraft['role']) => childIds[drafts.findIndex((d) => d.role === role)];
    patch.relation = {
      ...parent.relation,
      numeratorId: idOf('numerator') ?? null,
      denominatorId: idOf('denominator') ?? null,
    };
  }
  // The 口径 formula says in words what the relation computes, if nobody wrote one yet.
  const words = formulaInWords(choices, drafts);
  if (words !== null && parent.definition.formula.trim() === '')
    patch.definition = { ...parent.definition, formula: words };
  return Object.keys(patch).length > 0 ? patch : null;
}

/** 「访客数 × 转化率 × 客单价」, 「A ÷ B」: the relation the room just agreed on, as the box's formula. */
export function formulaInWords(
  choices: SplitChoices,
  drafts: readonly ChildDraft[],
): string | null {
  const names = drafts.map((d) => d.name.trim());
  switch (relationOf(choices)) {
    case 'product':
      return names.join(' × ');
    case 'ratio':
      return names.join(' ÷ ');
    case 'sum':
      return names.join(' + ');
    default:
      return null;
  }
}
