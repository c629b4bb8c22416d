import './people-fields.css';

/** A name in a list of the inspector (a collaborator, a cross-link), with its × to remove it. */
export function RemovableChip({
  name,
  detail,
  cross = false,
  testId,
  removeLabel,
  removeTestId,
  onRemove,
}: {
  name: string;
  detail?: string | null;
  /** Drawn dashed, as the cross-link on the canvas. */
  cross?: boolean;
  testId: string;
  removeLabel: string;
  removeTestId?: string;
  onRemove(): void;
}) {
  return (
    <li className={`chip${cross ? ' cross' : ''}`} data-testid={testId} data-name={name}>
      <span className="chip-name">{name}</span>
      {detail && <span className="chip-detail">{detail}</span>}
      <button
        type="button"
        className="chip-remove"
        data-testid={removeTestId}
        aria-label={removeLabel}
        title={removeLabel}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}
