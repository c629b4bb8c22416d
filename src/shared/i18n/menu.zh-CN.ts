/**
 * Text of the Electron shell: the application menu, native file dialogs and
 * the "unsaved changes" prompt. The renderer never uses this namespace.
 */
export const menuZhCN = {
  appName: '北极星共创工作台',
  app: {
    about: '关于北极星共创工作台',
    services: '服务',
    hide: '隐藏北极星共创工作台',
    hideOthers: '隐藏其他',
    showAll: '全部显示',
    quit: '退出北极星共创工作台',
  },
  file: {
    title: '文件',
    new: '新建工作区',
    open: '打开…',
    save: '保存',
    saveAs: '另存为…',
    quit: '退出',
  },
  edit: {
    title: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
  },
  view: {
    title: '视图',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '切换全屏',
    devTools: '开发者工具',
  },
  window: {
    title: '窗口',
  },
  dialog: {
    open: { workspace: '打开工作区', import: '导入去年的指标表' },
    save: { workspace: '保存工作区', export: '导出' },
    filter: {
      workspace: '北极星工作区',
      import: '电子表格（Excel、WPS、CSV）',
      export: '导出文件',
    },
  },
  unsaved: {
    title: '未保存的更改',
    message: '工作区有尚未保存的更改。',
    detail: '仍要关闭吗？未保存的更改将会丢失。',
    leave: '关闭，不保存',
    stay: '取消',
  },
  fatal: {
    title: '北极星共创工作台无法启动',
  },
};
