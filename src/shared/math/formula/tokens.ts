import type { Expected, FormulaSyntaxError } from './ast';

/**
 * The lexer. It reads what a facilitator types on a Chinese or English
 * keyboard: ASCII `+ - * /`, the signs `× ÷ −`, and what an IME in
 * full-width mode gives (`＋ － ＊ ／ （ ） ％ ．`, full-width digits,
 * `【…】` for brackets). Positions are kept in the original text; only the
 * meaning of a character is normalized, never the text of a name.
 *
 * Numbers: `12`, `0.5`, `.5`, and `15%` (= 0.15). No exponent (`1e6` would read
 * as 1 followed by a name `e6`), and no thousands separator: `1,200` is a
 * syntax error with a hint, because the comma is a decimal separator in much
 * of the world (1,200 = 1.2 in German), an Excel paste may carry either
 * convention, and a misread target is worse than a refused one. (A comma may
 * also separate arguments if functions like min/max come later.)
 */

export type Token =
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'operator'; operator: '+' | '-' | '*' | '/'; start: number; end: number }
  | { kind: '(' | ')' | '%'; start: number; end: number }
  | { kind: 'reference'; form: 'id' | 'name'; ref: string; start: number; end: number }
  | { kind: 'invalid'; char: string; start: number; end: number }
  | { kind: 'end'; start: number; end: number };

/** What a character means, for the few that have several spellings. */
const SIGNS: Readonly<Record<string, string>> = {
  '×': '*',
  '＊': '*',
  '÷': '/',
  '／': '/',
  '＋': '+',
  '−': '-',
  '–': '-',
  '－': '-',
  '（': '(',
  '）': ')',
  '％': '%',
  '．': '.',
  '｛': '{',
  '｝': '}',
  '［': '[',
  '【': '[',
  '］': ']',
  '】': ']',
};

/** The ASCII meaning of a character (full-width digits to digits), else the character itself. */
export function signOf(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  return Object.hasOwn(SIGNS, char) ? (SIGNS[char] as string) : char;
}

function isDigit(char: string | undefined): boolean {
  if (char === undefined) return false;
  const sign = signOf(char);
  return sign.length === 1 && sign >= '0' && sign <= '9';
}

/**
 * A bare name: a letter (any script: 访客数, GMV, Umsatz) or `_`, then letters,
 * digits, combining marks or `_`. Spaces, operators, dots and brackets end it,
 * so a name containing any of them is written in brackets: `[Conversion rate]`
 * or `「新客 首单数」`. A bare name never starts with a digit: `2x` is an error
 * (no implicit multiplication), not a name.
 */
export const NAME_START = /^[\p{L}_]$/u;
export const NAME_PART = /^[\p{L}\p{N}\p{M}_]$/u;

/**
 * Twice the stored limit (the schema's 2,000 characters), since names can be
 * longer than ids; it bounds the work on a pasted novel and the depth of a
 * chain `1+1+…` (which printing walks recursively).
 */
export const MAX_FORMULA_LENGTH = 4_000;

type LexResult = { ok: true; tokens: Token[] } | { ok: false; error: FormulaSyntaxError };

export function tokenize(text: string): LexResult {
  if (text.length > MAX_FORMULA_LENGTH)
    return { ok: false, error: { kind: 'too-long', limit: MAX_FORMULA_LENGTH } };
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const point = text.codePointAt(i) as number;
    const char = String.fromCodePoint(point);
    const sign = signOf(char);
    const start = i;
    if (/^\s$/u.test(char)) {
      i += char.length;
    } else if (isDigit(char) || (sign === '.' && isDigit(text[i + 1]))) {
      let digits = '';
      while (isDigit(text[i])) digits += signOf(text[i++] as string);
      if (signOf(text[i] ?? '') === '.') {
        digits += '.';
        i++;
        // `5.` is unfinished, not 5: the room was about to type the decimals.
        if (!isDigit(text[i])) return fail(i, ['number'], text[i] ?? null);
        while (isDigit(text[i])) digits += signOf(text[i++] as string);
      }
      const value = Number(digits);
      if (!Number.isFinite(value))
        return { ok: false, error: { kind: 'number-out-of-range', position: start } };
      tokens.push({ kind: 'number', value, start, end: i });
    } else if (sign === '+' || sign === '-' || sign === '*' || sign === '/') {
      tokens.push({ kind: 'operator', operator: sign, start, end: ++i });
    } else if (sign === '(' || sign === ')' || sign === '%') {
      tokens.push({ kind: sign, start, end: ++i });
    } else if (sign === '{' || sign === '[' || char === '「') {
      const bracketed = readBracketed(text, i, sign === '{' ? '}' : sign === '[' ? ']' : '」');
      if (!bracketed.ok) return bracketed;
      tokens.push({
        kind: 'reference',
        form: sign === '{' ? 'id' : 'name',
        ref: bracketed.ref,
        start,
        end: bracketed.end,
      });
      i = bracketed.end;
    } else if (NAME_START.test(char)) {
      i += char.length;
      while (i < text.length) {
        const next = String.fromCodePoint(text.codePointAt(i) as number);
        if (!NAME_PART.test(next)) break;
        i += next.length;
      }
      tokens.push({ kind: 'reference', form: 'name', ref: text.slice(start, i), start, end: i });
    } else {
      tokens.push({ kind: 'invalid', char, start, end: i + char.length });
      i += char.length;
    }
  }
  tokens.push({ kind: 'end', start: text.length, end: text.length });
  return { ok: true, tokens };
}

/**
 * `{id}`, `[name]` or `「name」` from `open`. An id is what the app minted or
 * a file brought (letters, digits, `_`, `-`, `.`, `:`); a name may hold
 * anything but its closing bracket and a line break, and is trimmed.
 */
function readBracketed(
  text: string,
  open: number,
  close: '}' | ']' | '」',
): { ok: true; ref: string; end: number } | { ok: false; error: FormulaSyntaxError } {
  let i = open + 1;
  let ref = '';
  while (i < text.length) {
    const char = text[i] as string;
    if ((close === '」' ? char : signOf(char)) === close) {
      const trimmed = ref.trim();
      if (trimmed === '') return fail(i, ['reference'], char);
      return { ok: true, ref: trimmed, end: i + 1 };
    }
    if (char === '\n' || char === '\r') return fail(i, [close === '」' ? ']' : close], char);
    if (close === '}' && !/^[A-Za-z0-9_\-.:]$/.test(char)) return fail(i, ['}'], char);
    ref += char;
    i++;
  }
  return fail(text.length, [close === '」' ? ']' : close], null);
}

function fail(
  position: number,
  expected: Expected[],
  found: string | null,
): { ok: false; error: FormulaSyntaxError } {
  return { ok: false, error: { kind: 'syntax', position, expected, found } };
}
