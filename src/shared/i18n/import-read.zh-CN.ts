import type { ReadFailure, TextEncoding } from '../import/types';

/**
 * Why a file could not be read (`import:read.<reason>`), what was left out
 * (`import:read.notice.*`), and the encodings the user may choose
 * (`import:read.encoding.<encoding>`). Written for a facilitator in a
 * workshop: what happened and what to do next, no jargon.
 */
export const importReadZhCN = {
  title: '无法导入「{{name}}」',
  'not-a-spreadsheet':
    '这个文件不是表格。请选择 Excel（.xlsx、.xls）、WPS / LibreOffice（.ods）或 CSV / TXT 文件。',
  damaged:
    '这个文件已损坏或不完整，可能在下载或复制时被中断了。请在 Excel 或 WPS 中打开它，另存一份后再导入。',
  'password-protected': '这个文件设置了打开密码。请在 Excel 中去掉密码后另存一份再导入。',
  'empty-workbook': '这个文件里没有任何内容：所有工作表都是空的。',
  'too-large':
    '这个文件太大（{{megabytes}} MB），超过了可以导入的 {{limitMegabytes}} MB。请只把指标所在的工作表另存为一个新文件再导入。',
  'too-many-cells':
    '这个文件的单元格太多（超过 {{limitCells}} 个），无法导入。请只把指标所在的部分复制到一个新文件再导入。',
  'expands-too-much':
    '这个文件解压后会变得异常大，可能是损坏的或恶意构造的文件，已拒绝打开。请在 Excel 中另存一份再导入。',
  'undecodable-text':
    '无法识别这个文本文件的编码（最后尝试的是 $t(import:read.encoding.{{encoding}})）。请在导入时手动选择编码，或在 Excel / WPS 中另存为“CSV UTF-8”后再导入。',
  'timed-out':
    '读取这个文件超过了 {{seconds}} 秒，已停止。请只把指标所在的工作表另存为一个新文件再导入。',
  cancelled: '已取消导入。',
  notice: {
    truncated:
      '工作表「{{sheet}}」太大，只读取了前 {{rows}} 行、{{columns}} 列（整个文件最多 {{cells}} 个单元格），其余部分没有导入。',
    'encoding-detected':
      '按 $t(import:read.encoding.{{encoding}}) 编码读取。如果文字显示为乱码，请换一种编码。',
  },
  encoding: {
    'utf-8': 'UTF-8（通用，Excel 的“CSV UTF-8”）',
    gb18030: 'GBK / GB18030（简体中文 Windows、WPS 的默认编码）',
    big5: 'Big5（繁体中文，台湾、香港常用）',
    'utf-16le': 'UTF-16 LE（Excel 的“Unicode 文本”）',
    'utf-16be': 'UTF-16 BE',
  } satisfies Record<TextEncoding, string>,
} satisfies Record<ReadFailure['reason'] | 'title' | 'notice' | 'encoding', unknown>;
