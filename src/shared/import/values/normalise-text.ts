/**
 * One spelling for text typed in many ways: full-width digits and letters
 * from Chinese input methods, NBSP and zero-width characters pasted from the
 * web, runs of spaces from aligning by hand. Line breaks are kept (as '\n'):
 * a header cell may hold a name, a note and a weight on separate lines.
 */

/**
 * Characters NFKC would flatten although they carry meaning here: circled
 * numbers mark several amounts packed in one cell ("①≥85% ②≤9%"), and
 * superscripts belong to units (m², m³).
 */
const KEEP_AS_WRITTEN = /[\u2460-\u2473\u00b2\u00b3]/;
const COMPATIBILITY_RUN = /[^\u2460-\u2473\u00b2\u00b3]+/g;

/** Zero-width space/joiners, word joiner, BOM, soft hyphen: invisible, never meant. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Horizontal white space after NFKC (NBSP and U+3000 have become ' ' by then). */
const SPACE_RUN = /[^\S\n]+/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085\v\f]/g;
const SPACE_AROUND_BREAK = / ?\n[\n ]*/g;
/** Text that NFKC and the whitespace rules leave as it is: plain printable ASCII, single spaces. */
const ALREADY_NORMAL = /^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/;

export function normaliseText(text: string): string {
  if (ALREADY_NORMAL.test(text)) return text;
  const compatible = KEEP_AS_WRITTEN.test(text)
    ? text.replace(COMPATIBILITY_RUN, (run) => run.normalize('NFKC'))
    : text.normalize('NFKC');
  return compatible
    .replace(INVISIBLE, '')
    .replace(LINE_BREAK, '\n')
    .replace(SPACE_RUN, ' ')
    .replace(SPACE_AROUND_BREAK, '\n')
    .trim();
}
