import { describe, expect, it } from 'vitest';
import { deepFreeze, smallWorkspace } from '../../../test/unit/fixtures/workspaces';
import type { Workspace } from '../workspace/schema';
import { addCollaborator, assignDepartment, assignOwner, removeCollaborator } from './assignments';

const metricOf = (workspace: Workspace, id: string) => workspace.metrics.find((m) => m.id === id)!;
const ok = (result: { ok: true; workspace: Workspace } | { ok: false; error: string }) => {
  if (!result.ok) throw new Error(result.error);
  return result.workspace;
};

describe('owner, collaborators and department', () => {
  it('a new owner replaces the old one; a collaborator made owner leaves the collaborators', () => {
    const workspace = deepFreeze(smallWorkspace());
    // m_conversion: owner p_li, collaborator p_wang.
    const after = ok(assignOwner(workspace, 'm_conversion', 'p_wang'));
    expect(metricOf(after, 'm_conversion')).toMatchObject({
      ownerId: 'p_wang',
      collaboratorIds: [],
    });
    expect(ok(assignOwner(workspace, 'm_conversion', 'p_li'))).toBe(workspace);
    expect(assignOwner(workspace, 'm_conversion', 'p_nobody')).toEqual({
      ok: false,
      error: 'unknown-person',
    });
  });

  it('adds a collaborator once, never the owner, and removes one', () => {
    const workspace = deepFreeze(smallWorkspace());
    const added = ok(addCollaborator(workspace, 'm_sales', 'p_li'));
    expect(metricOf(added, 'm_sales').collaboratorIds).toEqual(['p_li']);
    expect(ok(addCollaborator(added, 'm_sales', 'p_li'))).toBe(added);
    expect(addCollaborator(workspace, 'm_sales', 'p_wang')).toEqual({
      ok: false,
      error: 'collaborator-is-owner',
    });
    const removed = ok(removeCollaborator(added, 'm_sales', 'p_li'));
    expect(metricOf(removed, 'm_sales').collaboratorIds).toEqual([]);
    expect(ok(removeCollaborator(removed, 'm_sales', 'p_li'))).toBe(removed);
  });

  it('sets a department, never on the North Star, never an unknown one', () => {
    const workspace = deepFreeze(smallWorkspace());
    const after = ok(assignDepartment(workspace, 'm_east', 'd_sales'));
    expect(metricOf(after, 'm_east').departmentId).toBe('d_sales');
    expect(assignDepartment(workspace, 'm_ns', 'd_sales')).toEqual({
      ok: false,
      error: 'north-star-has-no-department',
    });
    expect(assignDepartment(workspace, 'm_east', 'd_gone')).toEqual({
      ok: false,
      error: 'unknown-department',
    });
    expect(assignDepartment(workspace, 'nowhere', null)).toEqual({
      ok: false,
      error: 'unknown-metric',
    });
  });
});
