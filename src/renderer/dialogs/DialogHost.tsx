import { useShallow } from 'zustand/react/shallow';
import { useUi } from '../shell/studio-context';
import { ChoiceDialogView } from './ChoiceDialogView';
import { FileDialogView } from './file-dialog/FileDialogView';
import { SplitWizardView } from './split-wizard/SplitWizardView';

/** Shows the first dialog in line; the others wait their turn. */
export function DialogHost() {
  const { request, answer } = useUi(
    useShallow((s) => ({ request: s.dialogs[0], answer: s.answer })),
  );
  if (!request) return null;
  const { spec, id } = request;
  // Keyed by request: two dialogs in a row never share state or focus handling.
  if (spec.kind === 'split')
    return <SplitWizardView key={id} spec={spec} onAnswer={(result) => answer(id, result)} />;
  return spec.kind === 'choice' ? (
    <ChoiceDialogView key={id} spec={spec} onAnswer={(choice) => answer(id, choice)} />
  ) : (
    <FileDialogView key={id} spec={spec} onAnswer={(path) => answer(id, path)} />
  );
}
