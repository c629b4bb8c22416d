import { useTranslation } from 'react-i18next';
import { rollUpDiagnosticMessage, unitCheckMessages } from '../../shared/math/messages';
import type { Implied } from '../../shared/math/relation';
import type { RollUp } from '../../shared/math/roll-up';
import type { Metric } from '../../shared/workspace/schema';
import { formatValue, withUnit } from '../canvas/format';
import { signed, signedPercent } from '../math/format-math';
import { useUi } from '../shell/studio-context';
import { nameIn, useMathText } from './math-text';

/**
 * What the inputs imply for the metric's target and baseline, its own target
 * and the gap between them, and why a figure is missing (inputs without a
 * target, a division by zero) or does not add up (units).
 */
export function ImpliedValues({ metric, rollUp }: { metric: Metric; rollUp: RollUp }) {
  const { t } = useTranslation();
  const mathText = useMathText();
  const locale = useUi((s) => s.locale);
  const math = rollUp.of(metric.id);
  if (!math?.implied) return null;
  const { unit, precision } = metric.definition;
  const show = (value: number) => withUnit(formatValue(value, precision, locale), unit);
  const figure = (implied: Implied) => (implied.ok ? show(implied.value) : '—');
  const nameOf = nameIn(rollUp);
  const diagnostics = [math.implied.target, math.implied.baseline].flatMap((implied) =>
    implied.ok ? [] : [mathText(rollUpDiagnosticMessage(implied.diagnostic, nameOf))],
  );
  const messages = [
    ...new Set([
      ...diagnostics,
      ...(math.units ? unitCheckMessages(math.units, nameOf).map(mathText) : []),
    ]),
  ];
  const { gap } = math;
  const tolerance = rollUp.gapTolerance;
  return (
    <div data-testid="implied-values">
      <dl className="math-figures">
        <dt>{t('targetMath.impliedTarget')}</dt>
        <dd data-testid="implied-target">{figure(math.implied.target)}</dd>
        <dt>{t('targetMath.impliedBaseline')}</dt>
        <dd data-testid="implied-baseline">{figure(math.implied.baseline)}</dd>
        <dt>{t('targetMath.ownTarget')}</dt>
        <dd>{metric.target === null ? '—' : show(metric.target)}</dd>
        {gap && (
          <>
            <dt>{t('targetMath.gap')}</dt>
            <dd className="math-gap" data-testid="implied-gap">
              {withUnit(signed(-gap.absolute, precision, locale), unit)}
              {gap.target !== 0 &&
                ` (${signedPercent((-gap.absolute / Math.abs(gap.target)) * 100, locale)})`}
            </dd>
          </>
        )}
      </dl>
      {!gap && metric.target !== null && math.implied.target.ok && (
        <p className="math-ok" data-testid="implied-adds-up">
          ✓{' '}
          {t('targetMath.addsUp', {
            percent: tolerance.percent,
            absolute: formatValue(tolerance.absolute, precision, locale),
          })}
        </p>
      )}
      {metric.target === null && <p className="field-hint">{t('targetMath.noOwnTarget')}</p>}
      {messages.map((message) => (
        <p key={message} className="math-message" data-testid="math-message">
          {message}
        </p>
      ))}
    </div>
  );
}
