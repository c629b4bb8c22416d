import type { Messages } from './messages';
import type { importReadZhCN } from './import-read.zh-CN';

export const importReadEn: Messages<typeof importReadZhCN> = {
  title: 'Cannot import “{{name}}”',
  'not-a-spreadsheet':
    'This file is not a spreadsheet. Choose an Excel (.xlsx, .xls), WPS / LibreOffice (.ods) or CSV / TXT file.',
  damaged:
    'This file is damaged or incomplete; a download or copy may have been interrupted. Open it in Excel or WPS, save a copy and import that.',
  'password-protected':
    'This file has an opening password. Remove the password in Excel, save a copy and import that.',
  'empty-workbook': 'This file holds nothing: every sheet is empty.',
  'too-large':
    'This file is too large ({{megabytes}} MB); the most that can be imported is {{limitMegabytes}} MB. Save only the sheet with the KPIs as a new file and import that.',
  'too-many-cells':
    'This file has too many cells (more than {{limitCells}}) to import. Copy only the part with the KPIs into a new file and import that.',
  'expands-too-much':
    'Unpacked, this file would become abnormally large; it may be damaged or built to attack, so it was not opened. Save a copy from Excel and import that.',
  'undecodable-text':
    'The text encoding of this file could not be recognised (the last one tried was $t(import:read.encoding.{{encoding}})). Choose the encoding when importing, or save it from Excel / WPS as “CSV UTF-8” and import that.',
  'timed-out':
    'Reading this file took more than {{seconds}} seconds and was stopped. Save only the sheet with the KPIs as a new file and import that.',
  cancelled: 'Import cancelled.',
  notice: {
    truncated:
      'Sheet “{{sheet}}” is very large: only its first {{rows}} rows and {{columns}} columns were read (at most {{cells}} cells per file); the rest was not imported.',
    'encoding-detected':
      'Read as $t(import:read.encoding.{{encoding}}). If the text looks garbled, choose another encoding.',
  },
  encoding: {
    'utf-8': 'UTF-8 (universal; Excel’s “CSV UTF-8”)',
    gb18030: 'GBK / GB18030 (simplified Chinese Windows and WPS default)',
    big5: 'Big5 (traditional Chinese, Taiwan and Hong Kong)',
    'utf-16le': 'UTF-16 LE (Excel’s “Unicode text”)',
    'utf-16be': 'UTF-16 BE',
  },
};
