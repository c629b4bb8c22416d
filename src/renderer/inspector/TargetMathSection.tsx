import { useTranslation } from 'react-i18next';
import type { Metric, Workspace } from '../../shared/workspace/schema';
import '../math/target-math.css';
import { rollUpCache } from '../math/roll-up-cache';
import { ImpliedValues } from './ImpliedValues';
import { RelationSection } from './RelationSection';
import { SensitivityList } from './SensitivityList';
import { SplitDownSection } from './SplitDownSection';
import { ToleranceFields } from './ToleranceFields';

/**
 * The inspector's target math for a metric with inputs: how it relates to
 * them, what they imply and the gap, which lever matters most, and the
 * split-down of its target. Reads the same cached roll-up as the canvas.
 */
export function TargetMathSection({ metric, workspace }: { metric: Metric; workspace: Workspace }) {
  const { t } = useTranslation();
  const hasInputs = workspace.metrics.some(
    (m) => m.parentId === metric.id || m.crossParentIds.includes(metric.id),
  );
  if (!hasInputs) return null;
  const rollUp = rollUpCache.of(workspace);
  const computes = metric.decomposition !== 'aligned';
  return (
    <section className="target-math" data-testid="target-math" aria-label={t('targetMath.title')}>
      <h3>{t('targetMath.title')}</h3>
      <RelationSection metric={metric} workspace={workspace} rollUp={rollUp} />
      {computes && <ImpliedValues metric={metric} rollUp={rollUp} />}
      {(metric.decomposition === 'product' ||
        metric.decomposition === 'ratio' ||
        metric.decomposition === 'formula') && <SensitivityList metric={metric} rollUp={rollUp} />}
      {computes && <SplitDownSection metric={metric} workspace={workspace} rollUp={rollUp} />}
      {computes && <ToleranceFields workspace={workspace} />}
    </section>
  );
}
