/**
 * Cells that say "nothing here" in the ways people write it: dashes, a
 * slash, N/A, 无 / 暂无 / 待定, TBD. Their text is kept for the report, but
 * they carry no number, no name and no person.
 */

const PLACEHOLDER_WORDS = new Set([
  'n/a',
  'na',
  'n.a.',
  'none',
  'nil',
  'null',
  'tbd',
  'tba',
  '无',
  '暂无',
  '待定',
  '未定',
  '不适用',
  '空',
  '/',
  '\\',
]);

/** Only dashes, underscores, dots or slashes ("—", "--", "-", "——", "/", "…"). */
const PUNCTUATION_ONLY = /^[-\u2010-\u2015\u2212\u30fc_/\\.…·*]+$/;

/** `text` must already be normalised (normaliseText). */
export function isPlaceholder(text: string): boolean {
  if (text === '') return false;
  return PUNCTUATION_ONLY.test(text) || PLACEHOLDER_WORDS.has(text.toLowerCase());
}
