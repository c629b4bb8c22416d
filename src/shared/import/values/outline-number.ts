/**
 * Outline numbers in a number column or in front of a name: "1", "1.1",
 * "1.1.1", "1、", "1)", "(1)", "一、", "（二）", "①", "A", "A1", "A.1", and
 * "1,1,1" (a sheet typed with commas). The result is the path of numbers
 * (letters as 1-based indexes, Chinese numerals 一 … 九十九), or null.
 *
 * The style is kept too: Chinese documents nest by style rather than by dots
 * (一、 above （一） above 1. above （1）), so two "[1]" can be different levels.
 */
import { normaliseText } from './normalise-text';

export type OutlineStyle =
  /** 一、 二、 */
  | 'chinese'
  /** （一） */
  | 'chinese-bracketed'
  /** 1  1.  1、  1.2.3 */
  | 'arabic'
  /** (1)  1) */
  | 'arabic-bracketed'
  /** ① ② */
  | 'circled'
  /** A  A1  A.1  a) */
  | 'letter';

export interface OutlineNumber {
  path: number[];
  style: OutlineStyle;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const CHINESE_NUMERAL = /^(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])$/;
/** Parts beyond this are years or decimals ("3.14159"), not outline numbers. */
const MAX_PART = 999;
const MAX_DEPTH = 8;

const ARABIC = /^(\d{1,3}(?:\s?[.,-]\s?\d{1,3}){0,7})\s?[.、:]?$/;
const ARABIC_BRACKETED = /^\((\d{1,3})\)$|^(\d{1,3})\)$/;
const CHINESE = /^([一二三四五六七八九十]{1,3})\s?[、.:]?$/;
const CHINESE_BRACKETED = /^\(([一二三四五六七八九十]{1,3})\)[、.]?$/;
const CIRCLED = /^([\u2460-\u2473])$/;
const LETTER = /^([A-Za-z])(?:\s?[.-]?\s?(\d{1,3}(?:[.-]\d{1,3}){0,6}))?\s?[.、:)]?$/;

export function parseOutlineNumber(text: string): number[] | null {
  return parseOutline(text)?.path ?? null;
}

export function parseOutline(text: string): OutlineNumber | null {
  return parseNormalOutline(normaliseText(typeof text === 'string' ? text : ''));
}

function parseNormalOutline(written: string): OutlineNumber | null {
  if (written === '' || written.length > 40) return null;
  let match: RegExpExecArray | null;
  if ((match = ARABIC_BRACKETED.exec(written)))
    return arabicPath(match[1] ?? match[2] ?? '', 'arabic-bracketed');
  if ((match = ARABIC.exec(written))) return arabicPath(match[1] ?? '', 'arabic');
  if ((match = CHINESE.exec(written))) return chinesePath(match[1] ?? '', 'chinese');
  if ((match = CHINESE_BRACKETED.exec(written)))
    return chinesePath(match[1] ?? '', 'chinese-bracketed');
  if ((match = CIRCLED.exec(written)))
    return { path: [(match[1] ?? '①').charCodeAt(0) - 0x2460 + 1], style: 'circled' };
  if ((match = LETTER.exec(written))) {
    const letter = (match[1] ?? 'A').toUpperCase().charCodeAt(0) - 64;
    const rest = match[2] === undefined ? { path: [] } : arabicPath(match[2], 'letter');
    return rest ? { path: [letter, ...rest.path], style: 'letter' } : null;
  }
  return null;
}

/** Where an outline number may end in front of a name: after 、 . ) : or a closing bracket. */
const TERMINATOR = /[、.):]/g;
const LEADING_DOTTED = /^\d{1,3}(?:\.\d{1,3})+/;
const PREFIX_LIMIT = 16;

/**
 * An outline number in front of a name: "一、财务指标", "（二）客户", "1.1 销售额",
 * "1.2.3销售额", "A. Finance". The number must end visibly — with a
 * terminator, a space, or (for a dotted path) the first character that is
 * not part of it — so "2025年目标", "A级" and "一级指标" are names, not numbers.
 * Only a name column should be read so: "1.5倍" reads as 1.5 + 倍 here.
 */
export function splitOutlinePrefix(text: string): { outline: OutlineNumber; rest: string } | null {
  const written = normaliseText(typeof text === 'string' ? text : '');
  const head = written.slice(0, PREFIX_LIMIT + 1);
  const cuts = new Set<number>();
  const space = head.search(/\s/);
  if (space > 0) cuts.add(space);
  for (const terminator of head.matchAll(TERMINATOR)) cuts.add(terminator.index + 1);
  const dotted = LEADING_DOTTED.exec(head);
  if (dotted && !/[\d%]/.test(written[dotted[0].length] ?? '')) cuts.add(dotted[0].length);
  let best: { outline: OutlineNumber; rest: string; cut: number } | null = null;
  for (const cut of cuts) {
    const rest = written.slice(cut).trim();
    // "1.5倍" is a number, not 1. + "5倍".
    if (rest === '' || /^\d/.test(rest) || (best && cut < best.cut)) continue;
    const outline = parseNormalOutline(written.slice(0, cut).trim());
    if (outline) best = { outline, rest, cut };
  }
  return best && { outline: best.outline, rest: best.rest };
}

function arabicPath(written: string, style: OutlineStyle): OutlineNumber | null {
  const path = written.split(/\s?[.,-]\s?/).map(Number);
  if (path.length > MAX_DEPTH || path.some((part) => !(part >= 1 && part <= MAX_PART))) return null;
  return { path, style };
}

function chinesePath(written: string, style: OutlineStyle): OutlineNumber | null {
  const value = chineseNumeral(written);
  return value === null ? null : { path: [value], style };
}

/** 一 … 九十九, in the standard forms (十, 十一, 二十, 二十一). */
export function chineseNumeral(written: string): number | null {
  if (!CHINESE_NUMERAL.test(written)) return null;
  const ten = written.indexOf('十');
  if (ten < 0) return CHINESE_DIGITS.indexOf(written);
  const tens = ten === 0 ? 1 : CHINESE_DIGITS.indexOf(written[0] ?? '');
  const ones = ten === written.length - 1 ? 0 : CHINESE_DIGITS.indexOf(written[ten + 1] ?? '');
  return tens * 10 + ones;
}

/** Whether `parent` is the direct parent of `child` (1.2 of 1.2.3; not of 1.2.3.4). */
export function isOutlineParent(parent: readonly number[], child: readonly number[]): boolean {
  if (child.length !== parent.length + 1) return false;
  return parent.every((part, i) => part === child[i]);
}
