import type { Metric } from '../../shared/workspace/schema';
import { formatValue, withUnit } from './format';

/**
 * How tall a metric's box must be to show all of its text, computed from the
 * document alone: the layout runs on every edit and must not wait for the DOM
 * (or differ between a headless test and the window).
 *
 * Text width is estimated with a character-width model: CJK and full-width
 * characters are 1 em; each printable ASCII character has the larger of its
 * width in Noto Sans CJK SC Bold (measured in Chromium, the face this
 * machine and many Linux installs fall back to) and in Arial/Helvetica Bold
 * (the Adobe metrics; Segoe UI and PingFang are within a few per cent), plus
 * 6 %. Bold widths are used for every text, so regular text is overestimated
 * a little: a box is sometimes a line taller than it needs, never too short
 * for its text on the faces we know. Lines are then filled greedily the way
 * the browser does: breaks at spaces, after "-" and "/", around CJK
 * characters, never before closing punctuation; a word wider than the line
 * breaks anywhere (`overflow-wrap: anywhere`).
 *
 * The box geometry below is mirrored in styles/canvas.css (kept in step by
 * test/e2e/canvas-readable.spec.ts, which checks no text overflows its box).
 */

export const BOX_WIDTH = 240;
/** Text column: box width − 8 px stripe − right border − 12 + (12 − right border) padding. */
export const TEXT_WIDTH = 208;
/** Border + padding, top and bottom together, the same for every layer (canvas.css). */
const CHROME_Y = 20;
const ROW_GAP = 4;

export const FONT = {
  /** The department and layer row. */
  tag: { size: 14, line: 18 },
  name: { size: 22, line: 28 },
  northStarName: { size: 26, line: 32 },
  numbers: { size: 19, line: 24 },
  owner: { size: 15, line: 20 },
} as const;
/** The department row: 6 px padding each side, then the layer label's fixed column and a 6 px gap. */
const TAG_PAD_Y = 4;
export const LAYER_LABEL_WIDTH = 80;
const DEPARTMENT_TEXT_WIDTH = TEXT_WIDTH - 12 - LAYER_LABEL_WIDTH - 6;

/** Zoomed out, a box shows its name alone in one of these sizes: the largest that fits. */
export const OVERVIEW_FONT_SIZES = [44, 40, 36, 32, 28] as const;
/** Line height of the zoomed-out name, as a factor of its size (canvas.css). */
export const OVERVIEW_LINE = 1.2;

export interface BoxSize {
  height: number;
  /** Font size of the name when the box shows only its name (zoomed out). */
  overviewFontSize: number;
}

/** What a box shows besides the metric itself. */
export interface BoxLabels {
  department: string | null;
  owner: string | null;
  /** A parent whose relation computes shows its math row (renderer/math/box-math.ts). */
  mathRow?: boolean;
}

/**
 * The math row (gap badge, canvas.css `.metric-math`): two 20 px lines, 2 px
 * border and 3 px padding each side, and its row gap. Always two lines, the
 * same in every language, so a parent's height never depends on its figures
 * (an edit of a child's target never moves the layout).
 */
export const MATH_ROW_HEIGHT = 2 * 20 + 2 * (2 + 3) + ROW_GAP;

// Widths in em of ASCII 32–126 (see above), ×100.
const ASCII_EM = [
  28, 37, 57, 59, 59, 96, 74, 32, 38, 38, 51, 59, 32, 37, 32, 39, 59, 59, 59, 59, 59, 59, 59, 59,
  59, 59, 33, 33, 59, 59, 59, 61, 101, 72, 72, 72, 72, 67, 61, 78, 76, 33, 57, 72, 61, 85, 75, 78,
  67, 78, 72, 67, 62, 75, 67, 94, 67, 67, 61, 38, 39, 38, 59, 57, 63, 59, 64, 56, 64, 58, 37, 61,
  64, 30, 31, 60, 31, 96, 64, 63, 64, 64, 44, 56, 42, 64, 58, 86, 56, 57, 51, 39, 30, 39, 59,
].map((w) => (w / 100) * 1.06);
const OTHER_EM = 0.7;

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x2010 && code <= 0x2bff) || // dashes, arrows, symbols: full width in CJK faces
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code === 0xb7 ||
    (code >= 0xd800 && code <= 0xdfff) // half of an emoji or other astral character
  );
}

function isCjk(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xff60)
  );
}

