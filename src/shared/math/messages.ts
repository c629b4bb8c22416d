import type { FormulaError } from './formula/references';
import type { UnitCheck } from './gap';
import type { RollUpDiagnostic } from './relation';
import type { SplitDownReason } from './split-down';

/**
 * The sentence for each typed result of the math, as an i18n key and its
 * values (errors:math.* in src/shared/i18n), translated where it is shown.
 * Lists of metrics are arrays of names, formatted by i18next's `list`
 * formatter (Intl.ListFormat: "A、B和C", "A, B, and C").
 */
export interface MathMessage {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number | readonly string[]>>;
}

/** A metric's name for a message; the id when the metric is gone. */
export type NameOf = (id: string) => string;

const at = (position: number) => position + 1;

export function formulaErrorMessage(error: FormulaError, nameOf: NameOf): MathMessage {
  const key = (name: string) => `errors:math.formula.${name}`;
  switch (error.kind) {
    case 'empty':
    case 'self-reference':
      return { key: key(error.kind) };
    case 'too-long':
      return { key: key(error.kind), params: { limit: error.limit } };
    case 'too-deep':
    case 'number-out-of-range':
      return { key: key(error.kind), params: { column: at(error.position) } };
    case 'syntax': {
      const column = at(error.position);
      if (error.hint === 'thousands-separator') return { key: key('thousands-separator') };
      if (error.hint === 'implicit-multiplication')
        return { key: key('missing-operator'), params: { column } };
      if (error.expected.includes(']') || error.expected.includes('}'))
        return { key: key('unclosed-bracket'), params: { column } };
      if (error.found === null)
        return { key: key(error.expected.includes(')') ? 'unclosed-paren' : 'incomplete') };
      return { key: key('unexpected'), params: { column, found: error.found } };
    }
    case 'unknown-reference':
    case 'ambiguous-reference':
      return { key: key(error.kind), params: { name: error.name } };
    case 'cycle':
      return { key: key('cycle'), params: { names: error.path.map(nameOf) } };
    case 'unstorable-id':
      return { key: key(error.kind), params: { id: error.id } };
  }
}

export function rollUpDiagnosticMessage(diagnostic: RollUpDiagnostic, nameOf: NameOf): MathMessage {
  const key = `errors:math.rollUp.${diagnostic.kind}`;
  switch (diagnostic.kind) {
    case 'missing-input':
    case 'cycle':
    case 'formula-unknown-reference':
      return { key, params: { names: diagnostic.ids.map(nameOf) } };
    default:
      return { key };
  }
}

export function splitDownReasonMessage(reason: SplitDownReason, nameOf: NameOf): MathMessage {
  const key = (name: string) => `errors:math.split.${name}`;
  switch (reason.kind) {
    case 'relation-incomplete':
      return rollUpDiagnosticMessage(reason.diagnostic, nameOf);
    case 'method-not-for-relation':
      return { key: key(reason.kind), params: { relation: reason.relation } };
    case 'not-an-input':
      return { key: key(reason.kind), params: { name: nameOf(reason.id) } };
    case 'missing-baselines':
    case 'baselines-not-positive':
    case 'missing-weights':
    case 'missing-targets':
      return { key: key(reason.kind), params: { names: reason.ids.map(nameOf) } };
    case 'zero-total':
      return { key: key(`zero-${reason.of}`) };
    default:
      return { key: key(reason.kind) };
  }
}

/** One sentence per thing to say about the units (mixed first: it is the badge). */
export function unitCheckMessages(check: UnitCheck, nameOf: NameOf): MathMessage[] {
  const messages: MathMessage[] = [];
  if (check.mixed)
    messages.push({ key: 'errors:math.units.mixed', params: { units: check.mixed } });
  if (check.parentDiffers)
    messages.push({ key: 'errors:math.units.parent-differs', params: { ...check.parentDiffers } });
  if (check.unknown.length > 0)
    messages.push({
      key: 'errors:math.units.unknown',
      params: { names: check.unknown.map(nameOf) },
    });
  return messages;
}
