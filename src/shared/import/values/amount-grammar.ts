/**
 * The grammar of one amount, compiled once:
 *
 *   [comparator] [currency] number [unit] [range-separator [currency] number [unit]] [suffix] [(note)]
 *
 * "≥98%", "不低于 98%", "98%以上", "5次以内", "$1,200", "95%~99%", "95 至 99",
 * "1,200万元", "2.6单/人/月". Every part is optional but the first number; the
 * whole (normalised) text must match, so a cell with two amounts, a date or a
 * sentence does not.
 */
import type { Comparator } from '../types';

const BY_COMPARATOR: Record<Comparator, readonly string[]> = {
  '>=': [
    '≥',
    '≧',
    '⩾',
    '>=',
    '=>',
    '≮',
    '不低于',
    '不少于',
    '不小于',
    '不得低于',
    '不得少于',
    '大于等于',
    '大于或等于',
    '高于或等于',
    '至少',
    '最少',
    '最低',
    '达到',
    'at least',
    'no less than',
    'not less than',
    'minimum',
    'min.',
    'min',
  ],
  '<=': [
    '≤',
    '≦',
    '⩽',
    '<=',
    '=<',
    '≯',
    '不高于',
    '不超过',
    '不大于',
    '不多于',
    '不得高于',
    '不得超过',
    '小于等于',
    '小于或等于',
    '低于或等于',
    '至多',
    '最多',
    '最高',
    'at most',
    'no more than',
    'not more than',
    'up to',
    'maximum',
    'max.',
    'max',
  ],
  '>': ['>', '大于', '高于', '超过', '多于', 'more than', 'greater than', 'over', 'above'],
  '<': ['<', '小于', '低于', '少于', 'less than', 'fewer than', 'under', 'below'],
  '=': ['=', '==', '等于'],
  range: [],
};

const SUFFIX_BY_COMPARATOR: Partial<Record<Comparator, readonly string[]>> = {
  '>=': [
    '以上',
    '及以上',
    '或以上',
    '以上(含)',
    '或更高',
    '或更多',
    '+',
    'or more',
    'or above',
    'and above',
  ],
  '<=': [
    '以下',
    '及以下',
    '或以下',
    '以下(含)',
    '以内',
    '之内',
    '内',
    '或更低',
    '或更少',
    'or less',
    'or below',
    'and below',
  ],
};

/** Words around an amount that say nothing about its direction ("控制在5%以内", "约 20"). */
const FILLERS = ['约', '大约', '约为', '≈', '控制在', '保持在', '维持在', '保持', '确保'];
/** "95%~99%之间": only a range may end so. */
const RANGE_SUFFIXES = ['之间', '间'];

/** Written comparator word (lower case) → comparator; fillers map to null. */
export const COMPARATOR_WORDS: ReadonlyMap<string, Comparator | null> = new Map<
  string,
  Comparator | null
>([
  ...Object.entries(BY_COMPARATOR).flatMap(([comparator, words]) =>
    words.map((word) => [word, comparator as Comparator] as const),
  ),
  ...Object.entries(SUFFIX_BY_COMPARATOR).flatMap(([comparator, words]) =>
    (words ?? []).map((word) => [word, comparator as Comparator] as const),
  ),
  ...FILLERS.map((word) => [word, null] as const),
  ...RANGE_SUFFIXES.map((word) => [word, null] as const),
]);

export const RANGE_ONLY_SUFFIX = new RegExp(`^(?:${RANGE_SUFFIXES.join('|')})$`);
/** Separators that are also a minus sign or a date's dash: a backwards "range" with them is not one. */
export const DASH_SEPARATOR = /^[-\u2010-\u2015\u2212]+$/;

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*'))
    .join('|');
}

const PREFIX_WORDS = [...Object.values(BY_COMPARATOR).flat(), ...FILLERS];
const SUFFIX_WORDS = [...Object.values(SUFFIX_BY_COMPARATOR).flat(), ...RANGE_SUFFIXES];

/** The number forms read-number.ts reads; this only finds where one ends. */
const NUMBER = String.raw`[+\-\u2212]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d+,\d+|\d+(?:\.\d+)?(?:[eE][+\-]?\d+)?|\.\d+)`;
const CURRENCY = String.raw`US\$|HK\$|NT\$|\$|¥|€|£|₩|₫|RMB|CNY|USD|EUR|HKD|JPY|KRW|VND`;
/**
 * A unit: no digits (so a second amount cannot hide in it), no spaces, no
 * brackets, comparators or sentence punctuation, at most 12 characters.
 * Lazy, so that "以上" / "以内" after it are read as a suffix first.
 */
const UNIT = String.raw`[^\d\s()\[\]{}<>=≥≤≧≦~〜+,;:!?，；：。！？、"'“”‘’]{1,12}?`;
/** One ASCII dash only: in "-10--5" the second dash is the minus of -5. */
const SEPARATOR = String.raw`~|〜|-|[\u2010-\u2015]{1,2}|\u2212|至|到|to`;

export const AMOUNT = new RegExp(
  String.raw`^(?:(?<before>${alternation(PREFIX_WORDS)})\s*)?` +
    String.raw`(?<currency>${CURRENCY})?\s*(?<first>${NUMBER})` +
    String.raw`(?:\s*(?<unit>${UNIT}))??` +
    String.raw`(?:\s*(?<separator>${SEPARATOR})\s*(?<currency2>${CURRENCY})?\s*(?<second>${NUMBER})(?:\s*(?<unit2>${UNIT}))??)?` +
    String.raw`(?:\s*(?<after>${alternation(SUFFIX_WORDS)}))?` +
    String.raw`(?:\s*\([^()\d]{0,16}\))?$`,
  'i',
);
