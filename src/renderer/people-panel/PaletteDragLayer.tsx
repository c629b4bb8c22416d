import { useTranslation } from 'react-i18next';
import type { PaletteDragView } from './use-palette-drag';

/** Around the box, how far the ring stands off it (screen pixels). */
const RING = 6;

/**
 * What a panel drag looks like: a chip with the name at the pointer, and over
 * the box under it a ring and a caption saying what the drop does (or why
 * not). Fixed to the window and transparent to the pointer, so the hit test
 * sees the box beneath.
 */
export function PaletteDragLayer({ view }: { view: PaletteDragView }) {
  const { t } = useTranslation();
  const { target } = view;
  const tone =
    target?.drop.kind === 'refused' ? 'refused' : target?.drop.kind === 'same' ? 'same' : 'onto';
  return (
    <div className="palette-drag-layer" aria-hidden="true">
      {target && (
        <>
          <div
            className={`palette-drop-ring ${tone}`}
            data-testid="palette-drop-target"
            data-title={target.name}
            data-tone={tone}
            style={{
              left: target.rect.left - RING,
              top: target.rect.top - RING,
              width: target.rect.width + 2 * RING,
              height: target.rect.height + 2 * RING,
            }}
          />
          <div
            className={`palette-drop-caption ${tone}`}
            data-testid="palette-drop-caption"
            style={{ left: target.rect.left - RING, top: target.rect.top - RING }}
          >
            {t(target.drop.caption.key, target.drop.caption.params)}
          </div>
        </>
      )}
      <div
        className={`palette-chip ${view.item.kind}`}
        data-testid="palette-chip"
        style={{ left: view.pointer.x + 14, top: view.pointer.y + 14 }}
      >
        <span>{view.label}</span>
        {view.item.kind === 'person' && !view.shift && (
          <span className="palette-chip-hint">{t('peoplePanel.drop.shiftForCollaborator')}</span>
        )}
      </div>
    </div>
  );
}
