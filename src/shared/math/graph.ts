import type { FormulaNode, FormulaSyntaxError } from './formula/ast';
import { parseFormula } from './formula/parse';
import type { MathMetric } from './model';
import { Interner, SlotArray, type SlotArrayEditor } from './slots';

/**
 * Who is an input of whom. The inputs of a metric are its tree children (in
 * order), then — when its relation includes cross-links — the metrics that
 * name it among their crossParentIds. A metric is never its own input, and a
 * cross-child that is also a tree child counts once.
 *
 * The graph is persistent (see slots.ts): an update returns a new graph that
 * shares everything it did not touch.
 */

export type ParsedStoredFormula =
  | { readonly ok: true; readonly ast: FormulaNode; readonly references: readonly string[] }
  | { readonly ok: false; readonly error: FormulaSyntaxError | { readonly kind: 'empty' } };

export interface GraphNode {
  readonly id: string;
  /** Null for an id that is only named as someone's parent (or was removed). */
  readonly metric: MathMetric | null;
  readonly children: readonly string[];
  readonly crossChildren: readonly string[];
  /** The stored formula, parsed once per change of it (only for the formula relation). */
  readonly formula: ParsedStoredFormula | null;
  /** The unit as compared for mixed units: compatibility forms, case and spaces ignored. */
  readonly unitKey: string;
}

const unitKeys = new Map<string, string>();

/** Cached: a workspace has a handful of units, spelled the same thousands of times. */
export function unitKey(unit: string): string {
  let key = unitKeys.get(unit);
  if (key === undefined) {
    key = unit.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
    if (unitKeys.size < 10_000) unitKeys.set(unit, key);
  }
  return key;
}

const NONE: readonly string[] = [];

function parseStored(metric: MathMetric): ParsedStoredFormula | null {
  if (metric.relation !== 'formula') return null;
  return parseFormula(metric.parameters.formula);
}

export class MetricGraph {
  constructor(
    readonly interner: Interner,
    private readonly nodes: SlotArray<GraphNode>,
  ) {}

  node(id: string): GraphNode | undefined {
    const slot = this.interner.find(id);
    return slot === undefined ? undefined : this.nodes.get(slot);
  }

  nodeAt(slot: number): GraphNode | undefined {
    return this.nodes.get(slot);
  }

  metric(id: string): MathMetric | null {
    return this.node(id)?.metric ?? null;
  }

  /**
   * Every input of the metric, whether or not its relation uses it. The
   * children list itself when no cross-links count (the common case, no copy):
   * read it, never change it.
   */
  inputsOf(id: string): readonly string[] {
    const node = this.node(id);
    if (!node?.metric) return [];
    if (!node.metric.parameters.includeCrossLinks || node.crossChildren.length === 0)
      return node.children;
    const inputs = [...node.children];
    const seen = new Set(inputs);
    for (const cross of node.crossChildren)
      if (!seen.has(cross)) {
        seen.add(cross);
        inputs.push(cross);
      }
    return inputs;
  }

  /** The inputs the relation reads: the edges a value flows along, and where cycles are looked for. */
  usedInputsOf(id: string): readonly string[] {
    const node = this.node(id);
    const metric = node?.metric;
    if (!node || !metric) return [];
    switch (metric.relation) {
      case 'aligned':
        return [];
      case 'ratio': {
        const inputs = new Set(this.inputsOf(id));
        const { numeratorId, denominatorId } = metric.parameters;
        return [...new Set([numeratorId, denominatorId])].filter(
          (input): input is string => input !== null && inputs.has(input),
        );
      }
      case 'formula': {
        if (!node.formula?.ok) return [];
        const inputs = new Set(this.inputsOf(id));
        return node.formula.references.filter((ref) => inputs.has(ref));
      }
      default:
        return this.inputsOf(id);
    }
  }

  /** Whether the parent's relation reads the child (a child of a ratio may be neither side). */
  reads(parentId: string, childId: string): boolean {
    const parent = this.node(parentId);
    const child = this.metric(childId);
    if (!parent?.metric || !child) return false;
    const { relation, parameters } = parent.metric;
    if (child.parentId !== parentId && !parameters.includeCrossLinks) return false;
    switch (relation) {
      case 'aligned':
        return false;
      case 'ratio':
        return parameters.numeratorId === childId || parameters.denominatorId === childId;
      case 'formula':
        return parent.formula?.ok === true && parent.formula.references.includes(childId);
      default:
        return true;
    }
  }

  /** Metrics that may read this one: its tree parent and its cross-parents. */
  dependentsOf(id: string): string[] {
    const metric = this.metric(id);
    if (!metric) return [];
    const parents = metric.parentId === null ? [] : [metric.parentId];
    return [...new Set([...parents, ...metric.crossParentIds])].filter((parent) => parent !== id);
  }

