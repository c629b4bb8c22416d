import { describe, expect, it } from 'vitest';
import { createMetric, createWorkspace, DEFAULT_DEFINITION } from './create';
import { findViolations } from './invariants';
import { loadWorkspace } from './load';
import { serializeWorkspace } from './serialize';

describe('createWorkspace', () => {
  const now = new Date('2027-01-05T08:00:00.000Z');
  const workspace = createWorkspace({
    name: '2027年度目标',
    locale: 'zh-CN',
    northStarName: '每活跃用户月均下单数',
    now,
  });

  it('starts with one North Star in the strategy layer and nothing else', () => {
    expect(workspace.metrics).toHaveLength(1);
    expect(workspace.metrics[0]).toMatchObject({
      name: '每活跃用户月均下单数',
      layer: 'strategy',
      parentId: null,
    });
    expect(workspace.meta.createdAt).toBe(now.toISOString());
    expect(findViolations(workspace)).toEqual([]);
  });

  it('saves, reopens and saves again to the same bytes', () => {
    const first = serializeWorkspace(workspace);
    const loaded = loadWorkspace(first);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    expect(serializeWorkspace(loaded.workspace)).toBe(first);
  });

  it('mints a fresh id for every workspace and metric', () => {
    const other = createWorkspace({ name: 'x', locale: 'en', northStarName: 'y' });
    expect(other.meta.id).not.toBe(workspace.meta.id);
    expect(other.metrics[0]?.id).not.toBe(workspace.metrics[0]?.id);
  });
});

describe('createMetric', () => {
  it('never shares mutable defaults between metrics', () => {
    const a = createMetric({ name: 'a', layer: 'individual', parentId: 'm_x' });
    const b = createMetric({ name: 'b', layer: 'individual', parentId: 'm_x' });
    a.tags.push('changed');
    a.definition.unit = '%';
    expect(b.tags).toEqual([]);
    expect(b.definition.unit).toBe('');
    expect(DEFAULT_DEFINITION.unit).toBe('');
  });

  it('keeps the fields the caller gives, including an explicit id', () => {
    const metric = createMetric({
      id: 'm_fixed',
      name: '新品GMV',
      layer: 'individual',
      parentId: 'm_product',
      target: 12000,
      kind: 'soft',
    });
    expect(metric).toMatchObject({ id: 'm_fixed', target: 12000, kind: 'soft' });
  });
});
