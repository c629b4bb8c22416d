import { describe, expect, it } from 'vitest';
import type { Department } from '../../../shared/workspace/schema';
import { groupsOf } from './DepartmentPicker';

const department = (id: string, parentId: string | null = null): Department => ({
  id,
  name: id,
  parentId,
  color: null,
});
const ids = (groups: Department[][]) => groups.map((group) => group.map((d) => d.id));

describe('groupsOf', () => {
  it('keeps a division with its regions; the company that holds them all stands alone', () => {
    const departments = [
      department('company'),
      department('sales', 'company'),
      department('product', 'company'),
      department('east', 'sales'),
      department('south', 'sales'),
    ];
    expect(ids(groupsOf(departments))).toEqual([
      ['company'],
      ['sales', 'east', 'south'],
      ['product'],
    ]);
  });

  it('without a company, the top-level departments are the divisions', () => {
    const departments = [department('sales'), department('east', 'sales'), department('rnd')];
    expect(ids(groupsOf(departments))).toEqual([['sales', 'east'], ['rnd']]);
    expect(ids(groupsOf([department('solo')]))).toEqual([['solo']]);
  });
});
