import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metric, Workspace } from '../../shared/workspace/schema';
import { addCollaborator, removeCollaborator } from '../commands/people-commands';
import { useStudio } from '../shell/studio-context';
import { PeopleOptions } from './OwnerField';
import { RemovableChip } from './RemovableChip';
import './people-fields.css';

/**
 * 协作人: the people who share a metric with its owner. Listed by name with
 * their department, each removable; added from a picker of the others
 * (never the owner: a person is one or the other). One undo step each.
 */
export function CollaboratorsField({
  metric,
  workspace,
}: {
  metric: Metric;
  workspace: Workspace;
}) {
  const { t } = useTranslation();
  const studio = useStudio();
  const id = useId();
  const people = new Map(workspace.people.map((p) => [p.id, p]));
  const departments = new Map(workspace.departments.map((d) => [d.id, d.name]));
  const taken = new Set([metric.ownerId, ...metric.collaboratorIds]);

  return (
    <div className="field" data-testid="field-collaborators">
      <label htmlFor={id}>{t('peoplePanel.collaborators')}</label>
      {metric.collaboratorIds.length === 0 ? (
        <p className="field-hint">{t('peoplePanel.noCollaborators')}</p>
      ) : (
        <ul className="chip-list">
          {metric.collaboratorIds.map((personId) => {
            const person = people.get(personId);
            const name = person?.name ?? personId;
            const department = person?.departmentId ? departments.get(person.departmentId) : null;
            return (
              <RemovableChip
                key={personId}
                name={name}
                detail={department}
                testId="collaborator"
                removeTestId="remove-collaborator"
                removeLabel={t('peoplePanel.removeCollaborator', { name })}
                onRemove={() => removeCollaborator(studio, metric.id, personId)}
              />
            );
          })}
        </ul>
      )}
      <div className="field-input">
        <select
          id={id}
          data-testid="add-collaborator"
          value=""
          onChange={(event) => {
            if (event.target.value) addCollaborator(studio, metric.id, event.target.value);
          }}
        >
          <option value="">{t('peoplePanel.addCollaborator')}</option>
          <PeopleOptions workspace={workspace} except={taken} />
        </select>
      </div>
    </div>
  );
}
