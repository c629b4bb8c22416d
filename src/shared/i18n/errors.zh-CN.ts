import type { InvariantViolation } from '../workspace/invariants';

/** Messages for file and document errors, shared by the app and the CLI. */
export const errorsZhCN = {
  open: {
    title: '无法打开「{{name}}」',
    'not-found': '找不到这个文件，它可能已被移动、重命名或删除。',
    'permission-denied': '没有读取这个文件的权限。',
    'is-directory': '这是一个文件夹，不是工作区文件。',
    'not-allowed': '应用没有获准访问这个路径。请通过“打开”对话框重新选择文件。',
    'not-allowed-roots':
      '这个位置不在应用可以使用的文件夹里。浏览器模式只能打开主文件夹（以及启动时用 --root 指定的文件夹）中的工作区文件（.northstar）。',
    'disk-full': '磁盘空间不足。',
    'io-error': '读取文件时出错：{{detail}}',
    empty: '文件是空的，里面没有任何内容。',
    'too-large': '文件太大（{{megabytes}} MB），不像是工作区文件。',
    truncated:
      '文件不完整，像是在复制或保存时被中断了。原文件没有被改动；可以尝试同一文件夹中的备份（.bak）。',
    /** Only the position: never a quote of the file, which may not be ours to show. */
    'not-json': '这不是工作区文件：内容不是有效的 JSON（第 {{line}} 行第 {{column}} 列有误）。',
    'not-utf8':
      '文件内容不是 UTF-8 编码的文本（可能来自使用 GBK 等其他编码的程序），无法安全地打开。',
    'not-workspace': '这不是北极星共创工作台的工作区文件。',
    'too-new':
      '这个文件由更新版本的北极星共创工作台保存（格式版本 {{version}}）。请升级应用后再打开；文件没有被改动。',
    'unsupported-version': '无法升级格式版本 {{version}} 的文件。',
    invalid: '文件内容有误，无法打开：{{problems}}',
    'broken-tree': '指标树结构有误，无法打开：$t(errors:rule.{{rule}})',
    untouched: '文件本身没有被修改。',
  },
  save: {
    title: '无法保存',
    'not-found': '目标文件夹不存在。',
    'permission-denied': '没有写入这个位置的权限，请选择其他文件夹。',
    'is-directory': '这个路径是一个文件夹，请输入文件名。',
    'not-allowed': '应用没有获准写入这个路径。请用“另存为”重新选择位置。',
    'not-allowed-roots':
      '这个位置不在应用可以使用的文件夹里。浏览器模式只能把工作区文件（.northstar）保存到主文件夹（以及启动时用 --root 指定的文件夹）中。',
    'disk-full': '磁盘空间不足，文件没有保存。之前保存的版本保持不变。',
    'io-error': '写入文件时出错：{{detail}}。之前保存的版本保持不变。',
    'changed-on-disk': '打开之后，这个文件在磁盘上被其他程序或其他人修改过。',
    'invalid-workspace': '工作区数据有误，没有保存：{{problems}}',
  },
  /** Rules of the document that the schema cannot express (workspace/invariants.ts). */
  rule: {
    'duplicate-id': '有两个对象使用了同一个编号。',
    'no-north-star': '没有北极星指标（没有位于树根的指标）。',
    'several-north-stars': '有不止一个北极星指标（树根处有多个指标）。',
    'north-star-not-strategy': '北极星指标不在战略层。',
    'missing-parent': '有指标的上级指标不存在。',
    cycle: '有指标成了自己的上级（循环）。',
    'bad-cross-parent': '有交叉绑定指向不存在的指标或指向自身。',
    'unknown-person': '有负责人、协作人或护栏指标的负责人不在人员名单中。',
    'unknown-department': '有指标、人员、岗位或部门引用了不存在的部门。',
    'unknown-position': '有人员引用了不存在的岗位。',
  } satisfies Record<InvariantViolation['rule'], string>,
  tree: {
    'unknown-metric': '找不到这个指标。',
    'north-star-is-fixed': '北极星指标是整棵树的根，不能删除或移动。',
    'into-own-subtree': '不能把指标移到它自己的下级指标之下。',
    'index-out-of-range': '位置超出范围。',
    'invalid-patch': '指标的某个字段值无效，没有做任何修改。',
    'duplicate-id': '这个编号已被占用，没有添加任何指标。',
  },
  /** Target math (src/shared/math): formula errors, roll-up diagnostics, split-down refusals, units. */
  math: {
    relation: {
      sum: '求和',
      'weighted-sum': '加权求和',
      product: '乘积',
      ratio: '比值',
      average: '平均',
      formula: '自定义公式',
      aligned: '仅对齐',
    },
    formula: {
      empty: '公式是空的。',
      'too-long': '公式太长（最多 {{limit}} 个字符）。',
      'too-deep': '第 {{column}} 个字符处括号或正负号嵌套太深。',
      'number-out-of-range': '第 {{column}} 个字符处的数字太大。',
      'thousands-separator':
        '数字中不能使用千位分隔符“,”，请写成 1200 这样的形式（在有些地区逗号表示小数点）。',
      'missing-operator': '第 {{column}} 个字符处缺少运算符：相乘请写 × 或 *。',
      'unclosed-paren': '缺少右括号“)”。',
      'unclosed-bracket': '第 {{column}} 个字符处的名称括号没有闭合。',
      incomplete: '公式不完整：最后还缺一个数字或指标。',
      unexpected: '第 {{column}} 个字符“{{found}}”不能出现在这里。',
      'unknown-reference': '“{{name}}”不是这个指标的下级指标。',
      'ambiguous-reference': '有多个下级指标都叫“{{name}}”，请先改名再引用。',
      'self-reference': '公式不能引用指标自己。',
      cycle: '这样会形成循环：{{names, list}}。',
      'unstorable-id': '指标编号“{{id}}”含有公式中无法保存的字符。',
    },
    rollUp: {
      'missing-input': '还没有目标值：{{names, list}}。',
      'division-by-zero': '除数为零，无法计算。',
      'not-finite': '计算结果超出了可以表示的范围。',
      cycle: '这些指标互相引用，形成了循环：{{names, list}}。',
      'ratio-incomplete': '请为比值选定分子和分母（各一个下级指标）。',
      'formula-empty': '还没有填写公式。',
      'formula-invalid': '保存的公式无法读取，请重新编辑公式。',
      'formula-unknown-reference': '公式引用的指标已不是下级指标：{{names, list}}。',
    },
    split: {
      'unknown-metric': '找不到这个指标。',
      'no-target': '请先为这个指标填写目标值，再向下拆解。',
      'no-inputs': '这个指标没有可以拆解的下级指标。',
      'method-not-for-relation':
        '这种拆解方式不适用于“$t(errors:math.relation.{{relation}})”关系。',
      'not-an-input': '“{{name}}”不是这个指标的下级指标。',
      'all-fixed': '所有下级指标都已锁定，没有可以分配的指标。',
      'missing-baselines': '缺少基线值：{{names, list}}。',
      'baselines-not-positive': '按相同增长率拆解需要基线值大于零：{{names, list}}。',
      'missing-weights': '缺少权重：{{names, list}}。',
      'missing-targets': '这些指标保持原目标，但还没有目标值：{{names, list}}。',
      'zero-baselines': '基线值合计为零，无法按比例拆解。',
      'zero-weights': '权重合计为零，无法按权重拆解。',
      'zero-coefficients': '系数合计为零，无法平均拆解。',
      'division-by-zero': '除数为零，无法拆解。',
      'no-solution': '下级指标取任何值都无法达到这个目标。',
    },
    units: {
      mixed: '下级指标的单位不一致：{{units, list}}。',
      'parent-differs': '下级指标的单位（{{inputs}}）与本指标（{{own}}）不同。',
      unknown: '这些下级指标还没有单位：{{names, list}}。',
    },
  },
};
