import { describe, expect, it } from 'vitest';
import type { Department } from '../../shared/workspace/schema';
import { departmentsInTreeOrder } from './DepartmentField';

const department = (id: string, parentId: string | null): Department => ({
  id,
  name: id,
  parentId,
  color: null,
});

describe('departments in tree order', () => {
  it('puts each department after its parent, indented, siblings in list order', () => {
    const order = departmentsInTreeOrder([
      department('east', 'sales'),
      department('sales', null),
      department('product', null),
      department('west', 'sales'),
      department('checkout', 'product'),
    ]);
    expect(order.map(({ department: d, depth }) => `${depth}:${d.id}`)).toEqual([
      '0:sales',
      '1:east',
      '1:west',
      '0:product',
      '1:checkout',
    ]);
  });

  it('lists every department once, also with a missing parent or a loop', () => {
    const order = departmentsInTreeOrder([
      department('orphan', 'gone'),
      department('a', 'b'),
      department('b', 'a'),
    ]);
    expect(order.map(({ department: d }) => d.id).sort()).toEqual(['a', 'b', 'orphan']);
  });
});