/** No line may start with these (closing brackets and punctuation, Latin and CJK). */
const NO_BREAK_BEFORE = new Set(
  [...')]}%‰,.:;!?）」』】〕》〉、，。：；！？…·'].map((char) => char.codePointAt(0)!),
);
const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const HYPHEN = 45;
const SLASH = 47;

function emWidth(code: number): number {
  if (code >= 32 && code <= 126) return ASCII_EM[code - 32]!;
  return isWide(code) ? 1 : OTHER_EM;
}

export interface Wrapped {
  lines: number;
  /** A word had to be broken inside (wider than the line at this size). */
  brokeWord: boolean;
}

/** How many lines `text` takes at `fontSize` px in a column `width` px wide. */
export function wrapText(text: string, fontSize: number, width: number): Wrapped {
  let lines = 1;
  let line = 0; // width on the current line, committed words only
  let word = 0; // width of the word being read (no break inside it)
  let brokeWord = false;
  const commit = () => {
    if (word === 0) return;
    if (line > 0 && line + word > width) {
      lines++;
      line = 0;
    }
    if (word > width) {
      brokeWord = true;
      const extra = Math.ceil(word / width) - 1;
      lines += extra;
      line = word - extra * width;
    } else {
      line += word;
    }
    word = 0;
  };
  // A CJK character is a word of its own; it stays open until the next
  // character, so closing punctuation right after it can still join it.
  let openCjk = false;
  // By UTF-16 unit: this runs for every box on every layout, so no string
  // iterator; a surrogate pair counts as two "other" characters (emoji are rare).
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const w = emWidth(code) * fontSize;
    if (code === SPACE || code === TAB) {
      commit();
      openCjk = false;
      line += w; // a space at the end of a line hangs: it never wraps by itself
    } else if (code === NEWLINE) {
      commit();
      openCjk = false;
      lines++;
      line = 0;
    } else if (NO_BREAK_BEFORE.has(code)) {
      word += w;
    } else if (isCjk(code)) {
      commit();
      word = w;
      openCjk = true;
    } else {
      if (openCjk) commit();
      openCjk = false;
      word += w;
      if (code === HYPHEN || code === SLASH) commit();
    }
  }
  commit();
  return { lines, brokeWord };
}

/** "118 → 150 万单": the numbers row as the box shows it (locale only changes digits' grouping, not width). */
export function numbersText(metric: Metric): string {
  const show = (value: number | null) =>
    value === null ? '—' : formatValue(value, metric.definition.precision, 'en');
  const target = withUnit(
    show(metric.target),
    metric.target === null ? '' : metric.definition.unit,
  );
  return `${show(metric.baseline.value)} → ${target}`;
}

/** Placeholder texts ("No owner yet", "(unnamed metric)") take one line in every language. */
function linesOf(text: string | null, font: { size: number }, width: number): number {
  return text ? wrapText(text, font.size, width).lines : 1;
}

/** The box of `metric`, and the font its name takes when zoomed out. */
export function metricBoxSize(metric: Metric, labels: BoxLabels): BoxSize {
  const isNorthStar = metric.parentId === null;
  const nameFont = isNorthStar ? FONT.northStarName : FONT.name;
  const tagLines = isNorthStar ? 1 : linesOf(labels.department, FONT.tag, DEPARTMENT_TEXT_WIDTH);
  const nameLines = linesOf(metric.name, nameFont, TEXT_WIDTH);
  const numberLines = wrapText(numbersText(metric), FONT.numbers.size, TEXT_WIDTH).lines;
  const ownerLines = linesOf(labels.owner, FONT.owner, TEXT_WIDTH);
  const detail =
    CHROME_Y +
    tagLines * FONT.tag.line +
    TAG_PAD_Y +
    nameLines * nameFont.line +
    numberLines * FONT.numbers.line +
    ownerLines * FONT.owner.line +
    3 * ROW_GAP +
    (labels.mathRow ? MATH_ROW_HEIGHT : 0);

  // Zoomed out the name alone fills the box: the largest size at which no
  // word breaks and the name fits the box's detailed height.
  const name = metric.name || 'x';
  let fallback = 0;
  for (const size of OVERVIEW_FONT_SIZES) {
    const { lines, brokeWord } = wrapText(name, size, TEXT_WIDTH);
    const height = CHROME_Y + lines * Math.ceil(size * OVERVIEW_LINE);
    if (!brokeWord && height <= detail) return { height: detail, overviewFontSize: size };
    fallback = height;
  }
  const smallest = OVERVIEW_FONT_SIZES[OVERVIEW_FONT_SIZES.length - 1]!;
  return { height: Math.max(detail, fallback), overviewFontSize: smallest };
}
