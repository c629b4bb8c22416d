import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FolderEntry } from '../../../shared/ipc/contract';
import { formatSize } from './location';

/**
 * The rows of one folder, as a listbox: arrows move, Enter opens (a folder
 * goes in, a file is chosen), Backspace goes up; a click selects, a
 * double-click opens. The list keeps the focus itself and points at the
 * active row (aria-activedescendant), so a screen reader follows too.
 */
export function EntryList({
  entries,
  active,
  label,
  onActivate,
  onOpen,
  onUp,
}: {
  entries: FolderEntry[];
  active: number;
  label: string;
  onActivate(index: number): void;
  onOpen(entry: FolderEntry): void;
  onUp(): void;
}) {
  const { t, i18n } = useTranslation();
  const baseId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const rowId = (index: number) => `${baseId}-row-${index}`;

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(rowId(active))?.scrollIntoView({ block: 'nearest' });
    // rowId depends on baseId only, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = entries.length - 1;
    const move = (index: number) => {
      event.preventDefault();
      if (last >= 0) onActivate(Math.max(0, Math.min(last, index)));
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(active + 1);
      case 'ArrowUp':
        if (event.altKey) {
          event.preventDefault();
          return onUp();
        }
        return move(active - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(last);
      case 'PageDown':
        return move(active + 10);
      case 'PageUp':
        return move(active - 10);
      case 'Backspace':
        event.preventDefault();
        return onUp();
      case 'Enter': {
        const entry = entries[active];
        if (!entry) return;
        event.preventDefault();
        return onOpen(entry);
      }
    }
  };

  const dateFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
  });

  return (
    <div
      ref={listRef}
      className="file-entries"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={active >= 0 ? rowId(active) : undefined}
      data-testid="file-entries"
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (active < 0 && entries.length > 0) onActivate(0);
      }}
    >
      {entries.map((entry, index) => (
        <div
          key={`${entry.kind}:${entry.name}`}
          id={rowId(index)}
          role="option"
          aria-selected={index === active}
          className={`file-entry ${entry.kind}${index === active ? ' active' : ''}`}
          data-testid="file-entry"
          data-kind={entry.kind}
          data-name={entry.name}
          onClick={() => {
            onActivate(index);
            listRef.current?.focus();
          }}
          onDoubleClick={() => onOpen(entry)}
        >
          <span className={`file-icon ${entry.kind}`} aria-hidden="true" />
          <span className="file-name-cell">{entry.name}</span>
          <span className="file-meta">
            {entry.kind === 'folder'
              ? t('dialogs.path.folder')
              : `${entry.size === null ? '' : formatSize(entry.size, i18n.language)}${
                  entry.modifiedMs === null ? '' : ` · ${dateFormat.format(entry.modifiedMs)}`
                }`}
          </span>
        </div>
      ))}
    </div>
  );
}
