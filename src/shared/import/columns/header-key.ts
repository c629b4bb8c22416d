/**
 * A header (or a synonym) reduced to what matters for matching: normalised,
 * lower case, without bracketed notes ("（%）", "(Max 100%)"), years
 * ("2025年", "FY2025"), punctuation or spacing. Two forms: `words` keeps
 * single spaces (Latin phrases match whole words: "unit" is not in
 * "community") and `compact` drops them (CJK phrases match anywhere: "项  目"
 * is 项目).
 */
import { normaliseText } from '../values/normalise-text';

export interface HeaderKey {
  words: string;
  compact: string;
}

const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|\{[^{}]*\}|〔[^〔〕]*〕/g;
const UNCLOSED_BRACKET = /[([【{〔][^)\]】}〕]*$/;
const YEAR = /(?:fy|财年|財年)?\s*(?:19|20)\d{2}\s*(?:年度|年|财年|財年|fy)?/g;
/** Everything but letters, digits and the few signs a header may be made of. */
const NOT_WORD = /[^\p{L}\p{N}\p{M}#№]+/gu;
const LATIN_THEN_OTHER =
  /(\p{Script=Latin}|\p{Script=Cyrillic}|\d)(?=[\p{Script=Han}\p{Script=Hangul}])/gu;
const OTHER_THEN_LATIN =
  /([\p{Script=Han}\p{Script=Hangul}])(?=\p{Script=Latin}|\p{Script=Cyrillic}|\d)/gu;

/** `text` is one already normalised, lower-cased line or segment. */
export function headerKey(text: string): HeaderKey {
  const words = text
    .replace(BRACKETED, ' ')
    .replace(BRACKETED, ' ')
    .replace(UNCLOSED_BRACKET, ' ')
    .replace(YEAR, ' ')
    .replace(NOT_WORD, ' ')
    .replace(LATIN_THEN_OTHER, '$1 ')
    .replace(OTHER_THEN_LATIN, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words === '') {
    // "#" and "№" alone survive; a header of only brackets or a year has no key.
    const bare = text.trim();
    return bare === '#' || bare === '№'
      ? { words: bare, compact: bare }
      : { words: '', compact: '' };
  }
  return { words, compact: words.replace(/ /g, '') };
}

/** The spellings of one header worth matching: each line, each "/" half, the lines run together. */
export function headerReadings(header: string): string[] {
  const normal = normaliseText(header).toLowerCase();
  if (normal === '') return [];
  const lines = normal.split('\n');
  const readings = new Set<string>(lines);
  if (lines.length > 1) readings.add(lines.join(''));
  for (const line of lines) {
    const halves = line.split('/');
    if (halves.length > 1) for (const half of halves) readings.add(half);
    // "Name of KPI", "Target of year": the head noun comes first in English.
    const of = / of /.exec(line);
    if (of) readings.add(line.slice(0, of.index));
  }
  return [...readings];
}
