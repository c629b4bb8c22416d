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
    signedOut: '此标签页未登录北极星共创工作台。',
    signedOutHint:
      '请使用启动应用的终端中打印的地址打开。每个地址只能使用一次：在该终端按回车可获取新地址，或重新启动应用。',
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
    /** The undo/redo buttons' tooltips name the step: 「撤销拆分」. */
    undoStep: '撤销{{step}}',
    redoStep: '重做{{step}}',
    language: '界面语言',
  },
  saveState: {
    saved: '已保存',
    unsaved: '有未保存的更改',
    untitled: '尚未保存为文件',
    saving: '正在保存…',
    backedUp: '已暂存',
    backedUpHint: '未保存的更改已暂存在本机：应用意外关闭后，下次启动可以恢复。',
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
      title: {
        open: { workspace: '打开工作区', import: '导入去年的指标表', export: '打开' },
        save: { workspace: '另存为', import: '保存', export: '导出到' },
      },
      hint: {
        open: '双击文件夹进入，双击文件打开；也可以直接输入完整路径。',
        save: '选择文件夹，输入文件名后按 Enter；也可以输入完整路径。',
      },
      folders: '文件夹与文件',
      up: '上一级',
      upTitle: '上一级文件夹（Backspace）',
      places: '位置',
      place: {
        home: '主文件夹',
        root: '允许的文件夹',
        workspaces: '工作区文件夹',
        recent: '最近使用',
      },
      label: '文件名或完整路径',
      loading: '正在读取文件夹…',
      empty: '这个文件夹里没有子文件夹，也没有可用的文件。',
      truncated: '文件太多，只显示前 {{count}} 项；请输入名称或路径。',
      folder: '文件夹',
      outside:
        '「{{path}}」不在应用可以使用的文件夹里（主文件夹，以及启动时用 --root 指定的文件夹）。',
      problem: {
        'not-found': '找不到文件夹「{{path}}」。',
        'permission-denied': '没有读取文件夹「{{path}}」的权限。',
        'not-a-folder': '「{{path}}」不是文件夹。',
        other: '无法读取文件夹「{{path}}」。',
      },
      recent: '最近打开',
      noRecent: '还没有最近打开的文件。',
      missing: '文件已不存在',
      required: '请输入文件名，或在列表中选择一个文件',
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
    recovery: {
      title: '发现未保存的更改',
      body: '“{{name}}”（{{file}}）有未保存的更改，暂存于 {{when}}。应用上次可能没有正常关闭。',
      question: '要恢复这些更改吗？放弃将删除暂存的更改，磁盘上的文件不受影响。',
      untitled: '尚未保存为文件',
      restore: '恢复',
      discard: '放弃更改',
      restoredUntitled: '未保存的更改已恢复为一个未命名的工作区，请用“另存为”保存。',
      setAsideTitle: '暂存的更改没有恢复',
      newer:
        '“{{name}}”有暂存于 {{when}} 的未保存更改，由更新版本的北极星共创工作台写入（格式版本 {{version}}），这个版本无法打开。它们仍保留在本机上：启动更新的版本即可恢复。',
      damaged:
        '“{{name}}”有暂存于 {{when}} 的未保存更改，但暂存的数据已损坏，无法恢复。它没有被删除，已另存在本机上。',
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
  /** What an undo step did, named in the undo/redo tooltips (document/history.ts). */
  history: {
    addMetric: '添加指标',
    rename: '改名',
    editTarget: '修改目标值',
    assignOwner: '指定负责人',
    editMetric: '修改指标',
    deleteMetric: '删除指标',
    moveMetric: '移动指标',
    recover: '恢复暂存的更改',
    split: '拆分',
    import: '导入',
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
