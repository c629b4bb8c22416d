import type { FormulaNode, ReferenceNode } from './ast';
import { writtenName } from './names';

/**
 * Syntax tree → text that parses back to the same tree. Parentheses the room
 * wrote are group nodes and printed as such; where the tree needs parentheses
 * it has no group for (a tree built in code), the printer adds them.
 */
export interface PrintOptions {
  /** `ascii` (stored form, `* /`) or `math` (the editor and the wall, `× ÷`). */
  readonly operators?: 'ascii' | 'math';
  /** How a reference is written; by default `{id}` for ids and the written name for names. */
  readonly reference?: (node: ReferenceNode) => string;
}

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2 } as const;

function precedence(node: FormulaNode): number {
  if (node.kind === 'binary') return PRECEDENCE[node.operator];
  return node.kind === 'negate' ? 3 : 4;
}

export function defaultReference(node: ReferenceNode): string {
  if (node.form === 'id') return `{${node.ref}}`;
  return writtenName(node.ref) ?? `[${node.ref}]`;
}

export function printFormula(ast: FormulaNode, options: PrintOptions = {}): string {
  const reference = options.reference ?? defaultReference;
  const math = options.operators === 'math';
  // Recursion is bounded by the parser's limits (nesting, length) for any tree it made.
  const print = (node: FormulaNode): string => {
    switch (node.kind) {
      case 'number':
        return plainDecimal(node.value) + (node.percent ? '%' : '');
      case 'reference':
        return reference(node);
      case 'group':
        return `(${print(node.inner)})`;
      case 'negate': {
        const operand = print(node.operand);
        return precedence(node.operand) < 3 ? `-(${operand})` : `-${operand}`;
      }
      case 'binary': {
        const own = PRECEDENCE[node.operator];
        const left = print(node.left);
        const right = print(node.right);
        const sign =
          math && node.operator === '*' ? '×' : math && node.operator === '/' ? '÷' : node.operator;
        return `${precedence(node.left) < own ? `(${left})` : left} ${sign} ${
          precedence(node.right) <= own ? `(${right})` : right
        }`;
      }
    }
  };
  return print(ast);
}

/**
 * A number without an exponent (the grammar has none), and with the digits
 * of the shortest string that reads back as the same double: 1e21 →
 * "1000000000000000000000", 1.5e-7 → "0.00000015".
 */
export function plainDecimal(value: number): string {
  const text = String(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  const match = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return sign + text;
  const digits = (match[1] ?? '') + (match[2] ?? '');
  const point = (match[1] ?? '').length + Number(match[3]);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
