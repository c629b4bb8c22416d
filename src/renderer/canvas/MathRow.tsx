import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/workspace/schema';
import type { BoxMath } from '../math/box-math';
import { signed, signedPercent } from '../math/format-math';
import '../math/target-math.css';
import { formatValue } from './format';

/**
 * The box's math row (two lines, always: box-size.ts reserves them): first
 * whether the own target agrees with what the inputs imply — the gap badge,
 * coloured and worded, an icon beside the colour — then the implied value, or
 * the unit warning when a sum mixes units (its figure would mean nothing).
 */
export function MathRow({
  math,
  precision,
  locale,
}: {
  math: BoxMath;
  precision: number;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const show = (value: number) => formatValue(value, precision, locale);
  let status: string;
  let tone: string;
  switch (math.status) {
    case 'gap': {
      const difference = signed(math.difference, precision, locale);
      // Inputs below the own target: a gap (缺口); above it: over (超出).
      const word = math.difference < 0 ? 'gap' : 'over';
      status =
        math.percent === null
          ? t(`targetMath.box.${word}NoPercent`, { difference })
          : t(`targetMath.box.${word}`, {
              difference,
              percent: signedPercent(math.percent, locale),
            });
      // A shortfall is the warning; a surplus (or a range metric) is a note.
      tone = math.shortfall === false ? 'gap surplus' : 'gap';
      break;
    }
    case 'adds-up':
      status = t('targetMath.box.addsUp');
      tone = 'adds-up';
      break;
    case 'no-target':
      status = t('targetMath.box.noTarget');
      tone = 'note';
      break;
    case 'missing-inputs':
      status = t('targetMath.box.missingInputs', { count: math.count });
      tone = 'problem';
      break;
    case 'division-by-zero':
      status = t('targetMath.box.divisionByZero');
      tone = 'problem';
      break;
    default:
      status = t('targetMath.box.cannotCompute');
      tone = 'problem';
  }
  const implied =
    'implied' in math
      ? t('targetMath.box.implied', { value: show(math.implied) })
      : t('targetMath.box.impliedNone');
  return (
    <div className={`metric-math ${tone}`} data-testid="metric-math" data-status={math.status}>
      <div className="metric-math-status" data-testid="metric-math-status">
        {status}
      </div>
      <div
        className={`metric-math-implied${math.mixedUnits ? ' units' : ''}`}
        data-testid="metric-math-implied"
      >
        {math.mixedUnits ? t('targetMath.box.mixedUnits') : implied}
      </div>
    </div>
  );
}
