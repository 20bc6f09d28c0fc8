import type { ViewEdgeLike, ViewNodeLike } from '@streamscape/web-graph';

export interface FindingLike {
  id: string;
  title: string;
  about: readonly string[];
  severity?: string | null;
}

export interface Relationship {
  edgeId: string;
  kind: string;
  /** out: this node is the source */
  direction: 'out' | 'in';
  other: ViewNodeLike;
  label?: string | null;
  weight: number;
}

/** The edges of a node in a view, with the node at the other end; outgoing first, then by kind and name. */
export function relationshipsOf(
  nodeId: string,
  nodes: readonly ViewNodeLike[],
  edges: readonly ViewEdgeLike[],
): Relationship[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: Relationship[] = [];
  for (const edge of edges) {
    const direction = edge.source === nodeId ? 'out' : edge.target === nodeId ? 'in' : null;
    if (!direction) continue;
    const other = byId.get(direction === 'out' ? edge.target : edge.source);
    if (!other) continue;
    out.push({ edgeId: edge.id, kind: edge.kind, direction, other, label: edge.label, weight: edge.weight });
  }
  return out.sort(
    (a, b) =>
      (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
      a.kind.localeCompare(b.kind) ||
      a.other.label.localeCompare(b.other.label),
  );
}

/** Findings that are about the node (as subject or evidence). */
export function findingsAbout<F extends FindingLike>(nodeId: string, findings: readonly F[]): F[] {
  return findings.filter((f) => f.about.includes(nodeId));
}

/** `value-stream:battery-system` -> { slug: 'value-stream', id: 'battery-system' }. */
export function splitViewId(viewId: string): { slug: string; id: string } {
  const at = viewId.indexOf(':');
  return at < 0 ? { slug: '', id: viewId } : { slug: viewId.slice(0, at), id: viewId.slice(at + 1) };
}

/** How a relationship reads in the side panel: "FUNDS ->" / "<- OWNS". */
export function relationshipVerb(r: Pick<Relationship, 'kind' | 'direction'>): string {
  const verb = r.kind.toLowerCase().replace(/_/g, ' ');
  return r.direction === 'out' ? `${verb} →` : `← ${verb}`;
}
