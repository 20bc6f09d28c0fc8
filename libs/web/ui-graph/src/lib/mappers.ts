import { labelLength, truncateLabel } from './labels';
import { compactAmount, widthScale } from './scales';
import type {
  AttributeValue,
  GraphEdgeElement,
  GraphElements,
  GraphNodeElement,
  ViewAttributeLike,
  ViewEdgeLike,
  ViewGraphLike,
  ViewNodeLike,
} from './types';

export function attributeMap(attributes: readonly ViewAttributeLike[]): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const a of attributes) {
    if (a.text != null) out[a.name] = a.text;
    else if (a.value != null) out[a.name] = a.value;
  }
  return out;
}

function tagsOf(attributes: Record<string, AttributeValue>): string[] {
  const tags = attributes['tags'];
  return typeof tags === 'string' && tags ? tags.split(',').map((t) => t.trim()) : [];
}

/** Classes that carry meaning in the styles: the kind, and what should stand out. */
export function nodeClasses(
  node: ViewNodeLike,
  attributes: Record<string, AttributeValue>,
  isParent: boolean,
): string[] {
  const classes = [node.kind.toLowerCase().replace(/_/g, '-')];
  if (isParent) classes.push('compound');
  if (
    attributes['legacy'] === 1 ||
    attributes['status'] === 'LEGACY' ||
    attributes['generation'] === 'LEGACY'
  ) {
    classes.push('legacy');
  }
  if (attributes['external'] === 1) classes.push('external');
  if (node.kind === 'INTEGRATION_POINT' && attributes['responsible'] === 0) classes.push('unowned');
  if (node.kind === 'COMPONENT' && attributes['owners'] === 0) classes.push('unowned');
  if (node.kind === 'STAGE' && typeof attributes['qualityGate'] === 'string') classes.push('gated');
  return classes;
}

function mapNodes(nodes: readonly ViewNodeLike[]): GraphNodeElement[] {
  const ids = new Set(nodes.map((n) => n.id));
  const parents = new Set(nodes.map((n) => n.parent).filter((p): p is string => !!p && ids.has(p)));
  return nodes.map((node) => {
    const attributes = attributeMap(node.attributes);
    const isParent = parents.has(node.id);
    const short = truncateLabel(node.label, labelLength(node.kind, isParent));
    return {
      group: 'nodes',
      data: {
        id: node.id,
        label: node.label,
        ...(short !== node.label ? { short } : {}),
        kind: node.kind,
        // a parent the view did not send would make Cytoscape throw
        ...(node.parent && ids.has(node.parent) ? { parent: node.parent } : {}),
        tags: tagsOf(attributes),
        attributes,
      },
      classes: nodeClasses(node, attributes, isParent),
    };
  });
}

function mapEdges(edges: readonly ViewEdgeLike[], nodeIds: Set<string>): GraphEdgeElement[] {
  const kept = edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  // widths scale within a kind: a funding amount and a dependency count are not comparable
  const scales = new Map<string, (w: number) => number>();
  for (const kind of new Set(kept.map((e) => e.kind))) {
    const weights = kept.filter((e) => e.kind === kind).map((e) => e.weight);
    // funding is the point of the enterprise view; feedback loops are many and must not bury the line
    const widest = kind === 'FUNDS' ? 12 : kind === 'FEEDBACK_TO' ? 3 : 6;
    scales.set(kind, widthScale(Math.min(...weights), Math.max(...weights), 1, widest));
  }
  return kept.map((edge) => {
    const attributes = attributeMap(edge.attributes);
    const classes = [edge.kind.toLowerCase().replace(/_/g, '-')];
    if (edge.kind === 'FEEDBACK_TO') classes.push('feedback');
    const label = edge.kind === 'FUNDS' ? compactAmount(edge.weight) : (edge.label ?? undefined);
    return {
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        ...(label ? { label } : {}),
        weight: edge.weight,
        width: scales.get(edge.kind)?.(edge.weight) ?? 1,
        attributes,
      },
      classes,
    };
  });
}

