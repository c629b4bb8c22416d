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
    'cross-link-cycle':
      'Cross-bound links and the tree together make a loop (a metric would feed itself).',
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
    'cross-link-self': 'A metric cannot also feed itself.',
    'cross-link-north-star':
      'The North Star is the root of the tree: it cannot also feed another metric.',
    'cross-link-tree-parent':
      'It is already this metric’s parent in the tree: no cross-link is needed.',
    'cross-link-exists': 'These two metrics are already cross-linked.',
    'cross-link-cycle':
      'That would make a loop: through the tree and the cross-links, a metric would end up feeding itself.',
    'unknown-person': 'This person is not in the list of people.',
    'unknown-department': 'This department is not in the list of departments.',
    'collaborator-is-owner':
      'This person already owns this metric and cannot also be a collaborator.',
    'north-star-has-no-department':
      'The North Star belongs to the whole company, not to one department.',
    'unknown-guardrail': 'This guardrail no longer exists.',
    'invalid-guardrail': 'A value for this guardrail is not valid; nothing was changed.',
    'invalid-tolerance':
      'The gap tolerance must be a percentage from 0 to 100 and an amount of 0 or more; nothing was changed.',
  },
  math: {
    relation: {
      sum: 'sum',
      'weighted-sum': 'weighted sum',
      product: 'product',
      ratio: 'ratio',
      average: 'average',
      formula: 'custom formula',
      aligned: 'aligned only',
    },
    formula: {
      empty: 'The formula is empty.',
      'too-long': 'The formula is too long (at most {{limit}} characters).',
      'too-deep': 'Parentheses or signs are nested too deeply at character {{column}}.',
      'number-out-of-range': 'The number at character {{column}} is too large.',
      'thousands-separator':
        'Numbers cannot contain a thousands separator “,”: write 1200 (in many countries the comma is the decimal point).',
      'missing-operator':
        'An operator is missing at character {{column}}: to multiply, write × or *.',
      'unclosed-paren': 'A closing parenthesis “)” is missing.',
      'unclosed-bracket': 'The bracket around the name at character {{column}} is not closed.',
      incomplete: 'The formula is incomplete: a number or a metric is missing at the end.',
      unexpected: 'Character {{column}} (“{{found}}”) cannot stand here.',
      'unknown-reference': '“{{name}}” is not an input of this metric.',
      'ambiguous-reference':
        'Several inputs are called “{{name}}”: rename them before using the name.',
      'self-reference': 'A formula cannot refer to its own metric.',
      cycle: 'This would create a loop: {{names, list}}.',
      'unstorable-id': 'The metric id “{{id}}” has characters a formula cannot store.',
    },
    rollUp: {
      'missing-input': 'No target yet: {{names, list}}.',
      'division-by-zero': 'Division by zero: nothing can be computed.',
      'not-finite': 'The result is too large to compute.',
      cycle: 'These metrics refer to each other in a loop: {{names, list}}.',
      'ratio-incomplete': 'Choose a numerator and a denominator for the ratio (one input each).',
      'formula-empty': 'No formula yet.',
      'formula-invalid': 'The saved formula cannot be read; edit it again.',
      'formula-unknown-reference':
        'The formula refers to metrics that are no longer inputs: {{names, list}}.',
    },
    split: {
      'unknown-metric': 'This metric no longer exists.',
      'no-target': 'Give this metric a target before splitting it down.',
      'no-inputs': 'This metric has no inputs to split its target across.',
      'method-not-for-relation':
        'This way of splitting does not apply to a $t(errors:math.relation.{{relation}}).',
      'not-an-input': '“{{name}}” is not an input of this metric.',
      'all-fixed': 'Every input is locked; there is nothing left to split.',
      'missing-baselines': 'Baselines missing: {{names, list}}.',
      'baselines-not-positive': 'An equal growth rate needs baselines above zero: {{names, list}}.',
      'missing-weights': 'Weights missing: {{names, list}}.',
      'missing-targets': 'These inputs keep their target but have none: {{names, list}}.',
      'zero-baselines': 'The baselines add up to zero: they cannot set the proportions.',
      'zero-weights': 'The weights add up to zero.',
      'zero-coefficients': 'The coefficients add up to zero: an equal split is impossible.',
      'division-by-zero': 'Division by zero: the target cannot be split.',
      'no-solution': 'No values of the inputs reach this target.',
    },
    units: {
      mixed: 'The inputs have different units: {{units, list}}.',
      'parent-differs': 'The inputs are in {{inputs}}, this metric in {{own}}.',
      unknown: 'These inputs have no unit yet: {{names, list}}.',
    },
  },
};
