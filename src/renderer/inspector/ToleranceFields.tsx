import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../shared/workspace/schema';
import { setGapTolerance } from '../commands/target-math-commands';
import { useStudio } from '../shell/studio-context';
import { DraftField, type Validation } from './DraftField';
import { parseAmount } from './field-parsers';
import { numberToInput } from './parse-number';

/** A tolerance part as typed: a number, never empty (empty would mean "no rule"), in range. */
const parsePart =
  (max: number | null) =>
  (text: string): Validation<number> => {
    const parsed = parseAmount(text);
    if (!parsed.ok) return parsed;
    const value = parsed.value ?? Number.NaN;
    if (!Number.isFinite(value) || value < 0 || (max !== null && value > max))
      return {
        ok: false,
        message: {
          key:
            max === null
              ? 'ui:targetMath.tolerance.negative'
              : 'ui:targetMath.tolerance.outOfRange',
        },
      };
    return { ok: true, value };
  };

const parsePercent = parsePart(100);
const parseAbsolute = parsePart(null);

/**
 * The gap tolerance (缺口容差) where the room reads whether a target adds up:
 * under the implied values of any metric. It is the workspace's, not the
 * metric's; the title says so, since a change here changes every box.
 */
export function ToleranceFields({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const tolerance = workspace.settings.gapTolerance;
  const backToCanvas = useCallback(() => studio.ui.getState().requestFocus('canvas'), [studio]);
  return (
    <div className="tolerance-fields" data-testid="tolerance-fields">
      <h4>{t('targetMath.tolerance.title')}</h4>
      <p className="field-hint">{t('targetMath.tolerance.hint')}</p>
      <DraftField
        label={t('targetMath.tolerance.percent')}
        value={numberToInput(tolerance.percent)}
        parse={parsePercent}
        onCommit={(percent) => setGapTolerance(studio, { ...tolerance, percent })}
        testId="tolerance-percent"
        inputMode="decimal"
        suffix="%"
        onLeave={backToCanvas}
      />
      <DraftField
        label={t('targetMath.tolerance.absolute')}
        value={numberToInput(tolerance.absolute)}
        parse={parseAbsolute}
        onCommit={(absolute) => setGapTolerance(studio, { ...tolerance, absolute })}
        testId="tolerance-absolute"
        inputMode="decimal"
        onLeave={backToCanvas}
      />
    </div>
  );
}
