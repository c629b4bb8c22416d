import type { Messages } from './messages';
import type { uiZhCN } from './ui.zh-CN';

export const uiEn: Messages<typeof uiZhCN> = {
  app: {
    name: 'North Star Studio',
    titleSuffix: ' — North Star Studio',
    loading: 'Opening the workspace…',
    bootFailed: "Cannot start: the connection to the app's back end failed.",
    bootFailedHint: 'Close the app and open it again. Details: {{detail}}',
  },
  toolbar: {
    label: 'Workspace actions',
    untitled: 'Untitled',
    new: 'New',
    open: 'Open',
    save: 'Save',
    saveAs: 'Save As',
    undo: 'Undo',
    redo: 'Redo',
    withShortcut: '{{action}} ({{keys}})',
    language: 'Language',
  },
  saveState: {
    saved: 'Saved',
    unsaved: 'Unsaved changes',
    untitled: 'Not saved to a file yet',
    saving: 'Saving…',
    backedUp: 'Backed up',
    backedUpHint:
      'Your unsaved changes are backed up on this computer: if the app closes unexpectedly, you can restore them at the next start.',
  },
  layers: {
    strategy: 'Strategy',
    department: 'Department',
    individual: 'Individual',
  },
  northStar: 'North Star',
  metric: {
    newName: 'New metric',
    unnamed: '(unnamed metric)',
    noOwner: 'No owner yet',
    owner: 'Owner: {{name}}',
    noValue: '—',
    baselineToTarget: 'Baseline {{baseline}} → target {{target}}',
  },
  canvas: {
    label: 'Metric tree canvas',
    selectFirst: 'Select a metric on the canvas first.',
    zoomControls: 'Zoom',
    addChild: 'Add a sub-metric',
    hints:
      'Tab add sub-metric · Enter add sibling · F2 rename · Delete delete · Arrows move · Ctrl+Z undo · Ctrl+S save',
  },
  inspector: {
    label: 'Metric details',
    empty: 'Click a metric on the canvas to see and edit its details here.',
    name: 'Metric name',
    unit: 'Unit',
    baseline: "Baseline (last year's actual)",
    target: 'Target',
    stretchTarget: 'Stretch target',
    owner: 'Owner',
    noOwner: '(none)',
    noPeople: 'There are no people in this workspace yet.',
    layer: 'Layer',
    commitHint: 'Enter to apply · Esc to revert',
    notANumber: 'Enter a number, for example 2.6',
    nameRequired: 'Enter a name for the metric',
    tooLong: 'At most {{max}} characters',
    delete: 'Delete metric',
    addChild: 'Add a sub-metric',
  },
  dialogs: {
    ok: 'OK',
    cancel: 'Cancel',
    path: {
      openTitle: 'Open workspace',
      saveAsTitle: 'Save As',
      label: 'File path',
      openHint: 'Enter the full path of a workspace file (.northstar), or pick a recent file.',
      saveAsHint: 'Enter the full path to save to. The .northstar extension is added for you.',
      recent: 'Recent files',
      noRecent: 'No recent files yet.',
      missing: 'File no longer exists',
      required: 'Enter a file path',
      open: 'Open',
      save: 'Save',
    },
    unsaved: {
      title: 'Unsaved changes',
      body: '“{{name}}” has unsaved changes. Save them first?',
      save: 'Save',
      discard: "Don't save",
    },
    conflict: {
      changed: {
        title: '“{{name}}” was changed on disk',
        question: 'Overwrite it with your version, or save yours as a new file?',
        overwrite: 'Overwrite',
      },
      exists: {
        title: '“{{name}}” already exists',
        question: 'A file named “{{name}}” already exists. Replace it?',
        overwrite: 'Replace',
      },
      saveAs: 'Save As…',
    },
    saveFailed: {
      keptInMemory: 'Your changes are still in the app; nothing was lost.',
    },
    recovery: {
      title: 'Unsaved changes were found',
      body: '“{{name}}” ({{file}}) has changes that were not saved, backed up {{when}}. The app may not have closed properly last time.',
      question:
        'Restore these changes? Discarding deletes the backed-up changes; the file on disk is not affected.',
      untitled: 'not saved to a file',
      restore: 'Restore',
      discard: 'Discard changes',
      restoredUntitled:
        'Your unsaved changes were restored as an untitled workspace. Use Save As to keep them.',
    },
    openFailed: {
      sampleTitle: 'Cannot open the sample workspace',
      fellBack: 'The sample workspace was opened instead.',
    },
    deleteMetric: {
      title: 'Delete metric',
      body: 'Delete “{{name}}” and all {{count}} metrics below it? Ctrl+Z undoes this.',
      confirm: 'Delete',
    },
  },
  newWorkspace: {
    name: 'New workspace',
    northStar: 'North Star (name it)',
  },
  errors: {
    unexpected: 'Something unexpected went wrong: {{detail}}',
  },
  toasts: {
    dismiss: 'Dismiss',
  },
};
