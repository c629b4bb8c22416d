import type { Messages } from './messages';
import type { uiZhCN } from './ui.zh-CN';

export const uiEn: Messages<typeof uiZhCN> = {
  app: {
    name: 'North Star Studio',
    titleSuffix: ' — North Star Studio',
    loading: 'Opening the workspace…',
    bootFailed: "Cannot start: the connection to the app's back end failed.",
    bootFailedHint: 'Close the app and open it again. Details: {{detail}}',
    signedOut: 'This tab is not signed in to North Star Studio.',
    signedOutHint:
      'Open the app with the address printed in the terminal where it was started. Each address works once: press Enter in that terminal for a new one, or start the app again.',
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
    undoStep: 'Undo {{step}}',
    redoStep: 'Redo {{step}}',
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
    department: 'Department',
    noDepartment: '(no department)',
    noDepartments: 'There are no departments in this workspace yet.',
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
      title: {
        open: {
          workspace: 'Open workspace',
          import: "Import last year's KPI sheet",
          export: 'Open',
        },
        save: { workspace: 'Save As', import: 'Save', export: 'Export to' },
      },
      hint: {
        open: 'Double-click a folder to go in and a file to open it, or type a full path.',
        save: 'Pick a folder, type a file name and press Enter, or type a full path.',
      },
      folders: 'Folders and files',
      up: 'Up',
      upTitle: 'Parent folder (Backspace)',
      places: 'Places',
      place: {
        home: 'Home',
        root: 'Allowed folder',
        workspaces: 'Workspaces',
        recent: 'Recent',
      },
      label: 'File name or full path',
      loading: 'Reading the folder…',
      empty: 'No sub-folders and no files of this kind here.',
      truncated: 'Too many files: only the first {{count}} are shown. Type a name or a path.',
      folder: 'Folder',
      outside:
        '“{{path}}” is outside the folders the app may use (your home folder, and folders given with --root at start).',
      problem: {
        'not-found': 'The folder “{{path}}” does not exist.',
        'permission-denied': 'You do not have permission to read the folder “{{path}}”.',
        'not-a-folder': '“{{path}}” is not a folder.',
        other: 'The folder “{{path}}” could not be read.',
      },
      recent: 'Recent files',
      noRecent: 'No recent files yet.',
      missing: 'File no longer exists',
      required: 'Type a file name, or pick a file in the list',
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
      setAsideTitle: 'Unsaved changes not restored',
      newer:
        'Unsaved changes to “{{name}}”, backed up {{when}}, were written by a newer North Star Studio (format version {{version}}) that this version cannot open. They are kept on this computer: start the newer version to restore them.',
      damaged:
        'Unsaved changes to “{{name}}”, backed up {{when}}, cannot be restored: the backup on this computer is damaged. It was set aside on this computer, not deleted.',
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
  history: {
    addMetric: 'add metric',
    rename: 'rename',
    editTarget: 'target change',
    assignOwner: 'owner change',
    assignDepartment: 'department change',
    editMetric: 'metric edit',
    deleteMetric: 'delete metric',
    moveMetric: 'move metric',
    recover: 'restore of unsaved edits',
    split: 'split',
    import: 'import',
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
