import { cycleSuspects, findCycles } from './cycles';
import { gapOf, unitCheck, type Gap, type UnitCheck } from './gap';
import { buildGraph, type MetricGraph } from './graph';
import type { GapTolerance, MathInput, MathMetric } from './model';
import { combineValues, type Implied } from './relation';
import { SlotArray, type SlotArrayEditor } from './slots';

/** Everything the math says about one metric. */
export interface MetricMath {
  readonly id: string;
  /** What its inputs imply for its target and baseline; null when it has no inputs or is aligned. */
  readonly implied: { readonly target: Implied; readonly baseline: Implied } | null;
  /**
   * The figure its parents read: its own target, or — while it has none —
   * what its inputs imply. So a department without a target yet still lets
   * the North Star add up from the individual targets below it.
   */
  readonly effectiveTarget: number | null;
  readonly effectiveBaseline: number | null;
  /** Own target against the implied one, outside the workspace's tolerance. */
  readonly gap: Gap | null;
  readonly units: UnitCheck | null;
}

/** What changed since the previous roll-up: new or edited metrics (whole), removed ids, a new tolerance. */
export interface RollUpChange {
  readonly upsert?: readonly MathMetric[];
  readonly remove?: readonly string[];
  readonly gapTolerance?: GapTolerance;
}

/**
 * The roll-up of a whole workspace: implied targets and baselines, gaps and
 * unit checks for every metric, and the cycles found. Immutable; an update
 * returns a new RollUp sharing all it did not recompute.
 */
export class RollUp {
  constructor(
    readonly graph: MetricGraph,
    readonly gapTolerance: GapTolerance,
    /** Each cycle's metric ids, sorted. */
    readonly cycles: readonly (readonly string[])[],
    /** Internal to the math: read through `of`. */
    readonly results: SlotArray<MetricMath>,
    /** The metrics this roll-up computed (all for a full one): the boxes to redraw. */
    readonly touched: readonly string[],
  ) {}

  of(id: string): MetricMath | undefined {
    const slot = this.graph.interner.find(id);
    return slot === undefined ? undefined : this.results.get(slot);
  }

  metric(id: string): MathMetric | null {
    return this.graph.metric(id);
  }

  inputsOf(id: string): readonly string[] {
    return this.graph.inputsOf(id);
  }

  /** Every metric's math, in no promised order. O(n): for a list of all gaps, not for each box. */
  *all(): IterableIterator<MetricMath> {
    for (let slot = 0; slot < this.graph.interner.size; slot++) {
      const result = this.results.get(slot);
      if (result) yield result;
    }
  }
}

const NO_UNIT = { unit: '', key: '' };

/** The whole tree in one pass. */
export function rollUp(input: MathInput): RollUp {
  const graph = buildGraph(input.metrics);
  const ids = [...new Set(input.metrics.map((metric) => metric.id))];
  const cycles = findCycles(cycleSuspects(graph, ids), (id) => graph.usedInputsOf(id));
  const editor = SlotArray.empty<MetricMath>().edit();
  // Everything is dirty: each metric waits for every input it reads.
  const all = new Map(ids.map((id) => [id, graph.usedInputsOf(id)]));
  recompute(graph, cycleIndex(cycles), editor, all, input.gapTolerance);
  return new RollUp(graph, input.gapTolerance, cycles, editor.done(), ids);
}

/**
 * The roll-up after a change, recomputing only the changed metrics and what
 * reads them: their tree parents and cross-parents, old and new, up to the
 * North Star. One edit costs the depth of the tree times the inputs per
 * level, not the size of the tree. A new tolerance recomputes every gap.
 */
export function updateRollUp(previous: RollUp, change: RollUpChange): RollUp {
  const before = previous.graph;
  const editor = before.edit();
  const seeds = new Set<string>();
  // Heads of the edges this change may add: a cycle can only be new if it runs along one.
  const heads = new Set<string>();
  let structural = false;
  for (const id of change.remove ?? []) {
    if (!before.metric(id)) continue;
    structural = true;
    seeds.add(id);
    for (const parent of before.dependentsOf(id)) seeds.add(parent);
    editor.remove(id);
  }
  const relationChanged: string[] = [];
  for (const metric of change.upsert ?? []) {
    const old = before.metric(metric.id);
    if (!old || changesParents(old, metric)) {
      structural = true;
      heads.add(metric.id);
    }
    if (old && changesRelation(old, metric)) {
      structural = true;
      relationChanged.push(metric.id);
    }
    seeds.add(metric.id);
    for (const parent of before.dependentsOf(metric.id)) seeds.add(parent);
    editor.upsert(metric);
  }
  const graph = editor.done();
  for (const metric of change.upsert ?? [])
    for (const parent of graph.dependentsOf(metric.id)) seeds.add(parent);

  let cycles = previous.cycles;
  if (structural) {
    for (const id of relationChanged) {
      const was = new Set(before.usedInputsOf(id));
      for (const input of graph.usedInputsOf(id)) if (!was.has(input)) heads.add(input);
    }
    // An old cycle that survives still holds its old members.
    for (const id of previous.cycles.flat()) heads.add(id);
    cycles = findCycles(heads, (id) => graph.usedInputsOf(id));
    for (const id of [...previous.cycles.flat(), ...cycles.flat()]) seeds.add(id);
  }

  const tolerance = change.gapTolerance ?? previous.gapTolerance;
  const toleranceChanged =
    tolerance.percent !== previous.gapTolerance.percent ||
    tolerance.absolute !== previous.gapTolerance.absolute;
  const dirty = toleranceChanged ? everyMetric(graph) : ancestorsAndSelf(graph, seeds);
  const results = previous.results.edit();
  recompute(graph, cycleIndex(cycles), results, dirty, tolerance);
  return new RollUp(graph, tolerance, cycles, results.done(), [...dirty.keys()]);
}

