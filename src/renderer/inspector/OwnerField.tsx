import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, Workspace } from '../../shared/workspace/schema';

/** Owner (责任人): one of the workspace's people, grouped by department. Choosing commits. */
export function OwnerField({
  ownerId,
  workspace,
  onChange,
}: {
  ownerId: string | null;
  workspace: Workspace;
  onChange(ownerId: string | null): void;
}) {
  const { t } = useTranslation();
  const id = useId();

  return (
    <div className="field">
      <label htmlFor={id}>{t('inspector.owner')}</label>
      <div className="field-input">
        <select
          id={id}
          data-testid="field-owner"
          value={ownerId ?? ''}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">{t('inspector.noOwner')}</option>
          <PeopleOptions workspace={workspace} />
        </select>
      </div>
      {workspace.people.length === 0 && <p className="field-hint">{t('inspector.noPeople')}</p>}
    </div>
  );
}

/** The workspace's people (but `except`) as options of a <select>, under their departments. */
export function PeopleOptions({
  workspace,
  except = new Set(),
}: {
  workspace: Workspace;
  except?: ReadonlySet<string | null>;
}) {
  const shown = workspace.people.filter((p) => !except.has(p.id));
  return groupByDepartment({ ...workspace, people: shown }).map(({ label, people }) =>
    label === null ? (
      // No department: at the top level, not under a made-up heading.
      people.map((person) => (
        <option key={person.id} value={person.id}>
          {person.name}
        </option>
      ))
    ) : (
      <optgroup key={label} label={label}>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </optgroup>
    ),
  );
}

export function groupByDepartment(
  workspace: Workspace,
): Array<{ label: string | null; people: Person[] }> {
  const names = new Map(workspace.departments.map((d) => [d.id, d.name]));
  const groups = new Map<string | null, Person[]>();
  for (const person of workspace.people) {
    const label = person.departmentId ? (names.get(person.departmentId) ?? null) : null;
    const group = groups.get(label);
    if (group) group.push(person);
    else groups.set(label, [person]);
  }
  return [...groups].map(([label, people]) => ({ label, people }));
}
