/**
 * The formula syntax tree. Positions are UTF-16 offsets into the text that was
 * parsed (what a text field's selectionStart counts), so the editor can
 * underline a reference or put the caret at an error.
 */

export type BinaryOperator = '+' | '-' | '*' | '/';

interface Span {
  readonly start: number;
  readonly end: number;
}

export interface NumberNode extends Span {
  readonly kind: 'number';
  /** As written, before `%` applies: `15%` is `{ value: 15, percent: true }`. */
  readonly value: number;
  readonly percent: boolean;
}

/**
 * A reference to an input. `form: 'id'` is the stored form `{m_ab12}`;
 * `form: 'name'` is what the editor shows (a bare name or a bracketed one).
 */
export interface ReferenceNode extends Span {
  readonly kind: 'reference';
  readonly form: 'id' | 'name';
  /** The id (form `id`) or the name as written, brackets removed (form `name`). */
  readonly ref: string;
}

export interface NegateNode extends Span {
  readonly kind: 'negate';
  readonly operand: FormulaNode;
}

export interface BinaryNode extends Span {
  readonly kind: 'binary';
  readonly operator: BinaryOperator;
  readonly left: FormulaNode;
  readonly right: FormulaNode;
}

/** Parentheses the room wrote, kept so that printing gives back their formula, not ours. */
export interface GroupNode extends Span {
  readonly kind: 'group';
  readonly inner: FormulaNode;
}

export type FormulaNode = NumberNode | ReferenceNode | NegateNode | BinaryNode | GroupNode;

/** What the parser expected where it stopped: the UI lists these in words. */
export type Expected = 'number' | 'reference' | 'operator' | '(' | ')' | ']' | '}' | 'end';

export type FormulaSyntaxError =
  | {
      readonly kind: 'syntax';
      readonly position: number;
      readonly expected: readonly Expected[];
      /** The character found there, or null at the end of the text. */
      readonly found: string | null;
      /** `1,200`: the room wrote a thousands separator (see tokens.ts for why it is not a number). */
      readonly hint?: 'thousands-separator' | 'implicit-multiplication';
    }
  | { readonly kind: 'number-out-of-range'; readonly position: number }
  | { readonly kind: 'too-deep'; readonly position: number }
  | { readonly kind: 'too-long'; readonly limit: number }
  | { readonly kind: 'empty' };

export type ParseResult =
  | { readonly ok: true; readonly ast: FormulaNode; readonly references: readonly string[] }
  | { readonly ok: false; readonly error: FormulaSyntaxError };

/** Every reference node, in reading order (left to right), iteratively. */
export function referenceNodes(ast: FormulaNode): ReferenceNode[] {
  const found: ReferenceNode[] = [];
  const stack: FormulaNode[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop() as FormulaNode;
    switch (node.kind) {
      case 'reference':
        found.push(node);
        break;
      case 'negate':
        stack.push(node.operand);
        break;
      case 'group':
        stack.push(node.inner);
        break;
      case 'binary':
        // Right first, so that the left comes off the stack first.
        stack.push(node.right, node.left);
        break;
      case 'number':
        break;
    }
  }
  return found;
}
