import type { ImportedMetric } from '../types';
import { isOutlineParent, parseOutlineNumber } from '../values/outline-number';

/** What a metric brings for finding its parent. */
export interface HierarchyEntry {
  metric: ImportedMetric;
  /** Outline number text ("1.2"), from the number column or in front of the name. */
  outline: string | null;
  /** Level text (1 / 二级 / L2) from a level column. */
  level: string | null;
  /** A parent named outright: the level-1 name column or a parent column. */
  parentName: string | null;
}

const LEVEL_NUMBER = /\d{1,2}/;
const CHINESE_LEVEL = '一二三四五六七八九';

function levelOf(text: string | null): number | null {
  if (text === null) return null;
  const normal = text.trim();
  const digits = LEVEL_NUMBER.exec(normal);
  if (digits) return Number(digits[0]);
  const chinese = CHINESE_LEVEL.indexOf(normal.charAt(0));
  return chinese >= 0 ? chinese + 1 : null;
}

function isPrefix(ancestor: readonly number[], path: readonly number[]): boolean {
  return ancestor.length < path.length && ancestor.every((part, i) => part === path[i]);
}

/**
 * Parent links, in one pass in sheet order, by the strongest evidence a row
 * has: a parent named outright, else its level (the nearest metric above one
 * level up), else its outline number (1 → 1.1 → 1.1.1 with a stack of the
 * open ancestors). A level or number that points at nothing gets
 * 'parent-not-found'; the metric is then linked to the nearest ancestor that
 * is there (1.1.1 under 1 when 1.1 is missing), or left at the top.
 */
export function linkParents(entries: readonly HierarchyEntry[]): void {
  const names = new Set(entries.map((e) => e.metric.name));
  const lastAtLevel: (string | undefined)[] = [];
  const stack: { path: number[]; name: string }[] = [];

  for (const entry of entries) {
    const metric = entry.metric;
    if (entry.parentName !== null && entry.parentName !== metric.name) {
      metric.parent = entry.parentName;
      if (!names.has(entry.parentName)) {
        metric.warnings.push({ code: 'parent-not-found', field: 'parent', text: entry.parentName });
      }
      continue;
    }
    const level = levelOf(entry.level);
    if (level !== null && level >= 1) {
      lastAtLevel.length = level;
      lastAtLevel[level - 1] = metric.name;
      if (level > 1) {
        const parent = lastAtLevel[level - 2];
        if (parent !== undefined) metric.parent = parent;
        else
          metric.warnings.push({
            code: 'parent-not-found',
            field: 'level',
            text: entry.level ?? '',
          });
      }
      continue;
    }
    const path = entry.outline === null ? null : parseOutlineNumber(entry.outline);
    if (!path) continue;
    while (
      stack.length > 0 &&
      !isPrefix((stack[stack.length - 1] as { path: number[] }).path, path)
    )
      stack.pop();
    const top = stack[stack.length - 1];
    if (top) metric.parent = top.name;
    if (path.length > 1 && !(top && isOutlineParent(top.path, path))) {
      metric.warnings.push({
        code: 'parent-not-found',
        field: 'number',
        text: entry.outline ?? '',
      });
    }
    stack.push({ path, name: metric.name });
  }
}
