import * as XLSX from 'xlsx';
import { readSpreadsheet } from '../../../src/main/services/import/read-spreadsheet';
import { analyseWorkbook } from '../../../src/shared/import/analyse';
import { kpiWorkbook } from './kpi-workbook';

/**
 * `npm run bench:import`: the whole import of a 20,000-row KPI workbook
 * (read, detect the sheet and header, map the columns, normalise every value,
 * account for every row) against SheetJS alone doing what any importer must
 * at least do with the same bytes: `read` + `sheet_to_json` of the KPI sheet.
 * Interleaved runs after a warm-up, medians; the ratio is ours / bare.
 * Goal ≤ 1.5×. The last line is machine-readable; docs/benchmarks.md has the figures.
 */
const ROWS = 20_000;
const RUNS = Number(process.env.IMPORT_BENCH_RUNS ?? 7);

const bytes = kpiWorkbook(ROWS);

function bare(): number {
  const book = XLSX.read(bytes, { type: 'array' });
  const sheet = book.Sheets['KPI汇总'];
  if (!sheet) throw new Error('the generated workbook lost its KPI sheet');
  return XLSX.utils.sheet_to_json(sheet, { header: 1 }).length;
}

function ours(): number {
  const read = readSpreadsheet(bytes, { fileName: 'kpi-20000.xlsx' });
  if (!read.ok)
    throw new Error(`the import refused the generated workbook: ${read.failure.reason}`);
  const analysis = analyseWorkbook(read.workbook);
  if (analysis.metrics.length < ROWS) {
    throw new Error(`the import found ${analysis.metrics.length} of ${ROWS} metrics`);
  }
  return analysis.rows.length;
}

function time(run: () => number): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

// Warm-up: the first run of each pays for JIT and SheetJS's lazy tables.
time(bare);
time(ours);
const bareTimes: number[] = [];
const ourTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  // Alternate which goes first, so neither always runs on a warmer or a fuller heap.
  if (i % 2 === 0) {
    bareTimes.push(time(bare));
    ourTimes.push(time(ours));
  } else {
    ourTimes.push(time(ours));
    bareTimes.push(time(bare));
  }
}
const bareMs = median(bareTimes);
const ourMs = median(ourTimes);
console.log(
  `file: ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB, ${ROWS} KPI rows, ${RUNS} runs`,
);
console.log(`bare SheetJS read + sheet_to_json: ${bareMs.toFixed(0)} ms (median)`);
console.log(`whole import (read, detect, map, normalise, report): ${ourMs.toFixed(0)} ms (median)`);
console.log(`import-bench: ${ROWS}-rows ${(ourMs / bareMs).toFixed(2)}x`);
