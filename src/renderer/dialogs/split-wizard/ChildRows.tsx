import type { ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildDraft } from '../../../shared/metrics/split-plan';
import type { DepartmentColour } from '../../canvas/department-colours';

/** One row of the preview: a child to be created, its name editable. */
export interface ChildRow {
  key: string | number;
  draft: ChildDraft;
  placeholder: string;
  /** The department's name and colour, when the row is one department's child. */
  department?: { name: string; colour: DepartmentColour | undefined };
  invalid: boolean;
  onName(name: string): void;
  /** Several lines pasted at once (a list of regions from a sheet): one row each. */
  onPasteLines?(lines: string[]): void;
  onRemove?(): void;
  onMove?(by: -1 | 1): void;
}

/**
 * The children the split will create, in order: name (editable), unit and
 * direction as inferred, written out so that nothing is known only on hover.
 */
export function ChildRows({ rows }: { rows: readonly ChildRow[] }) {
  const { t } = useTranslation();
  return (
    <ol className="split-rows" data-testid="split-preview">
      {rows.map((row, index) => {
        const { draft } = row;
        const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
          const text = event.clipboardData.getData('text');
          if (!row.onPasteLines || !/[\r\n]/.test(text)) return;
          event.preventDefault();
          row.onPasteLines(text.split(/\r\n|\r|\n/));
        };
        return (
          <li
            key={row.key}
            className={`split-row${row.invalid ? ' invalid' : ''}`}
            data-testid="split-row"
          >
            <span className="split-row-number" aria-hidden="true">
              {index + 1}
            </span>
            {draft.role && (
              <span className="split-role" data-testid="split-row-role">
                {t(`splitWizard.role.${draft.role}`)}
              </span>
            )}
            {row.department && (
              <span
                className="split-department-chip"
                style={
                  row.department.colour
                    ? {
                        background: row.department.colour.fill,
                        color: row.department.colour.onFill,
                      }
                    : undefined
                }
              >
                {row.department.name}
              </span>
            )}
            <input
              className="split-row-name"
              data-testid="split-row-name"
              aria-label={t('splitWizard.rowName', { row: index + 1 })}
              aria-invalid={row.invalid || undefined}
              value={draft.name}
              placeholder={row.placeholder}
              maxLength={400}
              onChange={(event) => row.onName(event.target.value)}
              onPaste={onPaste}
            />
            <span
              className={`split-unit${draft.unit === '' ? ' unknown' : ''}`}
              data-testid="split-row-unit"
              title={t('splitWizard.unit')}
            >
              {draft.unit === '' ? t('splitWizard.noUnit') : draft.unit}
            </span>
            <span
              className={`split-direction${draft.direction === null ? ' unknown' : ''}`}
              data-testid="split-row-direction"
            >
              {t(`splitWizard.direction.${draft.direction ?? 'unknown'}`)}
            </span>
            <span className="split-row-tools">
              {row.onMove && (
                <>
                  <button
                    type="button"
                    className="icon"
                    aria-label={t('splitWizard.moveUp')}
                    title={t('splitWizard.moveUp')}
                    disabled={index === 0}
                    onClick={() => row.onMove?.(-1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={t('splitWizard.moveDown')}
                    title={t('splitWizard.moveDown')}
                    disabled={index === rows.length - 1}
                    onClick={() => row.onMove?.(1)}
                  >
                    ↓
                  </button>
                </>
              )}
              {row.onRemove && (
                <button
                  type="button"
                  className="icon"
                  data-testid="split-row-remove"
                  aria-label={t('splitWizard.remove')}
                  title={t('splitWizard.remove')}
                  onClick={row.onRemove}
                >
                  ×
                </button>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
