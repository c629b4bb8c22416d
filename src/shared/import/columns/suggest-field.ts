/**
 * Which field a column holds, from its header text. One lookup built when
 * the module loads; each header is matched in three tiers:
 *
 * 1. exact: the whole header (a line, a "/" half) is a synonym — 1 (weak 0.7);
 * 2. contained: a synonym inside it ("年度目标值" holds 目标值; Latin synonyms
 *    as whole words) — 0.5 + 0.4 × the share of the header it covers (weak × 0.75).
 *    When several are inside, the longest wins, then the one that ends last:
 *    Chinese puts the head noun last (指标权重 is a weight, 数据来源部门 a source);
 * 3. token: for English, "X of Y" is also read as X ("Name of KPI").
 *
 * A header naming a derived value (达成率, 得分, variance) is no field; a
 * stretch target (挑战目标) scores × 0.8 so a plain target wins.
 */
import type { ColumnMapping, ImportField } from '../types';
import { headerKey, headerReadings, type HeaderKey } from './header-key';
import { DERIVED_VALUE_WORDS, FIELD_SYNONYMS, SECONDARY_TARGET_WORDS } from './synonyms';

export interface FieldSuggestion {
  field: ImportField;
  /** 0–1: how sure the header is (see the tiers above). */
  confidence: number;
}

/** Below this a column is left unmapped by suggestMapping (a weak phrase lost in a long header). */
export const MIN_CONFIDENCE = 0.45;

interface Synonym {
  field: ImportField;
  weak: boolean;
  key: HeaderKey;
  /** Matched as whole words (Latin, Cyrillic) rather than anywhere (CJK, Hangul). */
  byWord: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hangul}]/u;

function keyOf(phrase: string): HeaderKey {
  return headerKey(phrase.normalize('NFKC').toLowerCase());
}

const SYNONYMS: readonly Synonym[] = Object.entries(FIELD_SYNONYMS)
  .flatMap(([field, { strong, weak }]) =>
    [
      ...strong.map((phrase) => ({ phrase, weak: false })),
      ...weak.map((phrase) => ({ phrase, weak: true })),
    ].map(({ phrase, weak: isWeak }) => {
      const key = keyOf(phrase);
      return { field: field as ImportField, weak: isWeak, key, byWord: !CJK.test(key.compact) };
    }),
  )
  .filter((synonym) => synonym.key.compact !== '')
  .sort((a, b) => b.key.compact.length - a.key.compact.length);

const EXACT = new Map<string, Synonym>();
for (const synonym of SYNONYMS)
  if (!EXACT.has(synonym.key.compact)) EXACT.set(synonym.key.compact, synonym);

const wordList = (words: readonly string[]) => words.map(keyOf).filter((key) => key.compact !== '');
const DERIVED = wordList(DERIVED_VALUE_WORDS);
const SECONDARY = wordList(SECONDARY_TARGET_WORDS);

function holds(header: HeaderKey, phrase: HeaderKey, byWord: boolean): number {
  if (!byWord) return header.compact.indexOf(phrase.compact);
  const at = ` ${header.words} `.indexOf(` ${phrase.words} `);
  return at;
}

const holdsAny = (header: HeaderKey, phrases: readonly HeaderKey[]) =>
  phrases.some((phrase) => holds(header, phrase, !CJK.test(phrase.compact)) >= 0);

function matchReading(key: HeaderKey): FieldSuggestion | null {
  if (key.compact === '' || holdsAny(key, DERIVED)) return null;
  const exact = EXACT.get(key.compact);
  let found: FieldSuggestion | null = null;
  if (exact) found = { field: exact.field, confidence: exact.weak ? 0.7 : 1 };
  else {
    let best: { synonym: Synonym; end: number } | null = null;
    for (const synonym of SYNONYMS) {
      // Sorted longest first: once one is found, only as long a one may still win (by ending later).
      if (best && synonym.key.compact.length < best.synonym.key.compact.length) break;
      const at = holds(key, synonym.key, synonym.byWord);
      if (at < 0) continue;
      const end = at + (synonym.byWord ? synonym.key.words.length : synonym.key.compact.length);
      if (!best || end > best.end) best = { synonym, end };
    }
    if (best) {
      const coverage = best.synonym.key.compact.length / key.compact.length;
      const confidence = (0.5 + 0.4 * coverage) * (best.synonym.weak ? 0.75 : 1);
      found = { field: best.synonym.field, confidence };
    }
  }
  if (found?.field === 'target' && holdsAny(key, SECONDARY)) found.confidence *= 0.8;
  return found;
}

export function suggestField(header: string): FieldSuggestion | null {
  if (typeof header !== 'string') return null;
  let best: FieldSuggestion | null = null;
  for (const reading of headerReadings(header)) {
    const found = matchReading(headerKey(reading));
    if (found && (!best || found.confidence > best.confidence)) best = found;
  }
  return best && { field: best.field, confidence: Math.round(best.confidence * 1000) / 1000 };
}

/**
 * A field for each column: each field goes to at most one column, the one
 * whose header is surest (the leftmost on a tie); the rest stay null. So a
 * second target column (挑战目标 beside 目标值, "Q1 Target" beside "Target")
 * is left unmapped, for the user to map if they mean it. Empty headers and
 * those below MIN_CONFIDENCE are never mapped.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = headers.map(() => null);
  const candidates = headers
    .map((header, index) => ({ index, suggestion: suggestField(header) }))
    .filter(
      (c): c is { index: number; suggestion: FieldSuggestion } =>
        c.suggestion !== null && c.suggestion.confidence >= MIN_CONFIDENCE,
    )
    .sort((a, b) => b.suggestion.confidence - a.suggestion.confidence || a.index - b.index);
  const taken = new Set<ImportField>();
  for (const { index, suggestion } of candidates) {
    if (taken.has(suggestion.field)) continue;
    taken.add(suggestion.field);
    mapping[index] = suggestion.field;
  }
  return mapping;
}
