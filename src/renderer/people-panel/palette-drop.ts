import { applyOperations, type TreeOperation } from '../../shared/metrics/operations';
import type { TreeError } from '../../shared/metrics/tree';
import type { Workspace } from '../../shared/workspace/schema';
import type { StepLabel } from '../document/history';
import type { Text } from '../ui/ui-store';

/** What is dragged out of the people and departments panel. */
export type PaletteItem = { kind: 'person'; id: string } | { kind: 'department'; id: string };

/**
 * What letting go of a person or a department over a box does (pure; the
 * panel asks it on every pointer move, to say it over the box before the drop).
 *
 * - a person: becomes the owner; with Shift held, is added as a collaborator;
 * - a department: becomes the metric's department.
 *
 * The shared operations decide (assignments.ts): a refusal is said as they
 * say it, and an operation that would change nothing is "already so".
 */
export type PaletteDrop =
  | { kind: 'change'; label: StepLabel; operations: TreeOperation[]; caption: Text }
  /** Already so (the owner dropped as owner again): nothing to do, said over the box. */
  | { kind: 'same'; caption: Text }
  | { kind: 'refused'; error: TreeError; caption: Text };

export function paletteDrop(
  workspace: Workspace,
  item: PaletteItem,
  metricId: string,
  withShift: boolean,
): PaletteDrop {
  const { operation, label, change, same } = intent(workspace, item, metricId, withShift);
  const result = applyOperations(workspace, [operation]);
  if (!result.ok)
    return {
      kind: 'refused',
      error: result.error,
      caption: { key: `errors:tree.${result.error}` },
    };
  if (result.workspace === workspace) return { kind: 'same', caption: same };
  return { kind: 'change', label, operations: [operation], caption: change };
}

function intent(
  workspace: Workspace,
  item: PaletteItem,
  metricId: string,
  withShift: boolean,
): { operation: TreeOperation; label: StepLabel; change: Text; same: Text } {
  if (item.kind === 'department') {
    const name = workspace.departments.find((d) => d.id === item.id)?.name ?? '';
    return {
      operation: { kind: 'assign-department', id: metricId, departmentId: item.id },
      label: 'assignDepartment',
      change: { key: 'ui:peoplePanel.drop.department', params: { name } },
      same: { key: 'ui:peoplePanel.drop.alreadyDepartment', params: { name } },
    };
  }
  const name = workspace.people.find((p) => p.id === item.id)?.name ?? '';
  const params = { name };
  return withShift
    ? {
        operation: { kind: 'add-collaborator', id: metricId, personId: item.id },
        label: 'addCollaborator',
        change: { key: 'ui:peoplePanel.drop.collaborator', params },
        same: { key: 'ui:peoplePanel.drop.alreadyCollaborator', params },
      }
    : {
        operation: { kind: 'assign-owner', id: metricId, personId: item.id },
        label: 'assignOwner',
        change: { key: 'ui:peoplePanel.drop.owner', params },
        same: { key: 'ui:peoplePanel.drop.alreadyOwner', params },
      };
}
