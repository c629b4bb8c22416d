import { copySelected, duplicateSelected, pasteBranch } from '../commands/branch-commands';
import type { StudioContext } from '../commands/context';
import {
  addChild,
  addSibling,
  deleteSelected,
  moveSelection,
  redo,
  undo,
} from '../commands/metric-commands';
import { openSplitWizard } from '../commands/split-commands';
import {
  newWorkspace,
  openWorkspace,
  saveWorkspace,
  saveWorkspaceAs,
} from '../commands/workspace-commands';
import {
  collapseSelected,
  fitToWindow,
  openSearch,
  toggleFocusBranch,
} from '../canvas/big-tree/tree-view-commands';
import type { Command } from './shortcuts';

/** One entry point for a command, whichever way it was asked for. */
export async function runCommand(studio: StudioContext, command: Command): Promise<void> {
  switch (command) {
    case 'new':
      return newWorkspace(studio);
    case 'open':
      return openWorkspace(studio);
    case 'save':
      await saveWorkspace(studio);
      return;
    case 'save-as':
      await saveWorkspaceAs(studio);
      return;
    case 'undo':
      return undo(studio);
    case 'redo':
      return redo(studio);
    case 'add-child':
      addChild(studio);
      return;
    case 'add-sibling':
      addSibling(studio);
      return;
    case 'delete':
      return deleteSelected(studio);
    case 'rename':
      if (studio.ui.getState().selectedId) studio.ui.getState().requestFocus('metric-name');
      return;
    case 'copy-branch':
      copySelected(studio);
      return;
    case 'paste-branch':
      pasteBranch(studio);
      return;
    case 'duplicate-branch':
      duplicateSelected(studio);
      return;
    case 'toggle-people-panel':
      studio.ui.getState().togglePeoplePanel();
      return;
    case 'split':
      return openSplitWizard(studio);
    case 'select-up':
      return moveSelection(studio, 'up');
    case 'select-down':
      return moveSelection(studio, 'down');
    case 'select-left':
      return moveSelection(studio, 'left');
    case 'select-right':
      return moveSelection(studio, 'right');
    case 'search':
      return openSearch();
    case 'fit-view':
      return fitToWindow();
    case 'collapse-branch':
      return collapseSelected(studio, true);
    case 'expand-branch':
      return collapseSelected(studio, false);
    case 'focus-branch':
      return toggleFocusBranch(studio);
  }
}
