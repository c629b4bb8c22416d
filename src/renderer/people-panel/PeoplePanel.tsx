import { useMemo, type MouseEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, Person, Position } from '../../shared/workspace/schema';
import { departmentColours } from '../canvas/department-colours';
import { shownWorkspace } from '../document/document-store';
import { departmentsInTreeOrder } from '../inspector/DepartmentField';
import { useDocument, useStudio, useUi } from '../shell/studio-context';
import { PaletteDragLayer } from './PaletteDragLayer';
import { usePaletteDrag } from './use-palette-drag';
import './people-panel.css';

const EMPTY: never[] = [];

/**
 * 人员与部门: the workspace's departments (in their canvas colour) and people,
 * left of the canvas. Each is dragged onto a box: a person becomes its owner
 * (with Shift, a collaborator), a department its department
 * (use-palette-drag.ts). Opened and closed from the toolbar and Ctrl+Shift+P.
 */
export function PeoplePanel() {
  const { t } = useTranslation();
  const studio = useStudio();
  const open = useUi((s) => s.peoplePanelOpen);
  // The lists only: an edit of a metric leaves these arrays as they were, and the panel alone.
  const departments = useDocument((s) => shownWorkspace(s)?.departments ?? EMPTY);
  const people = useDocument((s) => shownWorkspace(s)?.people ?? EMPTY);
  const positions = useDocument((s) => shownWorkspace(s)?.positions ?? EMPTY);
  const drag = usePaletteDrag(studio);
  const colours = useMemo(() => departmentColours(departments), [departments]);
  const ordered = useMemo(() => departmentsInTreeOrder(departments), [departments]);
  const names = useMemo(() => new Map(departments.map((d) => [d.id, d.name])), [departments]);
  const positionNames = useMemo(() => new Map(positions.map((p) => [p.id, p.name])), [positions]);
  if (!open) return null;

  return (
    <aside className="people-panel" aria-label={t('peoplePanel.label')} data-testid="people-panel">
      <div className="people-panel-head">
        <h2>{t('peoplePanel.label')}</h2>
        <button
          type="button"
          className="people-panel-close"
          aria-label={t('peoplePanel.close')}
          title={t('peoplePanel.toggleTitle', { keys: 'Ctrl+Shift+P' })}
          onClick={() => studio.ui.getState().togglePeoplePanel()}
        >
          ×
        </button>
      </div>
      <p className="people-panel-hint" data-testid="people-panel-hint">
        {t('peoplePanel.hint')}
      </p>
      <h3>{t('peoplePanel.departments')}</h3>
      {ordered.length === 0 && (
        <p className="people-panel-empty">{t('peoplePanel.noDepartments')}</p>
      )}
      <ul className="palette-list">
        {ordered.map(({ department, depth }) => (
          <DepartmentRow
            key={department.id}
            department={department}
            depth={depth}
            colour={colours.get(department.id)?.fill ?? null}
            onPointerDown={(event) =>
              drag.onPointerDown({ kind: 'department', id: department.id }, department.name, event)
            }
          />
        ))}
      </ul>
      <h3>{t('peoplePanel.people')}</h3>
      {people.length === 0 && <p className="people-panel-empty">{t('peoplePanel.noPeople')}</p>}
      <ul className="palette-list">
        {people.map((person) => (
          <PersonRow
            key={person.id}
            person={person}
            department={person.departmentId ? (names.get(person.departmentId) ?? '') : ''}
            position={positionOf(person, positionNames) ?? t('peoplePanel.noPosition')}
            onPointerDown={(event) =>
              drag.onPointerDown({ kind: 'person', id: person.id }, person.name, event)
            }
          />
        ))}
      </ul>
      {drag.view && <PaletteDragLayer view={drag.view} />}
    </aside>
  );
}

type Press = (event: PointerEvent<HTMLElement>) => void;
/** A press starts a drag, never a text selection across the page. */
const preventSelection = (event: MouseEvent) => event.preventDefault();

function DepartmentRow({
  department,
  depth,
  colour,
  onPointerDown,
}: {
  department: Department;
  depth: number;
  colour: string | null;
  onPointerDown: Press;
}) {
  return (
    <li
      className="palette-item department"
      data-testid="palette-department"
      data-name={department.name}
      style={{ marginLeft: depth * 14 }}
      onPointerDown={onPointerDown}
      onMouseDown={preventSelection}
    >
      <span
        className="swatch"
        style={colour ? { background: colour } : undefined}
        aria-hidden="true"
      />
      <span className="palette-name">{department.name}</span>
    </li>
  );
}

function PersonRow({
  person,
  department,
  position,
  onPointerDown,
}: {
  person: Person;
  department: string;
  position: string;
  onPointerDown: Press;
}) {
  return (
    <li
      className="palette-item person"
      data-testid="palette-person"
      data-name={person.name}
      onPointerDown={onPointerDown}
      onMouseDown={preventSelection}
    >
      <span className="palette-name">{person.name}</span>
      <span className="palette-detail">
        {department ? `${department} · ${position}` : position}
      </span>
    </li>
  );
}

function positionOf(person: Person, names: ReadonlyMap<Position['id'], string>): string | null {
  return person.positionId ? (names.get(person.positionId) ?? null) : null;
}
