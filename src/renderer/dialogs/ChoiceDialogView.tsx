import { useTranslation } from 'react-i18next';
import type { ChoiceDialog } from '../ui/ui-store';
import { Dialog } from './Dialog';

/** Error, warning and question dialogs: a title, a few lines, a row of answers. */
export function ChoiceDialogView({
  spec,
  onAnswer,
}: {
  spec: ChoiceDialog;
  onAnswer(choice: string): void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t(spec.title.key, spec.title.params)}
      tone={spec.tone}
      testId="choice-dialog"
      onCancel={() => onAnswer(spec.cancel)}
      initialFocus="button.primary"
    >
      <div className="dialog-body" data-testid="dialog-message">
        {spec.lines.map((line, index) => (
          <p key={index}>{t(line.key, line.params)}</p>
        ))}
      </div>
      <div className="dialog-buttons">
        {spec.choices.map((choice) => (
          <button
            key={choice.id}
            type="button"
            className={[choice.primary && 'primary', choice.danger && 'danger']
              .filter(Boolean)
              .join(' ')}
            data-choice={choice.id}
            onClick={() => onAnswer(choice.id)}
          >
            {t(choice.label.key, choice.label.params)}
          </button>
        ))}
      </div>
    </Dialog>
  );
}
