import { useMemo, useReducer, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formulaInWords,
  previewSplit,
  relationOf,
  splitProblems,
} from '../../../shared/metrics/split-plan';
import { childLayer } from '../../../shared/metrics/tree';
import type { Metric, Workspace } from '../../../shared/workspace/schema';
import { departmentColours } from '../../canvas/department-colours';
import { createSplit } from '../../commands/split-commands';
import { useDocument, useStudio } from '../../shell/studio-context';
import type { SplitDialog, Text } from '../../ui/ui-store';
import { Dialog } from '../Dialog';
import { ChildRows, type ChildRow } from './ChildRows';
import { DepartmentPicker } from './DepartmentPicker';
import { problemText, treeErrorText } from './problem-text';
import { WayOptions } from './WayOptions';
import {
  activeList,
  choicesOf,
  initialWizard,
  pickedDepartments,
  rowsWithProblems,
  wizardReducer,
  type WizardState,
} from './wizard-state';
import './split-wizard.css';

/**
 * 拆解: split one metric into its children in one step, by department, by a
 * formula or by process steps. The preview is the list of children to be
 * created, names editable; Create makes them in one transaction (one undo
 * step) and closes; a refusal keeps the dialog and everything typed.
 */
export function SplitWizardView({
  spec,
  onAnswer,
}: {
  spec: SplitDialog;
  onAnswer(result: string | null): void;
}) {
  const workspace = useDocument((s) => s.workspace);
  const parent = workspace?.metrics.find((m) => m.id === spec.parentId);
  if (!workspace || !parent) return null;
  return <Wizard workspace={workspace} parent={parent} onAnswer={onAnswer} />;
}

