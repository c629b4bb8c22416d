import type { MetricGraph } from './graph';

/**
 * Metrics that feed themselves. The tree alone cannot loop, but cross-links can
 * (invariants.ts does not check that a cross-parent lies outside the metric's
 * own subtree), and a parent whose relation includes cross-links then reads
 * a metric that reads it. Every metric in such a loop is reported, and the
 * roll-up gives each of them a `cycle` diagnostic instead of a value: it never
 * iterates.
 *
 * Strongly connected components (Tarjan), iterative so that a deep tree cannot
 * overflow the stack, visiting only what is reachable from `starts`: a full
 * build starts from `cycleSuspects` (below), an incremental one from the heads of new
 * edges and the members of old cycles (a new cycle must use a new edge; an old
 * one that survives still contains its old members).
 */
export function findCycles(
  starts: Iterable<string>,
  edgesOf: (id: string) => readonly string[],
): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;

  interface Frame {
    readonly id: string;
    readonly edges: readonly string[];
    next: number;
  }
  const enter = (id: string, frames: Frame[]) => {
    index.set(id, counter);
    low.set(id, counter);
    counter++;
    stack.push(id);
    onStack.add(id);
    frames.push({ id, edges: edgesOf(id), next: 0 });
  };

  for (const start of starts) {
    if (index.has(start)) continue;
    const frames: Frame[] = [];
    enter(start, frames);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as Frame;
      if (frame.next < frame.edges.length) {
        const to = frame.edges[frame.next++] as string;
        if (!index.has(to)) enter(to, frames);
        else if (onStack.has(to))
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(to) as number));
        continue;
      }
      frames.pop();
      const id = frame.id;
      if (low.get(id) === index.get(id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== id);
        if (component.length > 1 || frame.edges.includes(id)) cycles.push(component.sort());
      }
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(id) as number));
    }
  }
  // One order for the same loops however they were found: full and incremental agree.
  return cycles.sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
}

/**
 * Where a full build looks for cycles: every loop runs along a cross-link
 * (the tree cannot loop), so from the cross-children that are read, plus —
 * for input that was never validated — metrics no root reaches down the
 * tree (a loop of parentIds). Tarjan over all metrics would find the same,
 * at several times the cost.
 */
export function cycleSuspects(graph: MetricGraph, ids: readonly string[]): string[] {
  const suspects: string[] = [];
  const reached = new Set<string>();
  const queue: string[] = [];
  for (const id of ids) {
    const node = graph.node(id);
    const metric = node?.metric;
    if (!node || !metric) continue;
    if (metric.parameters.includeCrossLinks) suspects.push(...node.crossChildren);
    if (metric.parentId === null || metric.parentId === id || !graph.metric(metric.parentId)) {
      reached.add(id);
      queue.push(id);
    }
  }
  for (let head = 0; head < queue.length; head++)
    for (const child of graph.node(queue[head] as string)?.children ?? [])
      if (!reached.has(child)) {
        reached.add(child);
        queue.push(child);
      }
  if (reached.size < ids.length) for (const id of ids) if (!reached.has(id)) suspects.push(id);
  return suspects;
}
