import type { SplitProblem } from '../../../shared/metrics/split-plan';
import type { TreeError } from '../../../shared/metrics/tree';
import type { Text } from '../../ui/ui-store';

/** Why the split cannot be created, as a sentence key; rows are counted from 1, as on screen. */
export function problemText(problem: SplitProblem, parentName: string): Text {
  const base = 'ui:splitWizard.problem';
  switch (problem.kind) {
    case 'no-department':
      return { key: `${base}.no-department` };
    case 'too-few':
      return { key: `${base}.too-few.${problem.way}`, params: { minimum: problem.minimum } };
    case 'empty-name':
      return { key: `${base}.empty-name`, params: { row: problem.index + 1 } };
    case 'too-long':
      return { key: `${base}.too-long`, params: { row: problem.index + 1, max: problem.max } };
    case 'duplicate-name':
      return { key: `${base}.duplicate-name`, params: { name: problem.name } };
    case 'taken-name':
      return { key: `${base}.taken-name`, params: { name: problem.name, parent: parentName } };
  }
}

export const treeErrorText = (error: TreeError): Text => ({ key: `errors:tree.${error}` });
