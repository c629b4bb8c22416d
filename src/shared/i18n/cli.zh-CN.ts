/** Text of the headless command line tool (npm run cli). */
export const cliZhCN = {
  usage: [
    '北极星共创工作台 · 命令行工具',
    '',
    '用法：npm run cli -- <命令> [参数]',
    '',
    '命令：',
    '  info FILE                              显示工作区概要：名称、周期、公司、格式版本、数量、北极星指标',
    '  validate FILE                          检查文件能否打开；不能打开时说明原因并列出问题',
    '  new FILE --name 名称 [--locale zh-CN|en]  新建空白工作区（不会覆盖已有文件）',
    '  upgrade FILE                           把旧格式版本的文件升级为当前版本（原文件备份为 FILE.bak）',
    '  help                                   显示本帮助',
    '',
    '选项：',
    '  --locale zh-CN|en                      输出语言；默认跟随 LC_ALL / LANG',
    '',
    '退出码：0 成功；1 文件有问题；2 用法错误',
  ].join('\n'),
  usageError: {
    'unknown-verb': '未知命令「{{verb}}」。',
    'missing-verb': '请指定命令。',
    'missing-file': '缺少文件路径。',
    'missing-name': '新建工作区需要用 --name 指定名称。',
    'bad-locale': '不支持的语言「{{locale}}」，可选 zh-CN 或 en。',
    'bad-option': '参数有误：{{detail}}',
    'extra-arguments': '多余的参数：{{args}}',
    hint: '运行 help 查看用法。',
  },
  info: {
    /** Between a label and its value. */
    separator: '：',
    name: '名称',
    cycle: '周期',
    company: '公司',
    formatVersion: '格式版本',
    migrated: '{{from}}（当前为 {{current}}，保存时升级）',
    metrics: '指标数',
    people: '人员数',
    departments: '部门数',
    northStar: '北极星指标',
    target: '目标值',
    noTarget: '未设定',
    blank: '（未填写）',
  },
  validate: {
    valid: '有效：{{file}}',
    migrated: '文件为格式版本 {{from}}，打开时会在内存中升级为版本 {{current}}，原文件不变。',
    invalid: '无效：{{file}}',
    problems: '问题：',
  },
  new: {
    created: '已创建工作区「{{name}}」：{{file}}',
    exists: '文件已存在，不会覆盖：{{file}}',
    northStarName: '北极星指标',
  },
  upgrade: {
    alreadyCurrent: '已是当前格式版本 {{version}}，没有写入任何内容。',
    upgraded: '已把格式版本 {{from}} 升级到 {{to}}：{{file}}',
    backup: '原文件已备份为 {{backup}}。',
  },
  launcher: {
    /** npm start on a checkout whose Electron binary is missing: one sentence, then browser mode. */
    noElectron:
      '桌面版所需的 Electron 程序尚未安装，所以北极星共创工作台改在浏览器中打开；如需桌面版，请运行 {{install}} 安装它（在中国大陆请先设置 {{mirror}}，详见 README）。',
  },
};
