import { describe, expect, it } from 'vitest';
import { createMetric } from '../../../shared/workspace/create';
import type { Department } from '../../../shared/workspace/schema';
import {
  choicesOf,
  initialWizard,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from './wizard-state';

const parent = createMetric({ id: 'm_gmv', name: 'GMV', layer: 'strategy', parentId: null });
const departments: Department[] = [
  { id: 'd_sales', name: '销售部', parentId: null, color: null },
  { id: 'd_product', name: '产品部', parentId: null, color: null },
];
const start = () =>
  initialWizard({ hasDepartments: true, productTemplate: ['访客数', '转化率', '客单价'] });
const run = (state: WizardState, ...actions: WizardAction[]) =>
  actions.reduce(wizardReducer, state);

describe('the split wizard’s state', () => {
  it('starts by department, with the product template ready under “by formula”', () => {
    const state = start();
    expect(state.way).toBe('departments');
    expect(choicesOf(run(state, { type: 'way', way: 'formula' }), departments, parent)).toEqual({
      way: 'product',
      factors: ['访客数', '转化率', '客单价'],
    });
    expect(initialWizard({ hasDepartments: false, productTemplate: [] }).way).toBe('formula');
  });

  it('departments come in the list’s order, named 「部门 · 上级」 unless renamed', () => {
    const state = run(
      start(),
      { type: 'toggle-department', id: 'd_product' },
      { type: 'toggle-department', id: 'd_sales' },
      { type: 'department-name', id: 'd_product', name: '产品 GMV' },
    );
    expect(choicesOf(state, departments, parent)).toEqual({
      way: 'departments',
      departments: [
        { departmentId: 'd_sales', name: '销售部 · GMV' },
        { departmentId: 'd_product', name: '产品 GMV' },
      ],
    });
    const unticked = run(state, { type: 'toggle-department', id: 'd_sales' });
    expect(choicesOf(unticked, departments, parent)).toMatchObject({
      departments: [{ departmentId: 'd_product' }],
    });
  });

  it('switching ways loses nothing typed', () => {
    let state = run(start(), { type: 'way', way: 'steps' });
    const [first] = state.steps;
    state = run(
      state,
      { type: 'row-name', list: 'steps', key: first!.key, name: '获客' },
      { type: 'way', way: 'formula' },
      { type: 'way', way: 'steps' },
    );
    expect(choicesOf(state, departments, parent)).toEqual({
      way: 'steps',
      steps: ['获客', ''],
      relation: 'aligned',
    });
  });

  it('pasted lines become rows; rows move and go', () => {
    let state = run(
      start(),
      { type: 'way', way: 'formula' },
      { type: 'formula', formula: 'parts' },
    );
    const [first, second] = state.parts;
    state = run(
      state,
      { type: 'paste-rows', list: 'parts', key: first!.key, lines: ['华东', ' 华南 ', '', '华北'] },
      { type: 'remove-row', list: 'parts', key: second!.key },
      { type: 'add-row', list: 'parts' },
    );
    expect(choicesOf(state, departments, parent)).toEqual({
      way: 'parts',
      parts: ['华东', '华南', '华北', ''],
    });
    state = run(state, { type: 'move-row', list: 'parts', key: state.parts[2]!.key, by: -1 });
    expect(state.parts.map((row) => row.name)).toEqual(['华东', '华北', '华南', '']);
    // Keys stay unique, so React keeps each input's focus.
    expect(new Set(state.parts.map((row) => row.key)).size).toBe(4);
  });

  it('a ratio always has its two rows', () => {
    const state = run(
      start(),
      { type: 'way', way: 'formula' },
      { type: 'formula', formula: 'ratio' },
      { type: 'add-row', list: 'ratio' },
    );
    expect(state.ratio).toHaveLength(2);
    expect(choicesOf(state, departments, parent)).toEqual({
      way: 'ratio',
      numerator: '',
      denominator: '',
    });
  });
});
