import { kebab, toGraphEnum } from '@streamscape/domain';

export interface ViewAttributeData {
  readonly name: string;
  readonly value: number | null;
  readonly text: string | null;
}

export interface ViewNodeData {
  readonly id: string;
  /** the model kind in upper snake case: VALUE_STREAM */
  readonly kind: string;
  readonly label: string;
  readonly parent: string | null;
  readonly attributes: readonly ViewAttributeData[];
}

export interface ViewEdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: string;
  readonly weight: number;
  readonly label: string | null;
  readonly attributes: readonly ViewAttributeData[];
}

export type AttributeValue = number | string | boolean | null | undefined;

/** Attributes from a record; numbers and booleans become values, strings text, absent values are left out. */
export function attributes(values: Record<string, AttributeValue>): ViewAttributeData[] {
  const list: ViewAttributeData[] = [];
  for (const name in values) {
    const v = values[name];
    if (v === null || v === undefined) continue;
    if (typeof v === 'number') list.push({ name, value: v, text: null });
    else if (typeof v === 'boolean') list.push({ name, value: v ? 1 : 0, text: null });
    else list.push({ name, value: null, text: v });
  }
  return list;
}

const nodeKinds = new Map<string, string>();

/** `ValueStream` -> `VALUE_STREAM` */
export function nodeKind(modelKind: string): string {
  let kind = nodeKinds.get(modelKind);
  if (kind === undefined) nodeKinds.set(modelKind, (kind = toGraphEnum(kebab(modelKind))));
  return kind;
}

/**
 * Collects a view's nodes and edges: the first definition of a node wins, edges are keyed by kind and
 * ends, and the result only holds edges whose ends are nodes and parents that exist, parents first
 * (what Cytoscape needs to draw compound nodes).
 */
export class ViewGraph {
  private readonly nodes = new Map<string, ViewNodeData>();
  private readonly edges = new Map<string, ViewEdgeData>();

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  node(
    id: string,
    modelKind: string,
    label: string,
    parent: string | null = null,
    attrs: Record<string, AttributeValue> = {},
  ): void {
    if (this.nodes.has(id)) return;
    this.nodes.set(id, { id, kind: nodeKind(modelKind), label, parent, attributes: attributes(attrs) });
  }

  edge(
    kind: string,
    source: string,
    target: string,
    options: {
      weight?: number;
      label?: string | null;
      attributes?: Record<string, AttributeValue>;
      /** tells apart two edges of one kind between the same nodes */
      discriminator?: string;
    } = {},
  ): void {
    const id = `${kind.toLowerCase()}:${source}->${target}${options.discriminator ? `:${options.discriminator}` : ''}`;
    if (this.edges.has(id)) return;
    this.edges.set(id, {
      id,
      source,
      target,
      kind,
      weight: options.weight ?? 1,
      label: options.label ?? null,
      attributes: attributes(options.attributes ?? {}),
    });
  }

  build(): { nodes: ViewNodeData[]; edges: ViewEdgeData[] } {
    const depth = new Map<string, number>();
    const depthOf = (n: ViewNodeData): number => {
      const known = depth.get(n.id);
      if (known !== undefined) return known;
      depth.set(n.id, 0); // a parent cycle ends here instead of looping
      const parent = n.parent ? this.nodes.get(n.parent) : undefined;
      const d = parent ? depthOf(parent) + 1 : 0;
      depth.set(n.id, d);
      return d;
    };
    // parents before children, otherwise in the order the view added them (buckets by depth keep it stable)
    const levels: ViewNodeData[][] = [];
    for (const n of this.nodes.values()) {
      const node = n.parent && !this.nodes.has(n.parent) ? { ...n, parent: null } : n;
      (levels[depthOf(n)] ??= []).push(node);
    }
    const edges: ViewEdgeData[] = [];
    for (const e of this.edges.values())
      if (this.nodes.has(e.source) && this.nodes.has(e.target)) edges.push(e);
    return { nodes: levels.flat(), edges };
  }
}
