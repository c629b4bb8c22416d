/**
 * Text of the app window (renderer). The reference locale: ui.en.ts is typed
 * against these keys. Written for a room reading a projector: short, concrete,
 * in the words facilitators use (北极星指标, 拆解, 责任人).
 */
export const uiZhCN = {
  app: {
    name: '北极星共创工作台',
    titleSuffix: ' — 北极星共创工作台',
    loading: '正在打开工作区…',
    bootFailed: '无法启动：与应用后台的连接失败。',
    bootFailedHint: '请关闭后重新打开应用。详细信息：{{detail}}',
  },
  toolbar: {
    label: '工作区操作',
    untitled: '未命名',
    new: '新建',
    open: '打开',
    save: '保存',
    saveAs: '另存为',
    undo: '撤销',
    redo: '重做',
    withShortcut: '{{action}}（{{keys}}）',
    language: '界面语言',
  },
  saveState: {
    saved: '已保存',
    unsaved: '有未保存的更改',
    untitled: '尚未保存为文件',
    saving: '正在保存…',
  },
  layers: {
    strategy: '战略层',
    department: '战术层',
    individual: '执行层',
  },
  northStar: '北极星指标',
  metric: {
    newName: '新指标',
    unnamed: '（未命名指标）',
    noOwner: '未指定负责人',
    owner: '负责人：{{name}}',
    noValue: '—',
    baselineToTarget: '基线 {{baseline}} → 目标 {{target}}',
  },
  canvas: {
    label: '指标树画布',
    selectFirst: '请先在画布上选中一个指标。',
    zoomControls: '缩放',
    addChild: '添加下级指标',
    hints:
      'Tab 添加下级 · Enter 添加同级 · F2 改名 · Delete 删除 · 方向键 切换 · Ctrl+Z 撤销 · Ctrl+S 保存',
  },
  inspector: {
    label: '指标详情',
    empty: '在画布上点选一个指标，即可在这里查看和编辑它的详情。',
    name: '指标名称',
    unit: '单位',
    baseline: '基线值（去年实际）',
    target: '目标值',
    stretchTarget: '挑战目标',
    owner: '负责人',
    noOwner: '（未指定）',
    noPeople: '工作区里还没有人员。',
    layer: '层级',
    commitHint: 'Enter 确认 · Esc 撤回',
    notANumber: '请输入数字，例如 2.6',
    nameRequired: '请输入指标名称',
    tooLong: '最多 {{max}} 个字符',
    delete: '删除指标',
    addChild: '添加下级指标',
  },
  dialogs: {
    ok: '知道了',
    cancel: '取消',
    path: {
      openTitle: '打开工作区',
      saveAsTitle: '另存为',
      label: '文件路径',
      openHint: '输入工作区文件（.northstar）的完整路径，或从最近打开的文件中选择。',
      saveAsHint: '输入要保存到的完整路径。文件扩展名 .northstar 会自动补上。',
      recent: '最近打开',
      noRecent: '还没有最近打开的文件。',
      missing: '文件已不存在',
      required: '请输入文件路径',
      open: '打开',
      save: '保存',
    },
    unsaved: {
      title: '有未保存的更改',
      body: '「{{name}}」有未保存的更改。要先保存吗？',
      save: '保存',
      discard: '不保存',
    },
    conflict: {
      changed: {
        title: '「{{name}}」已在磁盘上被修改',
        question: '用你现在的版本覆盖它，还是另存为一个新文件？',
        overwrite: '覆盖',
      },
      exists: {
        title: '「{{name}}」已存在',
        question: '已经有一个名为「{{name}}」的文件。要替换它吗？',
        overwrite: '替换',
      },
      saveAs: '另存为…',
    },
    saveFailed: {
      keptInMemory: '你的更改仍保留在应用中，没有丢失。',
    },
    openFailed: {
      sampleTitle: '无法打开示例工作区',
      fellBack: '已改为打开示例工作区。',
    },
    deleteMetric: {
      title: '删除指标',
      body: '删除「{{name}}」及其下的全部 {{count}} 个下级指标？可以用 Ctrl+Z 撤销。',
      confirm: '删除',
    },
  },
  newWorkspace: {
    name: '新工作区',
    northStar: '北极星指标（请命名）',
  },
  errors: {
    unexpected: '发生了意外错误：{{detail}}',
  },
  toasts: {
    dismiss: '关闭提示',
  },
};
