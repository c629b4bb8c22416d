import type { Messages } from './messages';
import { importAnalysisEn } from './import-analysis.en';
import { importReadEn } from './import-read.en';
import type { importZhCN } from './import.zh-CN';

export const importEn: Messages<typeof importZhCN> = {
  read: importReadEn,
  analysis: importAnalysisEn,
};