/** Any view graph as elements: nodes with their compound parents, edges whose ends exist. */
export function toElements(view: ViewGraphLike): GraphElements {
  const nodes = mapNodes(view.nodes);
  return { nodes, edges: mapEdges(view.edges, new Set(nodes.map((n) => n.data.id))) };
}

/**
 * View 1, enterprise structure: domains as compounds holding their integration points, budgets inside the
 * org units that provide them, generations inside their products; domain -> domain DEPENDS_ON is cross-domain.
 */
export function toEnterpriseElements(view: ViewGraphLike): GraphElements {
  const elements = toElements(view);
  for (const edge of elements.edges) {
    if (edge.data.kind === 'DEPENDS_ON' || edge.data.kind === 'INTEGRATES_INTO')
      edge.classes.push('cross-domain');
  }
  return elements;
}

const ASSEMBLY_NODE_KINDS = new Set(['DOMAIN', 'VALUE_STREAM', 'STAGE', 'INTEGRATION_POINT']);
const ASSEMBLY_EDGE_KINDS = new Set(['FLOWS_TO', 'FEEDBACK_TO', 'AT']);

export interface DomainViewOptions {
  /** 'assembly': streams, their stages left to right and integration points; 'design': everything */
  mode: 'assembly' | 'design';
  /** only this stream (a view id `value-stream:<id>`), its sub-streams and their stages */
  stream?: string;
}

/** View 2, domain design: the whole design, or the Assembly Lines of the domain or of one stream. */
export function toDomainElements(view: ViewGraphLike, options: DomainViewOptions): GraphElements {
  let nodes = view.nodes;
  let edges = view.edges;
  if (options.mode === 'assembly') {
    nodes = nodes.filter((n) => ASSEMBLY_NODE_KINDS.has(n.kind));
    edges = edges.filter((e) => ASSEMBLY_EDGE_KINDS.has(e.kind));
  }
  if (options.stream) {
    const keep = descendantsOf(view.nodes, options.stream);
    const atKept = new Set(
      view.edges.filter((e) => e.kind === 'AT' && keep.has(e.target)).map((e) => e.source),
    );
    nodes = nodes.filter((n) => keep.has(n.id) || atKept.has(n.id));
  }
  if (options.mode === 'assembly') {
    // other domains and their integration points only matter here when something connects to them
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    const parents = new Set(nodes.map((n) => n.parent));
    nodes = nodes.filter(
      (n) => linked.has(n.id) || parents.has(n.id) || n.kind === 'VALUE_STREAM' || n.kind === 'STAGE',
    );
  }
  const ids = new Set(nodes.map((n) => n.id));
  // a node whose parent is left out becomes a root (a focused stream, an integration point of another domain)
  return toElements({
    nodes: nodes.map((n) => (n.parent && !ids.has(n.parent) ? { ...n, parent: null } : n)),
    edges,
  });
}

/** The node and everything nested in it (sub-streams, stages), by `parent`. */
export function descendantsOf(nodes: readonly ViewNodeLike[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.parent) children.set(n.parent, [...(children.get(n.parent) ?? []), n.id]);
  }
  const out = new Set<string>();
  const queue = [rootId];
  while (queue.length) {
    const id = queue.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return nodes.some((n) => n.id === rootId) ? out : new Set();
}

/** The chain of compound parents of a node, outermost first (for breadcrumbs). */
export function ancestorsOf(nodes: readonly ViewNodeLike[], id: string): ViewNodeLike[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const chain: ViewNodeLike[] = [];
  let current = byId.get(id)?.parent;
  while (current && byId.has(current) && !chain.some((n) => n.id === current)) {
    const node = byId.get(current) as ViewNodeLike;
    chain.unshift(node);
    current = node.parent;
  }
  return chain;
}
