import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { crossInputsOf, linkCandidates } from '../../shared/metrics/cross-links';
import type { Metric, Workspace } from '../../shared/workspace/schema';
import { linkMetric, unlinkMetric } from '../commands/people-commands';
import { useStudio } from '../shell/studio-context';
import { RemovableChip } from './RemovableChip';
import './people-fields.css';

/**
 * 另计入 (交叉绑定): the further parents this metric also feeds, each
 * removable, and a picker of the metrics it could also feed — only those
 * that would not make a loop (shared/metrics/cross-links.ts). Below, the
 * metrics that also feed this one, so the link is found from either end.
 */
export function CrossLinksField({ metric, workspace }: { metric: Metric; workspace: Workspace }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const id = useId();
  const isNorthStar = metric.parentId === null;
  // One pass over the tree per document change, not per render of a keystroke elsewhere.
  const candidates = useMemo(
    () => (isNorthStar ? [] : linkCandidates(workspace, metric.id)),
    [workspace, metric.id, isNorthStar],
  );
  const fedBy = useMemo(() => crossInputsOf(workspace, metric.id), [workspace, metric.id]);
  const byId = new Map(workspace.metrics.map((m) => [m.id, m]));
  const departments = new Map(workspace.departments.map((d) => [d.id, d.name]));
  const nameOf = (m: Metric | undefined) => m?.name || t('metric.unnamed');
  const labelOf = (m: Metric) => {
    const department = m.departmentId ? departments.get(m.departmentId) : null;
    return department ? `${nameOf(m)} · ${department}` : nameOf(m);
  };

  return (
    <div className="field" data-testid="field-cross-links">
      {!isNorthStar && (
        <>
          <label htmlFor={id}>{t('peoplePanel.crossLinks')}</label>
          {metric.crossParentIds.length === 0 ? (
            <p className="field-hint">{t('peoplePanel.noCrossLinks')}</p>
          ) : (
            <ul className="chip-list">
              {metric.crossParentIds.map((parentId) => {
                const name = nameOf(byId.get(parentId));
                return (
                  <RemovableChip
                    key={parentId}
                    name={name}
                    cross
                    testId="cross-link"
                    removeTestId="remove-cross-link"
                    removeLabel={t('peoplePanel.removeCrossLink', { name })}
                    onRemove={() => unlinkMetric(studio, metric.id, parentId)}
                  />
                );
              })}
            </ul>
          )}
          <div className="field-input">
            <select
              id={id}
              data-testid="add-cross-link"
              value=""
              onChange={(event) => {
                if (event.target.value) linkMetric(studio, metric.id, event.target.value);
              }}
            >
              <option value="">{t('peoplePanel.addCrossLink')}</option>
              {candidates.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {labelOf(candidate)}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      {fedBy.length > 0 && (
        <>
          <p className="field-subhead">{t('peoplePanel.fedBy')}</p>
          <ul className="chip-list">
            {fedBy.map((input) => (
              <RemovableChip
                key={input.id}
                name={nameOf(input)}
                cross
                testId="fed-by"
                removeLabel={t('peoplePanel.removeCrossLink', { name: nameOf(input) })}
                onRemove={() => unlinkMetric(studio, input.id, metric.id)}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
