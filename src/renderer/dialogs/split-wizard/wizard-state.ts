import {
  departmentChildName,
  type SplitChoices,
  type SplitProblem,
} from '../../../shared/metrics/split-plan';
import type { Department, Metric } from '../../../shared/workspace/schema';

/**
 * What the wizard holds while the facilitator fills it in: every way keeps
 * its own rows, so trying "by formula" and going back to "by department"
 * loses nothing typed. Pure: the view dispatches, `choicesOf` turns the state
 * into what shared/metrics/split-plan.ts plans.
 */

export type WizardWay = 'departments' | 'formula' | 'steps';
export type FormulaKind = 'product' | 'ratio' | 'parts';
/** The lists of named rows the user edits (the ratio's two rows are a list of two). */
export type RowList = 'factors' | 'ratio' | 'parts' | 'steps';

export interface Row {
  /** Stable across edits and moves: React keeps the focus in the right input. */
  key: number;
  name: string;
}

export interface WizardState {
  way: WizardWay;
  formula: FormulaKind;
  /** Ticked departments; shown and created in the department list's order. */
  picked: readonly string[];
  /** Names edited in the preview, by department id; absent = 「销售部 · <parent>」. */
  departmentNames: Readonly<Record<string, string>>;
  factors: readonly Row[];
  ratio: readonly Row[];
  parts: readonly Row[];
  steps: readonly Row[];
  stepRelation: 'aligned' | 'product';
  /** Create was pressed: from then on the problems show as the user fixes them. */
  tried: boolean;
  nextKey: number;
}

export type WizardAction =
  | { type: 'way'; way: WizardWay }
  | { type: 'formula'; formula: FormulaKind }
  | { type: 'step-relation'; relation: 'aligned' | 'product' }
  | { type: 'toggle-department'; id: string }
  | { type: 'department-name'; id: string; name: string }
  | { type: 'row-name'; list: RowList; key: number; name: string }
  /** Several lines pasted into one row: that row and new ones after it. */
  | { type: 'paste-rows'; list: RowList; key: number; lines: readonly string[] }
  | { type: 'add-row'; list: RowList }
  | { type: 'remove-row'; list: RowList; key: number }
  | { type: 'move-row'; list: RowList; key: number; by: -1 | 1 }
  | { type: 'tried' };

export function initialWizard(options: {
  hasDepartments: boolean;
  /** The product template's factors in the user's language (访客数 × 转化率 × 客单价). */
  productTemplate: readonly string[];
}): WizardState {
  let nextKey = 1;
  const rows = (names: readonly string[]): Row[] => names.map((name) => ({ key: nextKey++, name }));
  return {
    way: options.hasDepartments ? 'departments' : 'formula',
    formula: 'product',
    picked: [],
    departmentNames: {},
    factors: rows(options.productTemplate),
    ratio: rows(['', '']),
    parts: rows(['', '']),
    steps: rows(['', '']),
    stepRelation: 'aligned',
    tried: false,
    nextKey,
  };
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'way':
      return { ...state, way: action.way };
    case 'formula':
      return { ...state, formula: action.formula };
    case 'step-relation':
      return { ...state, stepRelation: action.relation };
    case 'toggle-department':
      return {
        ...state,
        picked: state.picked.includes(action.id)
          ? state.picked.filter((id) => id !== action.id)
          : [...state.picked, action.id],
      };
    case 'department-name':
      return { ...state, departmentNames: { ...state.departmentNames, [action.id]: action.name } };
    case 'row-name':
      return withRows(state, action.list, (rows) =>
        rows.map((row) => (row.key === action.key ? { ...row, name: action.name } : row)),
      );
    case 'paste-rows': {
      if (action.list === 'ratio') return state; // two rows, always
      let nextKey = state.nextKey;
      const lines = action.lines.map((line) => line.trim()).filter((line) => line !== '');
      if (lines.length === 0) return state;
      const next = withRows(state, action.list, (rows) =>
        rows.flatMap((row) =>
          row.key === action.key
            ? [
                { ...row, name: lines[0] as string },
                ...lines.slice(1).map((name) => ({ key: nextKey++, name })),
              ]
            : [row],
        ),
      );
      return { ...next, nextKey };
    }
    case 'add-row':
      if (action.list === 'ratio') return state;
      return {
        ...withRows(state, action.list, (rows) => [...rows, { key: state.nextKey, name: '' }]),
        nextKey: state.nextKey + 1,
      };
    case 'remove-row':
      if (action.list === 'ratio') return state;
      return withRows(state, action.list, (rows) => rows.filter((row) => row.key !== action.key));
    case 'move-row':
      return withRows(state, action.list, (rows) => {
        const from = rows.findIndex((row) => row.key === action.key);
        const to = from + action.by;
        if (from < 0 || to < 0 || to >= rows.length) return rows;
        const moved = [...rows];
        [moved[from], moved[to]] = [moved[to] as Row, moved[from] as Row];
        return moved;
      });
    case 'tried':
      return { ...state, tried: true };
  }
}

function withRows(
  state: WizardState,
  list: RowList,
  change: (rows: readonly Row[]) => readonly Row[],
): WizardState {
  const rows = change(state[list]);
  return rows === state[list] ? state : { ...state, [list]: rows };
}

/** The list of rows the current way edits, or null for the departments' own names. */
export function activeList(state: WizardState): RowList | null {
  if (state.way === 'departments') return null;
  if (state.way === 'steps') return 'steps';
  return state.formula === 'product' ? 'factors' : state.formula;
}

/** The ticked departments in the list's order, each with the name its child gets. */
export function pickedDepartments(
  state: WizardState,
  departments: readonly Department[],
  parent: Metric,
): { department: Department; name: string }[] {
  return departments
    .filter((d) => state.picked.includes(d.id))
    .map((department) => ({
      department,
      name: state.departmentNames[department.id] ?? departmentChildName(department, parent),
    }));
}

/** What to plan: the current way's rows, as split-plan.ts reads them. */
export function choicesOf(
  state: WizardState,
  departments: readonly Department[],
  parent: Metric,
): SplitChoices {
  const names = (rows: readonly Row[]) => rows.map((row) => row.name);
  switch (activeList(state)) {
    case null:
      return {
        way: 'departments',
        departments: pickedDepartments(state, departments, parent).map(({ department, name }) => ({
          departmentId: department.id,
          name,
        })),
      };
    case 'factors':
      return { way: 'product', factors: names(state.factors) };
    case 'ratio':
      return {
        way: 'ratio',
        numerator: state.ratio[0]?.name ?? '',
        denominator: state.ratio[1]?.name ?? '',
      };
    case 'parts':
      return { way: 'parts', parts: names(state.parts) };
    case 'steps':
      return { way: 'steps', steps: names(state.steps), relation: state.stepRelation };
  }
}

/** The rows a problem is about, by their place in the preview (to mark them). */
export function rowsWithProblems(problems: readonly SplitProblem[]): Set<number> {
  const rows = new Set<number>();
  for (const problem of problems) if ('index' in problem) rows.add(problem.index);
  return rows;
}
