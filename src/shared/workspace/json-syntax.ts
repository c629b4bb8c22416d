/**
 * Where a text stops being JSON. `JSON.parse`'s message quotes the text around
 * the error ("root:x:0:0"... for /etc/passwd), and a message that quotes a file
 * may travel further than the file should (a dialog, a screenshot, a bug
 * report); it does not always give a position either. This scanner gives the
 * position only.
 *
 * It follows RFC 8259 exactly as JSON.parse does (same accepted texts; the
 * tests check both against each other), in one pass without recursion, so a
 * 64 MB file or a deeply nested one costs a linear scan and no stack.
 */

/** 1-based; the column counts characters (code points), as an editor shows them. */
export interface TextPosition {
  line: number;
  column: number;
}

/** The position of the first syntax error, or null when the text is valid JSON. */
export function findJsonSyntaxError(text: string): TextPosition | null {
  const index = firstErrorIndex(text);
  return index === null ? null : positionOf(text, index);
}

/** Line and column of the character at `index` (`text.length` = just past the end). */
export function positionOf(text: string, index: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    // \r\n is one line break, as are a lone \n and a lone \r.
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < index; i++) {
    const c = text.charCodeAt(i);
    // The second half of a surrogate pair is not a character of its own.
    if (c < 0xdc00 || c > 0xdfff || !isHighSurrogate(text.charCodeAt(i - 1))) column++;
  }
  return { line, column };
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const PLUS = 0x2b;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isDigit = (c: number) => c >= ZERO && c <= NINE;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
/** The characters that may follow a backslash: " \ / b f n r t (u is handled apart). */
const SIMPLE_ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);

/** What the scanner expects next (plain numbers: no enum, so nothing but erasable TypeScript). */
const Expect = {
  /** A value (top level, after a colon, after a comma in an array). */
  Value: 0,
  /** A value or `]` (just after `[`). */
  ValueOrEnd: 1,
  /** A key or `}` (just after `{`). */
  KeyOrEnd: 2,
  /** A key (after a comma in an object). */
  Key: 3,
  Colon: 4,
  /** A comma or the end of the container (or of the text, at top level). */
  AfterValue: 5,
} as const;
type Expect = (typeof Expect)[keyof typeof Expect];

/** Index of the first character that cannot be there, `text.length` if the text ends too early. */
function firstErrorIndex(text: string): number | null {
  const length = text.length;
  /** Open containers: true = object, false = array. */
  const open: boolean[] = [];
  let expect: Expect = Expect.Value;
  let i = 0;
  for (;;) {
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c !== SPACE && c !== LF && c !== CR && c !== TAB) break;
      i++;
    }
    if (expect === Expect.AfterValue && open.length === 0) return i === length ? null : i;
    if (i === length) return length;
    const c = text.charCodeAt(i);

    switch (expect) {
      case Expect.KeyOrEnd:
      case Expect.Key:
        if (expect === Expect.KeyOrEnd && c === CLOSE_BRACE) {
          open.pop();
          i++;
          expect = Expect.AfterValue;
          break;
        }
        if (c !== QUOTE) return i;
        i = scanString(text, i);
        if (i < 0) return -i - 1;
        expect = Expect.Colon;
        break;

      case Expect.Colon:
        if (c !== COLON) return i;
        i++;
        expect = Expect.Value;
        break;

      case Expect.AfterValue: {
        const inObject = open[open.length - 1] as boolean;
        if (c === COMMA) {
          i++;
          expect = inObject ? Expect.Key : Expect.Value;
        } else if (c === (inObject ? CLOSE_BRACE : CLOSE_BRACKET)) {
          open.pop();
          i++;
        } else {
          return i;
        }
        break;
      }

      case Expect.Value:
      case Expect.ValueOrEnd:
        if (expect === Expect.ValueOrEnd && c === CLOSE_BRACKET) {
          open.pop();
          i++;
          expect = Expect.AfterValue;
        } else if (c === OPEN_BRACE) {
          open.push(true);
          i++;
          expect = Expect.KeyOrEnd;
        } else if (c === OPEN_BRACKET) {
          open.push(false);
          i++;
          expect = Expect.ValueOrEnd;
        } else {
          i =
            c === QUOTE
              ? scanString(text, i)
              : c === MINUS || isDigit(c)
                ? scanNumber(text, i)
                : scanLiteral(text, i);
          if (i < 0) return -i - 1;
          expect = Expect.AfterValue;
        }
        break;
    }
  }
}

// The scanners return the index just past what they read, or -(error index) - 1.
const failAt = (index: number) => -index - 1;

function scanString(text: string, start: number): number {
  const length = text.length;
  let i = start + 1;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i + 1;
    if (c < SPACE) return failAt(i);
    if (c === BACKSLASH) {
      const escaped = text.charCodeAt(i + 1);
      if (i + 1 >= length) return failAt(length);
      if (escaped === 0x75 /* u */) {
        for (let k = 2; k < 6; k++) {
          if (i + k >= length) return failAt(length);
          if (!isHex(text.charCodeAt(i + k))) return failAt(i + k);
        }
        i += 6;
        continue;
      }
      if (!SIMPLE_ESCAPES.has(escaped)) return failAt(i + 1);
      i += 2;
      continue;
    }
    i++;
  }
  return failAt(length);
}

function scanNumber(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === MINUS) i++;
  const first = text.charCodeAt(i);
  if (!isDigit(first)) return failAt(i);
  i++;
  // A leading zero stands alone: "01" is refused at the "1" (by the caller).
  if (first !== ZERO) while (isDigit(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === DOT) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return failAt(i);
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === PLUS || sign === MINUS) i++;
    if (!isDigit(text.charCodeAt(i))) return failAt(i);
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

function scanLiteral(text: string, start: number): number {
  for (const literal of ['true', 'false', 'null']) {
    if (text.charCodeAt(start) !== literal.charCodeAt(0)) continue;
    for (let k = 1; k < literal.length; k++) {
      if (start + k >= text.length) return failAt(text.length);
      if (text.charCodeAt(start + k) !== literal.charCodeAt(k)) return failAt(start + k);
    }
    return start + literal.length;
  }
  return failAt(start);
}
