import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/workspace/schema';
import type { DepartmentColour } from '../../canvas/department-colours';
import { departmentsInTreeOrder } from '../../inspector/DepartmentField';

/**
 * The departments to split by, as check boxes in the department tree's order
 * (sub-departments indented), each with the colour its boxes will carry.
 */
export function DepartmentPicker({
  departments,
  colours,
  picked,
  invalid,
  onToggle,
}: {
  departments: readonly Department[];
  colours: ReadonlyMap<string, DepartmentColour>;
  picked: readonly string[];
  invalid: boolean;
  onToggle(id: string): void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset
      className={`split-departments${invalid ? ' invalid' : ''}`}
      data-testid="split-departments"
    >
      <legend>{t('splitWizard.departments')}</legend>
      <div className="split-department-groups">
        {groupsOf(departments).map((group) => (
          <div key={group[0]!.id} className="split-department-group">
            {group.map((department, index) => {
              const colour = colours.get(department.id);
              return (
                <label key={department.id} className={`split-department${index > 0 ? ' sub' : ''}`}>
                  <input
                    type="checkbox"
                    checked={picked.includes(department.id)}
                    onChange={() => onToggle(department.id)}
                  />
                  <span
                    className={`split-swatch${colour ? '' : ' neutral'}`}
                    style={colour ? { background: colour.fill } : undefined}
                    aria-hidden="true"
                  />
                  <span>{department.name}</span>
                </label>
              );
            })}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The departments in tree order, grouped by division: a division with the
 * departments below it (销售部 with its regions) stays together on one line,
 * so that a region is never read as a department of its own. When one
 * department holds all the others (the company), its children are the
 * divisions and it stands alone.
 */
export function groupsOf(departments: readonly Department[]): Department[][] {
  const ordered = departmentsInTreeOrder(departments);
  const roots = ordered.filter(({ depth }) => depth === 0);
  const divisionDepth = roots.length === 1 && ordered.length > 1 ? 1 : 0;
  const groups: Department[][] = [];
  for (const { department, depth } of ordered) {
    const current = groups.at(-1);
    if (depth <= divisionDepth || !current) groups.push([department]);
    else current.push(department);
  }
  return groups;
}
