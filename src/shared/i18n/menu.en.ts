import type { Messages } from './messages';
import type { menuZhCN } from './menu.zh-CN';

export const menuEn: Messages<typeof menuZhCN> = {
  appName: 'North Star Studio',
  app: {
    about: 'About North Star Studio',
    services: 'Services',
    hide: 'Hide North Star Studio',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quit: 'Quit North Star Studio',
  },
  file: {
    title: 'File',
    new: 'New Workspace',
    open: 'Open…',
    save: 'Save',
    saveAs: 'Save As…',
    quit: 'Quit',
  },
  edit: {
    title: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
  },
  view: {
    title: 'View',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    devTools: 'Developer Tools',
  },
  window: {
    title: 'Window',
  },
  dialog: {
    open: { workspace: 'Open Workspace', import: "Import Last Year's KPI Sheet" },
    save: { workspace: 'Save Workspace', export: 'Export' },
    filter: {
      workspace: 'North Star workspace',
      import: 'Spreadsheets (Excel, WPS, CSV)',
      export: 'Exported file',
    },
  },
  unsaved: {
    title: 'Unsaved changes',
    message: 'This workspace has changes that are not saved.',
    detail: 'Close anyway? The unsaved changes will be lost.',
    leave: 'Close Without Saving',
    stay: 'Cancel',
  },
  fatal: {
    title: 'North Star Studio could not start',
  },
};