function Wizard({
  workspace,
  parent,
  onAnswer,
}: {
  workspace: Workspace;
  parent: Metric;
  onAnswer(result: string | null): void;
}) {
  const { t } = useTranslation();
  const studio = useStudio();
  const [state, dispatch] = useReducer(wizardReducer, undefined, () =>
    initialWizard({
      hasDepartments: workspace.departments.length > 0,
      productTemplate: [
        t('splitWizard.template.visitors'),
        t('splitWizard.template.conversion'),
        t('splitWizard.template.orderValue'),
      ],
    }),
  );
  const [failure, setFailure] = useState<Text | null>(null);

  const { departments } = workspace;
  const colours = departmentColours(departments);
  const choices = useMemo(
    () => choicesOf(state, departments, parent),
    [state, departments, parent],
  );
  const drafts = useMemo(() => previewSplit(parent, choices), [parent, choices]);
  const problems = useMemo(
    () => splitProblems(workspace, parent, choices),
    [workspace, parent, choices],
  );
  const shownProblems = state.tried ? problems : [];
  const invalidRows = rowsWithProblems(shownProblems);
  const existing = workspace.metrics.filter((m) => m.parentId === parent.id).length;

  const create = (event: FormEvent) => {
    event.preventDefault();
    dispatch({ type: 'tried' });
    if (problems.length > 0) return;
    const result = createSplit(studio, parent.id, choices);
    if (result.ok) onAnswer('created');
    else if ('error' in result) setFailure(treeErrorText(result.error));
  };

  const rows = previewRows(state, dispatch, drafts, invalidRows, parent, workspace, t);
  const list = activeList(state);
  const relation = relationOf(choices);
  const formula = formulaInWords(choices, drafts) ?? '';
  const layer = childLayer(parent);

  return (
    <Dialog
      title={t('splitWizard.title', { name: parent.name })}
      testId="split-wizard"
      onCancel={() => onAnswer(null)}
      initialFocus="input[name='split-way']:checked"
      wide
    >
      <form className="split-wizard" onSubmit={create} noValidate>
        <WayOptions state={state} dispatch={dispatch} hasDepartments={departments.length > 0} />

        {state.way === 'departments' && (
          <DepartmentPicker
            departments={departments}
            colours={colours}
            picked={state.picked}
            invalid={shownProblems.some((p) => p.kind === 'no-department')}
            onToggle={(id) => dispatch({ type: 'toggle-department', id })}
          />
        )}

        <section className="split-preview" aria-labelledby="split-preview-title">
          <h3 id="split-preview-title">
            {t('splitWizard.preview', { count: drafts.length, layer: t(`layers.${layer}`) })}
          </h3>
          {rows.length > 0 ? (
            <ChildRows rows={rows} />
          ) : (
            <p className="split-empty">{t('splitWizard.previewEmpty')}</p>
          )}
          {list !== null && list !== 'ratio' && (
            <div className="split-add">
              <button
                type="button"
                data-testid="split-add-row"
                onClick={() => dispatch({ type: 'add-row', list })}
              >
                {t(`splitWizard.add.${list === 'factors' ? 'product' : list}`)}
              </button>
              <span className="dialog-hint">{t('splitWizard.pasteHint')}</span>
            </div>
          )}
          <p className="split-relation" data-testid="split-relation">
            {t(`splitWizard.relation.${relation}`, { name: parent.name, formula })}
          </p>
          {existing > 0 && (
            <p className="dialog-hint">
              {t('splitWizard.existing', { name: parent.name, count: existing })}
            </p>
          )}
        </section>

        {(shownProblems.length > 0 || failure) && (
          <ul className="split-problems" role="alert" data-testid="split-problems">
            {shownProblems.map((problem, index) => {
              const text = problemText(problem, parent.name);
              return <li key={index}>{t(text.key, text.params)}</li>;
            })}
            {failure && <li>{t(failure.key, failure.params)}</li>}
          </ul>
        )}

        <div className="dialog-buttons">
          <button type="submit" className="primary" data-testid="split-create">
            {drafts.length > 0
              ? t('splitWizard.create', { count: drafts.length })
              : t('splitWizard.createEmpty')}
          </button>
          <button type="button" data-testid="split-cancel" onClick={() => onAnswer(null)}>
            {t('dialogs.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The preview's rows for the way on screen, each wired to its own edit. */
function previewRows(
  state: WizardState,
  dispatch: (action: Parameters<typeof wizardReducer>[1]) => void,
  drafts: ReturnType<typeof previewSplit>,
  invalidRows: ReadonlySet<number>,
  parent: Metric,
  workspace: Workspace,
  t: (key: string) => string,
): ChildRow[] {
  const list = activeList(state);
  if (list === null) {
    const colours = departmentColours(workspace.departments);
    return pickedDepartments(state, workspace.departments, parent).map(({ department }, index) => ({
      key: department.id,
      draft: drafts[index]!,
      placeholder: t('splitWizard.placeholder.department'),
      department: { name: department.name, colour: colours.get(department.id) },
      invalid: invalidRows.has(index),
      onName: (name) => dispatch({ type: 'department-name', id: department.id, name }),
    }));
  }
  const placeholders = {
    factors: ['factor'],
    ratio: ['numerator', 'denominator'],
    parts: ['part'],
    steps: ['step'],
  }[list];
  return state[list].map((row, index) => ({
    key: row.key,
    draft: drafts[index]!,
    placeholder: t(`splitWizard.placeholder.${placeholders[index] ?? placeholders[0]!}`),
    invalid: invalidRows.has(index),
    onName: (name) => dispatch({ type: 'row-name', list, key: row.key, name }),
    ...(list === 'ratio'
      ? {}
      : {
          onPasteLines: (lines: string[]) =>
            dispatch({ type: 'paste-rows', list, key: row.key, lines }),
          onRemove: () => dispatch({ type: 'remove-row', list, key: row.key }),
          ...(list === 'steps'
            ? { onMove: (by: -1 | 1) => dispatch({ type: 'move-row', list, key: row.key, by }) }
            : {}),
        }),
  }));
}
