import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { analyseWorkbook } from '../../shared/import/analyse';
import type { ImportAnalysis, ReadFailure, TextEncoding } from '../../shared/import/types';
import { readSpreadsheet } from '../services/import/read-spreadsheet';
import { MAX_FILE_BYTES } from '../services/import/limits';

export interface ImportRequest {
  file: string;
  sheet?: string;
  json: boolean;
  encoding?: TextEncoding;
}

export type ImportOutcome =
  | { ok: true; analysis: ImportAnalysis }
  | { ok: false; failure: ReadFailure }
  | { ok: false; failure: { reason: 'not-found' } | { reason: 'unknown-sheet'; sheet: string } };

/**
 * `cli import FILE`: the same reading and analysis as the app's import
 * wizard, printed. Nothing is written. A file larger than the reader's limit
 * is refused from its size alone, before a byte is read.
 */
export async function importFile(request: ImportRequest): Promise<ImportOutcome> {
  let size: number;
  try {
    const info = await stat(request.file);
    if (!info.isFile()) return { ok: false, failure: { reason: 'not-found' } };
    size = info.size;
  } catch {
    return { ok: false, failure: { reason: 'not-found' } };
  }
  if (size > MAX_FILE_BYTES)
    return { ok: false, failure: { reason: 'too-large', bytes: size, limitBytes: MAX_FILE_BYTES } };
  const bytes = new Uint8Array(await readFile(request.file));
  const read = readSpreadsheet(bytes, {
    fileName: path.basename(request.file),
    ...(request.encoding ? { encoding: request.encoding } : {}),
  });
  if (!read.ok) return { ok: false, failure: read.failure };
  if (request.sheet !== undefined && !read.workbook.sheets.some((s) => s.name === request.sheet))
    return { ok: false, failure: { reason: 'unknown-sheet', sheet: request.sheet } };
  const analysis = analyseWorkbook(
    read.workbook,
    request.sheet !== undefined ? { sheet: request.sheet } : {},
  );
  return { ok: true, analysis };
}

/** Excel's column letters, for people who will look the cell up: 0 → A, 27 → AB. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The machine-readable form (`--json`): rows 1-based as in Excel, weights in
 * percent points as the workspace keeps them, null where a sheet says nothing.
 */
export function importJson(analysis: ImportAnalysis): unknown {
  return {
    file: analysis.fileName,
    format: analysis.format,
    encoding: analysis.encoding,
    sheet: analysis.sheet,
    layout: analysis.layout,
    headerRow: analysis.headerRow + 1,
    headerRows: analysis.headerRows,
    mapping: analysis.columns.map((column) => ({
      column: columnLetters(column.index),
      header: column.header,
      field: column.field,
    })),
    metrics: analysis.metrics.map((m) => ({
      name: m.name,
      department: m.department,
      position: m.position,
      unit: m.unit,
      baseline: m.baseline,
      target: m.target,
      targetLow: m.targetLow,
      targetHigh: m.targetHigh,
      comparator: m.comparator,
      weight: m.weight,
      owner: m.owner,
      collaborators: m.collaborators,
      parent: m.parent,
      category: m.category,
      formula: m.formula,
      dataSource: m.dataSource,
      period: m.period,
      row: m.sourceRow + 1,
      warnings: m.warnings.map((w) => w.code),
    })),
    rows: analysis.rows.map((fate) =>
      fate.fate === 'skipped'
        ? { row: fate.row + 1, fate: fate.fate, reason: fate.reason }
        : fate.fate === 'warning'
          ? {
              row: fate.row + 1,
              fate: fate.fate,
              reasons: fate.warnings.map((w) => w.code),
            }
          : { row: fate.row + 1, fate: fate.fate },
    ),
  };
}

/** The human-readable form: what was found, and every row that was not simply imported. */
export function importReport(analysis: ImportAnalysis, t: TFunction): string[] {
  const skipped = analysis.rows.filter((r) => r.fate === 'skipped');
  const warned = analysis.rows.filter((r) => r.fate === 'warning');
  const lines = [
    t('cli:import.found', {
      file: analysis.fileName,
      sheet: analysis.sheet,
      layout: t(`import:analysis.layout.${analysis.layout}`),
      from: analysis.headerRow + 1,
      to: analysis.headerRow + analysis.headerRows,
    }),
    t('cli:import.counts', {
      metrics: analysis.metrics.length,
      skipped: skipped.length,
      warned: warned.length,
    }),
  ];
  for (const fate of analysis.rows) {
    if (fate.fate === 'skipped')
      lines.push(
        t('cli:import.skippedRow', {
          row: fate.row + 1,
          reason: t(`import:analysis.skip.${fate.reason}`),
        }),
      );
    else if (fate.fate === 'warning')
      for (const warning of fate.warnings)
        lines.push(
          t('cli:import.warnedRow', {
            row: fate.row + 1,
            reason: t(`import:analysis.warn.${warning.code}`, { text: warning.text }),
          }),
        );
  }
  return lines;
}
