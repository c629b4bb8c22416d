import { importAnalysisZhCN } from './import-analysis.zh-CN';
import { importReadZhCN } from './import-read.zh-CN';

/**
 * Namespace `import`: reading last year's KPI sheets (read: why a file cannot
 * be read) and what the analysis did with each row (analysis).
 */
export const importZhCN = {
  read: importReadZhCN,
  analysis: importAnalysisZhCN,
};
