import type { errorsZhCN } from './errors.zh-CN';
import type { Messages } from './messages';

export const errorsEn: Messages<typeof errorsZhCN> = {
  open: {
    title: 'Cannot open “{{name}}”',
    'not-found': 'The file was not found. It may have been moved, renamed or deleted.',
    'permission-denied': 'You do not have permission to read this file.',
    'is-directory': 'This is a folder, not a workspace file.',
    'not-allowed': 'The app is not allowed to read this path. Choose the file again with Open.',
    'not-allowed-roots':
      'This place is outside the folders the app may use. In browser mode, only workspace files (.northstar) in your home folder (and folders given with --root at start) can be opened.',
    'disk-full': 'The disk is full.',
    'io-error': 'The file could not be read: {{detail}}',
    empty: 'The file is empty.',
    'too-large': 'The file is too large ({{megabytes}} MB) to be a workspace.',
    truncated:
      'The file is incomplete, as if a copy or save was interrupted. It was not changed; try the backup (.bak) in the same folder.',
    'not-json':
      'This is not a workspace file: its content is not valid JSON (error at line {{line}}, column {{column}}).',
    'not-utf8':
      'The file is not UTF-8 text (it may come from a program that uses another encoding, such as GBK), so it cannot be opened safely.',
    'not-workspace': 'This is not a North Star Studio workspace file.',
    'too-new':
      'This file was saved by a newer North Star Studio (format version {{version}}). Update the app to open it; the file was not changed.',
    'unsupported-version': 'Files of format version {{version}} cannot be upgraded.',
    invalid: 'The file has invalid content and cannot be opened: {{problems}}',
    'broken-tree':
      'The metric tree in this file is broken and cannot be opened: $t(errors:rule.{{rule}})',
    untouched: 'The file itself was not modified.',
  },
  save: {
    title: 'Cannot save',
    'not-found': 'The target folder does not exist.',
    'permission-denied': 'You do not have permission to write here. Choose another folder.',
    'is-directory': 'This path is a folder. Enter a file name.',
    'not-allowed':
      'The app is not allowed to write to this path. Use Save As to choose a location.',
    'not-allowed-roots':
      'This place is outside the folders the app may use. In browser mode, workspace files (.northstar) can only be saved in your home folder (and folders given with --root at start).',
    'disk-full': 'The disk is full; nothing was saved. The previously saved version is unchanged.',
    'io-error':
      'The file could not be written: {{detail}}. The previously saved version is unchanged.',
    'changed-on-disk':
      'Since you opened it, this file was changed on disk by another program or person.',
    'invalid-workspace': 'The workspace data is invalid and was not saved: {{problems}}',
  },
  rule: {
    'duplicate-id': 'Two items share the same id.',
    'no-north-star': 'There is no North Star (no metric at the root of the tree).',
    'several-north-stars': 'There is more than one North Star (several metrics at the root).',
    'north-star-not-strategy': 'The North Star is not in the strategy layer.',
    'missing-parent': 'A metric refers to a parent metric that does not exist.',
    cycle: 'A metric is its own ancestor (a loop).',
    'bad-cross-parent': 'A cross-bound link points at a missing metric or at the metric itself.',
    'unknown-person':
      'An owner or collaborator (of a metric or a guardrail) is not in the list of people.',
    'unknown-department':
      'A metric, person, position or department refers to a department that does not exist.',
    'unknown-position': 'A person refers to a position that does not exist.',
  },
  tree: {
    'unknown-metric': 'This metric no longer exists.',
    'north-star-is-fixed': 'The North Star is the root of the tree: it cannot be deleted or moved.',
    'into-own-subtree': 'A metric cannot be moved below one of its own sub-metrics.',
    'index-out-of-range': 'That position is out of range.',
    'invalid-patch': 'A value for this metric is not valid; nothing was changed.',
    'duplicate-id': 'That id is already in use; no metric was added.',
  },
};