/** Whether an edit moves the metric or changes its cross-links: it becomes someone else's input. */
function changesParents(old: MathMetric, next: MathMetric): boolean {
  return (
    old.parentId !== next.parentId ||
    old.crossParentIds.length !== next.crossParentIds.length ||
    old.crossParentIds.some((id, i) => next.crossParentIds[i] !== id)
  );
}

/** Whether an edit changes which of its inputs the metric reads. */
function changesRelation(old: MathMetric, next: MathMetric): boolean {
  return (
    old.relation !== next.relation ||
    old.parameters.includeCrossLinks !== next.parameters.includeCrossLinks ||
    old.parameters.numeratorId !== next.parameters.numeratorId ||
    old.parameters.denominatorId !== next.parameters.denominatorId ||
    old.parameters.formula !== next.parameters.formula
  );
}

function cycleIndex(cycles: readonly (readonly string[])[]): Map<string, readonly string[]> {
  const index = new Map<string, readonly string[]>();
  for (const cycle of cycles) for (const id of cycle) index.set(id, cycle);
  return index;
}

function everyMetric(graph: MetricGraph): Map<string, readonly string[]> {
  const ids = new Map<string, readonly string[]>();
  for (let slot = 0; slot < graph.interner.size; slot++) {
    const node = graph.nodeAt(slot);
    if (node?.metric) ids.set(node.id, graph.usedInputsOf(node.id));
  }
  return ids;
}

/**
 * The seeds and everything that reads them, up to the roots; for each, the
 * dirty inputs it reads (so ordering the work never scans a parent's other
 * inputs: a department of 300 is not walked for one changed child).
 */
function ancestorsAndSelf(graph: MetricGraph, seeds: Iterable<string>): Map<string, string[]> {
  const dirty = new Map<string, string[]>();
  const queue = [...seeds];
  for (const id of queue) if (!dirty.has(id)) dirty.set(id, []);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    for (const parent of graph.dependentsOf(id)) {
      let inputs = dirty.get(parent);
      if (!inputs) {
        dirty.set(parent, (inputs = []));
        queue.push(parent);
      }
      if (graph.reads(parent, id)) inputs.push(id);
    }
  }
  return dirty;
}

/**
 * Compute the dirty metrics, each after the dirty inputs it reads (post-order,
 * iterative: one frame per metric on the current path). `dirty` maps each
 * metric to recompute to those inputs. Cycle members read nothing (their
 * value is the cycle diagnostic), so what remains is acyclic; an input
 * already on the path would be a cycle the detector missed, and is read as it
 * stands rather than followed, so this cannot loop.
 */
function recompute(
  graph: MetricGraph,
  cycles: ReadonlyMap<string, readonly string[]>,
  results: SlotArrayEditor<MetricMath>,
  dirty: ReadonlyMap<string, readonly string[]>,
  tolerance: GapTolerance,
): void {
  const entered = new Set<string>();
  interface Frame {
    readonly id: string;
    readonly inputs: readonly string[];
    next: number;
  }
  const enter = (id: string, path: Frame[]) => {
    entered.add(id);
    path.push({ id, inputs: cycles.has(id) ? [] : (dirty.get(id) ?? []), next: 0 });
  };
  for (const root of dirty.keys()) {
    if (entered.has(root)) continue;
    const path: Frame[] = [];
    enter(root, path);
    while (path.length > 0) {
      const frame = path[path.length - 1] as Frame;
      if (frame.next < frame.inputs.length) {
        const input = frame.inputs[frame.next++] as string;
        if (!entered.has(input)) enter(input, path);
        continue;
      }
      path.pop();
      const slot = graph.interner.slotOf(frame.id);
      results.set(slot, compute(graph, frame.id, cycles.get(frame.id), results, tolerance));
    }
  }
}

function compute(
  graph: MetricGraph,
  id: string,
  cycle: readonly string[] | undefined,
  results: SlotArrayEditor<MetricMath>,
  tolerance: GapTolerance,
): MetricMath | undefined {
  const node = graph.node(id);
  const metric = node?.metric;
  if (!node || !metric) return undefined;
  const inputs = graph.inputsOf(id);
  // One id lookup per input; everything else about it is read by slot.
  const slots = inputs.map((input) => graph.interner.slotOf(input));
  let implied: MetricMath['implied'] = null;
  if (cycle) {
    const diagnostic = { ok: false, diagnostic: { kind: 'cycle', ids: cycle } } as const;
    implied = { target: diagnostic, baseline: diagnostic };
  } else if (metric.relation !== 'aligned' && inputs.length > 0) {
    const targets = slots.map((slot) => results.get(slot)?.effectiveTarget ?? null);
    const baselines = slots.map((slot) => results.get(slot)?.effectiveBaseline ?? null);
    implied = {
      target: combineValues(metric, node.formula, inputs, targets),
      baseline: combineValues(metric, node.formula, inputs, baselines),
    };
  }
  const pick = (own: number | null, from: Implied | undefined) =>
    own ?? (from?.ok ? from.value : null);
  // Units are checked only for sums and averages, which read every input: `inputs` is what they use.
  const units = unitCheck(
    metric.relation,
    { unit: metric.unit, key: node.unitKey },
    inputs,
    (i) => {
      const input = graph.nodeAt(slots[i] as number);
      return input?.metric ? { unit: input.metric.unit, key: input.unitKey } : NO_UNIT;
    },
  );
  return {
    id,
    implied,
    effectiveTarget: pick(metric.target, implied?.target),
    effectiveBaseline: pick(metric.baseline, implied?.baseline),
    gap: gapOf(metric.target, implied?.target ?? null, metric.direction, tolerance),
    units,
  };
}
