/**
 * How much of a file the reader is willing to handle, and why. A KPI sheet is
 * a few hundred rows; these limits sit far above any honest one and far below
 * what would freeze the app or exhaust the worker's memory. Each limit that
 * refuses a file has its own ReadFailure, so the facilitator reads which one.
 */

const MB = 1024 * 1024;

/**
 * Files above this are refused before a single byte is parsed (`too-large`).
 * The biggest real KPI workbook we have seen is under 1 MB; 100 MB leaves
 * room for a sheet full of pictures while keeping the parse well inside the
 * time limit.
 */
export const MAX_FILE_BYTES = 100 * MB;

/**
 * An .xlsx/.ods is a zip: the sum of its entries' uncompressed sizes, read
 * from the zip's own directory before anything is inflated
 * (`expands-too-much`). SheetJS holds an entry's XML as one string; past a few
 * hundred MB that string alone outgrows the worker's memory.
 */
export const MAX_UNCOMPRESSED_BYTES = 500 * MB;

/**
 * Expansion ratio (uncompressed / file size) above which a zip counts as a
 * bomb, once it expands past MIN_BYTES_FOR_RATIO_CHECK. Sheet XML compresses
 * 5–30× in practice; deflate cannot exceed ~1,032×, which is what bombs use.
 */
export const MAX_EXPANSION_RATIO = 200;
export const MIN_BYTES_FOR_RATIO_CHECK = 20 * MB;

/** A workbook has a handful of zip entries; a million tiny ones is an attack on the parser. */
export const MAX_ZIP_ENTRIES = 10_000;

/**
 * Rows and columns kept per sheet, and cells kept per workbook. Past these the
 * reader stops collecting and marks the sheet `truncated` rather than refusing
 * the file: the KPI table is almost always at the top-left, so the facilitator
 * still gets it, and the wizard says that the rest was left out. A sheet of a
 * million rows is a data export, not a KPI sheet; keeping it would only make
 * every later stage slow.
 */
export const MAX_ROWS_PER_SHEET = 100_000;
export const MAX_COLUMNS_PER_SHEET = 1_024;
export const MAX_CELLS_PER_WORKBOOK = 2_000_000;

/** The worker is stopped after this long (`timed-out`); a sheet that honest takes under 5 s. */
export const IMPORT_TIME_LIMIT_SECONDS = 60;

/** Heap for the import worker: a runaway parse ends that worker, not the app. */
export const WORKER_HEAP_MB = 2_048;

/** Bytes to megabytes for messages, one decimal. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}
