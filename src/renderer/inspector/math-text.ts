import { useTranslation } from 'react-i18next';
import type { MathMessage, NameOf } from '../../shared/math/messages';
import type { RollUp } from '../../shared/math/roll-up';
import type { Metric, Workspace } from '../../shared/workspace/schema';

/** A math message (shared/math/messages.ts) as a sentence in the user's language. */
export function useMathText(): (message: MathMessage) => string {
  const { t } = useTranslation();
  return (message) => t(message.key, message.params as Record<string, unknown>);
}

/** A metric's name for a message (unnamed metrics keep their id). */
export const nameIn =
  (rollUp: RollUp): NameOf =>
  (id) =>
    rollUp.metric(id)?.name || id;

/** The metric's inputs in the file's order (the roll-up lists them in arrival order). */
export function inputsInFileOrder(rollUp: RollUp, workspace: Workspace, id: string): Metric[] {
  const inputs = new Set(rollUp.inputsOf(id));
  return workspace.metrics.filter((metric) => inputs.has(metric.id));
}

/** What each target-math section of the inspector is given. */
export interface MathSectionProps {
  metric: Metric;
  workspace: Workspace;
  rollUp: RollUp;
}
