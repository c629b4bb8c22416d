import type { BinaryOperator, Expected, FormulaNode, FormulaSyntaxError, ParseResult } from './ast';
import { referenceNodes } from './ast';
import { tokenize, type Token } from './tokens';

/**
 * parseFormula: text → syntax tree, or the first syntax error with its
 * position and what would have been accepted there. Never throws: anything a
 * keyboard or a paste can produce is either a formula or a typed error.
 *
 *   formula    = expression END
 *   expression = term { ("+" | "-") term }
 *   term       = unary { ("*" | "/") unary }
 *   unary      = ("-" | "+") unary | primary
 *   primary    = NUMBER ["%"] | REFERENCE | "(" expression ")"
 *
 * Only arithmetic: there are no function calls, no member access, no
 * assignment, and a name only ever becomes a reference that the caller looks
 * up in its own list of inputs (a Map, never an object's properties).
 *
 * Why our own parser and not a library: the formula language is five
 * operators, parentheses, numbers and references — about 150 lines — and a
 * general expression library brings what we must then switch off (function
 * calls, member access, assignment). The usual choice, expr-eval 2.0.2, has
 * exactly that kind of hole (CVE-2025-12735: a crafted expression reaches
 * functions in the evaluation context, i.e. code execution) and no fixed
 * release; mathjs is large and needs its own hardening. Ours cannot call
 * anything because it has nothing to call: the tree holds numbers, references
 * and four operators, and references are looked up in a Map of input values.
 *
 * Recursion is bounded: at most MAX_NESTING parentheses and unary signs deep
 * (a binary chain is a loop, not recursion), so no input can overflow the
 * stack.
 */
export const MAX_NESTING = 100;

export function parseFormula(text: string): ParseResult {
  const lexed = tokenize(text);
  if (!lexed.ok) return lexed;
  if (lexed.tokens.length === 1) return { ok: false, error: { kind: 'empty' } };
  const parser = new Parser(text, lexed.tokens);
  const ast = parser.formula();
  if (ast === null) return { ok: false, error: parser.error as FormulaSyntaxError };
  const references = [...new Set(referenceNodes(ast).map((node) => node.ref))];
  return { ok: true, ast, references };
}

const OPERAND: Expected[] = ['number', 'reference', '('];

class Parser {
  private index = 0;
  private nesting = 0;
  error: FormulaSyntaxError | null = null;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  formula(): FormulaNode | null {
    const ast = this.expression();
    if (ast === null) return null;
    if (this.peek().kind !== 'end') return this.unexpected(['operator', 'end']);
    return ast;
  }

  private peek(): Token {
    // The lexer always ends the list with an `end` token, and nothing reads past it.
    return this.tokens[this.index] as Token;
  }

  private expression(): FormulaNode | null {
    return this.leftAssociative('+', '-', () => this.term());
  }

  private term(): FormulaNode | null {
    return this.leftAssociative('*', '/', () => this.unary());
  }

  /** One precedence level: operands from `operand`, joined left to right by either operator. */
  private leftAssociative(
    first: BinaryOperator,
    second: BinaryOperator,
    operand: () => FormulaNode | null,
  ): FormulaNode | null {
    let left = operand();
    while (left !== null) {
      const token = this.peek();
      if (token.kind !== 'operator' || (token.operator !== first && token.operator !== second))
        break;
      this.index++;
      const right = operand();
      if (right === null) return null;
      left = {
        kind: 'binary',
        operator: token.operator,
        left,
        right,
        start: left.start,
        end: right.end,
      };
    }
    return left;
  }

  private unary(): FormulaNode | null {
    const token = this.peek();
    if (token.kind === 'operator' && (token.operator === '-' || token.operator === '+')) {
      if (++this.nesting > MAX_NESTING)
        return this.fail({ kind: 'too-deep', position: token.start });
      this.index++;
      const operand = this.unary();
      this.nesting--;
      if (operand === null) return null;
      // Unary plus changes nothing; keeping it out of the tree keeps one tree per meaning.
      if (token.operator === '+') return operand;
      return { kind: 'negate', operand, start: token.start, end: operand.end };
    }
    return this.primary();
  }

  private primary(): FormulaNode | null {
    const token = this.peek();
    switch (token.kind) {
      case 'number': {
        this.index++;
        const percent = this.peek().kind === '%';
        const end = percent ? this.peek().end : token.end;
        if (percent) this.index++;
        return { kind: 'number', value: token.value, percent, start: token.start, end };
      }
      case 'reference':
        this.index++;
        return {
          kind: 'reference',
          form: token.form,
          ref: token.ref,
          start: token.start,
          end: token.end,
        };
      case '(': {
        if (++this.nesting > MAX_NESTING)
          return this.fail({ kind: 'too-deep', position: token.start });
        this.index++;
        const inner = this.expression();
        this.nesting--;
        if (inner === null) return null;
        const close = this.peek();
        if (close.kind !== ')') return this.unexpected(['operator', ')']);
        this.index++;
        return { kind: 'group', inner, start: token.start, end: close.end };
      }
      default:
        return this.unexpected(OPERAND);
    }
  }

  private fail(error: FormulaSyntaxError): null {
    this.error = error;
    return null;
  }

  /** A syntax error at the current token, with a hint for the two mistakes rooms make most. */
  private unexpected(expected: Expected[]): null {
    const token = this.peek();
    const found =
      token.kind === 'end'
        ? null
        : String.fromCodePoint(this.text.codePointAt(token.start) as number);
    const previous = this.tokens[this.index - 1];
    let hint: 'thousands-separator' | 'implicit-multiplication' | undefined;
    if (
      found === ',' &&
      previous?.kind === 'number' &&
      /^\d{3}(?!\d)/.test(this.text.slice(token.end))
    )
      hint = 'thousands-separator';
    else if (
      expected.includes('operator') &&
      (token.kind === 'number' || token.kind === 'reference' || token.kind === '(')
    )
      hint = 'implicit-multiplication';
    return this.fail({
      kind: 'syntax',
      position: token.start,
      expected,
      found,
      ...(hint ? { hint } : {}),
    });
  }
}
