import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, Workspace } from '../../shared/workspace/schema';

/**
 * 所属部门: the department a metric belongs to, from the workspace's
 * department tree (sub-departments indented under theirs). Choosing commits,
 * one undo step.
 */
export function DepartmentField({
  departmentId,
  workspace,
  onChange,
}: {
  departmentId: string | null;
  workspace: Workspace;
  onChange(departmentId: string | null): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('inspector.department')}</label>
      <div className="field-input">
        <select
          id={id}
          data-testid="field-department"
          value={departmentId ?? ''}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">{t('inspector.noDepartment')}</option>
          {departmentsInTreeOrder(workspace.departments).map(({ department, depth }) => (
            <option key={department.id} value={department.id}>
              {'\u3000'.repeat(depth)}
              {department.name}
            </option>
          ))}
        </select>
      </div>
      {workspace.departments.length === 0 && (
        <p className="field-hint">{t('inspector.noDepartments')}</p>
      )}
    </div>
  );
}

/** Depth-first, each department after its parent, siblings in list order; a broken parent link counts as a root. */
export function departmentsInTreeOrder(
  departments: readonly Department[],
): Array<{ department: Department; depth: number }> {
  const known = new Set(departments.map((d) => d.id));
  const children = new Map<string | null, Department[]>();
  for (const department of departments) {
    const parent =
      department.parentId !== null && known.has(department.parentId) ? department.parentId : null;
    const list = children.get(parent);
    if (list) list.push(department);
    else children.set(parent, [department]);
  }
  const ordered: Array<{ department: Department; depth: number }> = [];
  const seen = new Set<string>();
  const stack: Array<{ department: Department; depth: number }> = (children.get(null) ?? [])
    .map((department) => ({ department, depth: 0 }))
    .reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next.department.id)) continue;
    seen.add(next.department.id);
    ordered.push(next);
    const below = children.get(next.department.id) ?? [];
    for (let i = below.length - 1; i >= 0; i--)
      stack.push({ department: below[i]!, depth: next.depth + 1 });
  }
  // Departments caught in a parent loop have no root to hang from: list them last.
  for (const department of departments)
    if (!seen.has(department.id)) ordered.push({ department, depth: 0 });
  return ordered;
}