  edit(): GraphEditor {
    return new GraphEditor(this.interner, this.nodes.edit());
  }
}

/** A batch of upserts and removals; `done()` gives the new graph. */
export class GraphEditor {
  constructor(
    private readonly interner: Interner,
    private readonly nodes: SlotArrayEditor<GraphNode>,
  ) {}

  private get(id: string): GraphNode {
    const slot = this.interner.slotOf(id);
    return (
      this.nodes.get(slot) ?? {
        id,
        metric: null,
        children: [],
        crossChildren: [],
        formula: null,
        unitKey: '',
      }
    );
  }

  private put(node: GraphNode): void {
    this.nodes.set(this.interner.slotOf(node.id), node);
  }

  private link(parentId: string, childId: string, list: 'children' | 'crossChildren'): void {
    // A metric is never its own input (a file could still name itself as parent).
    if (parentId === childId) return;
    const parent = this.get(parentId);
    if (!parent[list].includes(childId))
      this.put({ ...parent, [list]: [...parent[list], childId] });
  }

  private unlink(parentId: string, childId: string, list: 'children' | 'crossChildren'): void {
    const parent = this.get(parentId);
    if (parent[list].includes(childId))
      this.put({ ...parent, [list]: parent[list].filter((id) => id !== childId) });
  }

  upsert(metric: MathMetric): void {
    const previous = this.get(metric.id).metric;
    if (previous?.parentId !== metric.parentId) {
      if (previous?.parentId != null) this.unlink(previous.parentId, metric.id, 'children');
      if (metric.parentId !== null) this.link(metric.parentId, metric.id, 'children');
    }
    const before = new Set(previous?.crossParentIds ?? []);
    const after = new Set(metric.crossParentIds);
    for (const id of before) if (!after.has(id)) this.unlink(id, metric.id, 'crossChildren');
    for (const id of after) if (!before.has(id)) this.link(id, metric.id, 'crossChildren');
    const node = this.get(metric.id);
    const formulaChanged =
      previous === null ||
      previous.relation !== metric.relation ||
      previous.parameters.formula !== metric.parameters.formula;
    this.put({
      ...node,
      metric,
      formula: formulaChanged ? parseStored(metric) : node.formula,
      unitKey: previous?.unit === metric.unit ? node.unitKey : unitKey(metric.unit),
    });
  }

  remove(id: string): void {
    const previous = this.get(id).metric;
    if (!previous) return;
    if (previous.parentId !== null) this.unlink(previous.parentId, id, 'children');
    for (const parent of previous.crossParentIds) this.unlink(parent, id, 'crossChildren');
    this.put({ ...this.get(id), metric: null, formula: null });
  }

  done(): MetricGraph {
    return new MetricGraph(this.interner, this.nodes.done());
  }
}

/**
 * The graph of a whole workspace in one linear pass (upserting one by one
 * would copy a parent's list of children for every child: quadratic in a
 * department of hundreds). A duplicate id counts once, the last one.
 */
export function buildGraph(metrics: readonly MathMetric[]): MetricGraph {
  const interner = new Interner();
  const byId = new Map<string, MathMetric>();
  for (const metric of metrics) byId.set(metric.id, metric);
  const children = new Map<string, string[]>();
  const crossChildren = new Map<string, string[]>();
  const add = (lists: Map<string, string[]>, parent: string, child: string) => {
    const list = lists.get(parent);
    if (list) list.push(child);
    else lists.set(parent, [child]);
  };
  for (const metric of byId.values()) {
    if (metric.parentId !== null && metric.parentId !== metric.id)
      add(children, metric.parentId, metric.id);
    for (const parent of new Set(metric.crossParentIds))
      if (parent !== metric.id) add(crossChildren, parent, metric.id);
  }
  const nodes: GraphNode[] = [];
  const node = (id: string) => {
    const metric = byId.get(id) ?? null;
    interner.slotOf(id);
    nodes.push({
      id,
      metric,
      children: children.get(id) ?? NONE,
      crossChildren: crossChildren.get(id) ?? NONE,
      formula: metric ? parseStored(metric) : null,
      unitKey: metric ? unitKey(metric.unit) : '',
    });
  };
  for (const id of byId.keys()) node(id);
  // Parents named by someone but absent themselves keep their children lists for when they arrive.
  for (const id of [...children.keys(), ...crossChildren.keys()])
    if (interner.find(id) === undefined) node(id);
  return new MetricGraph(interner, SlotArray.from(nodes));
}
