import { useTranslation } from 'react-i18next';
import type { RollUp } from '../../shared/math/roll-up';
import { sensitivity } from '../../shared/math/sensitivity';
import type { Metric } from '../../shared/workspace/schema';
import { signedPercent } from '../math/format-math';
import { useUi } from '../shell/studio-context';
import { nameIn } from './math-text';

/** Widest bar, in px: the biggest lever. */
const BAR = 60;

/**
 * Which input moves the metric most (杠杆): the metric's change when each
 * input moves +1 %, biggest first, with a bar for the room to compare at a
 * glance. Only for a product, ratio or formula (a sum moves by shares).
 */
export function SensitivityList({ metric, rollUp }: { metric: Metric; rollUp: RollUp }) {
  const { t } = useTranslation();
  const locale = useUi((s) => s.locale);
  const result = sensitivity(rollUp, metric.id);
  if (!result.ok) return null;
  const nameOf = nameIn(rollUp);
  const largest = Math.max(...result.levers.map((lever) => Math.abs(lever.percent ?? 0)), 1e-12);
  return (
    <div>
      <h3>{t('targetMath.sensitivity')}</h3>
      <ol className="lever-list" data-testid="sensitivity">
        {result.levers.map((lever) => (
          <li key={lever.id} data-testid="lever">
            <span>{nameOf(lever.id)}</span>
            <span>
              {lever.percent !== null && (
                <span
                  className="lever-bar"
                  aria-hidden="true"
                  style={{ width: Math.max(2, (Math.abs(lever.percent) / largest) * BAR) }}
                />
              )}
              {lever.percent === null
                ? t('targetMath.sensitivityNone')
                : signedPercent(lever.percent, locale, 2)}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
