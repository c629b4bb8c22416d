import { noNegativeZero } from '../model';
import type { BinaryNode, FormulaNode, NegateNode } from './ast';
import { referenceNodes } from './ast';

/** Why a formula has no value: each becomes a sentence on the box, never NaN or ∞. */
export type EvaluationDiagnostic =
  | { readonly kind: 'missing-input'; readonly references: readonly string[] }
  | { readonly kind: 'division-by-zero' }
  | { readonly kind: 'not-finite' };

export type Evaluation =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly diagnostic: EvaluationDiagnostic };

/**
 * The value of a formula for the given input values (by reference: an id in
 * the stored form). A reference with no finite value is missing; all missing
 * ones are named at once, so the room fills them in one go.
 *
 * Values are looked up in a Map, never as properties of an object: a
 * reference named `constructor` or `__proto__` is just a name nobody has.
 * Iterative, so the depth of the tree cannot overflow the stack.
 */
export function evaluate(
  ast: FormulaNode,
  values: ReadonlyMap<string, number | null | undefined>,
): Evaluation {
  const missing = new Set<string>();
  for (const node of referenceNodes(ast)) {
    const value = values.get(node.ref);
    if (typeof value !== 'number' || !Number.isFinite(value)) missing.add(node.ref);
  }
  if (missing.size > 0)
    return { ok: false, diagnostic: { kind: 'missing-input', references: [...missing] } };

  const work: (FormulaNode | { readonly apply: NegateNode | BinaryNode })[] = [ast];
  const out: number[] = [];
  while (work.length > 0) {
    const item = work.pop() as FormulaNode | { readonly apply: NegateNode | BinaryNode };
    if ('apply' in item) {
      const node = item.apply;
      let value: number;
      if (node.kind === 'negate') {
        value = -(out.pop() as number);
      } else {
        const right = out.pop() as number;
        const left = out.pop() as number;
        if (node.operator === '/' && right === 0)
          return { ok: false, diagnostic: { kind: 'division-by-zero' } };
        value = applyOperator(node.operator, left, right);
      }
      if (!Number.isFinite(value)) return { ok: false, diagnostic: { kind: 'not-finite' } };
      out.push(value);
      continue;
    }
    switch (item.kind) {
      case 'number':
        out.push(item.percent ? item.value / 100 : item.value);
        break;
      case 'reference':
        out.push(values.get(item.ref) as number);
        break;
      case 'group':
        work.push(item.inner);
        break;
      case 'negate':
        work.push({ apply: item }, item.operand);
        break;
      case 'binary':
        // The left operand is popped first, so its value lands on `out` first.
        work.push({ apply: item }, item.right, item.left);
        break;
    }
  }
  return { ok: true, value: noNegativeZero(out[0] as number) };
}

function applyOperator(operator: BinaryNode['operator'], left: number, right: number): number {
  switch (operator) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      return left / right;
  }
}
