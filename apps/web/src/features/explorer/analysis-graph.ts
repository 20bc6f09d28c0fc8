import type { ViewEdgeLike, ViewGraphLike, ViewNodeLike } from '@streamscape/web-graph';
import { toKind } from './cypher-result';

/** The analyses' answers as view graphs for ui-graph: node ids are `kind:id` as in the landscape views. */

interface Named {
  id: string;
  kind: string;
  name?: string | null;
}
interface ImpactNodeLike extends Named {
  depth: number;
  via?: string | null;
}
export interface ImpactLike {
  root: ImpactNodeLike;
  nodes: readonly ImpactNodeLike[];
  streams: readonly ImpactNodeLike[];
  domains: readonly ImpactNodeLike[];
  teams: readonly ImpactNodeLike[];
}
export interface PathLike {
  from: Named;
  to: Named;
  components: readonly Named[];
  steps: readonly { from: string; to: string; weight: number }[];
}
export interface CyclesLike {
  cycles: readonly { componentIds: readonly string[] }[];
}
export interface CentralLike {
  id: string;
  name?: string | null;
  rank: number;
  weightedDegree: number;
  pageRank: number;
}

/** `ValueStream` + `ev-drive` -> `value-stream:ev-drive`, the reference every view uses. */
export function viewId(kind: string, id: string): string {
  return `${toKind(kind).toLowerCase().replace(/_/g, '-')}:${id}`;
}

function node(n: Named, attributes: ViewNodeLike['attributes'] = []): ViewNodeLike {
  return { id: viewId(n.kind, n.id), kind: toKind(n.kind), label: n.name || n.id, parent: null, attributes };
}

function edge(kind: string, source: string, target: string, weight = 1): ViewEdgeLike {
  return { id: `${kind}:${source}->${target}`, kind, label: kind, source, target, weight, attributes: [] };
}

/**
 * Impact: the root and its dependents (dependent -DEPENDS_ON-> via), the streams that build them, their
 * domains and the teams that own them, each linked to the node that brought it in.
 */
export function impactGraph(impact: ImpactLike): ViewGraphLike {
  const components = [impact.root, ...impact.nodes];
  const componentRef = new Map(components.map((c) => [c.id, viewId(c.kind, c.id)]));
  const streamRef = new Map(impact.streams.map((s) => [s.id, viewId(s.kind, s.id)]));
  const depth = (n: ImpactNodeLike) => [{ name: 'depth', value: n.depth }];
  const nodes = [...components, ...impact.streams, ...impact.domains, ...impact.teams].map((n) =>
    node(n, depth(n)),
  );
  const edges: ViewEdgeLike[] = [];
  const link = (kind: string, source: string | undefined, target: string | undefined) => {
    if (source && target) edges.push(edge(kind, source, target));
  };
  for (const c of impact.nodes) link('DEPENDS_ON', componentRef.get(c.id), componentRef.get(c.via ?? ''));
  for (const s of impact.streams) link('BUILT_IN', componentRef.get(s.via ?? ''), streamRef.get(s.id));
  for (const d of impact.domains) link('PART_OF', streamRef.get(d.via ?? ''), viewId(d.kind, d.id));
  for (const t of impact.teams) link('OWNS', viewId(t.kind, t.id), componentRef.get(t.via ?? ''));
  return { nodes, edges };
}

/** Path: the components in order with their DEPENDS_ON steps; team, stream or domain ends stand beside them. */
export function pathGraph(path: PathLike): ViewGraphLike {
  const nodes = path.components.map((c) => node(c));
  const ref = (id: string) => viewId('Component', id);
  const edges = path.steps.map((s) => edge('DEPENDS_ON', ref(s.from), ref(s.to), s.weight));
  const first = path.components[0];
  const last = path.components[path.components.length - 1];
  if (path.from.kind !== 'Component' && first) {
    nodes.unshift(node(path.from));
    edges.unshift(edge('STANDS_FOR', viewId(path.from.kind, path.from.id), ref(first.id)));
  }
  if (path.to.kind !== 'Component' && last) {
    nodes.push(node(path.to));
    edges.push(edge('STANDS_FOR', viewId(path.to.kind, path.to.id), ref(last.id)));
  }
  return { nodes, edges };
}

/** Cycles: every component in a cycle once, each DEPENDS_ON of a cycle once (the last closes the ring). */
export function cyclesGraph(result: CyclesLike): ViewGraphLike {
  const nodes = new Map<string, ViewNodeLike>();
  const edges = new Map<string, ViewEdgeLike>();
  for (const { componentIds } of result.cycles) {
    componentIds.forEach((id, i) => {
      const next = componentIds[(i + 1) % componentIds.length];
      if (!nodes.has(id)) nodes.set(id, node({ id, kind: 'Component' }));
      const e = edge('DEPENDS_ON', viewId('Component', id), viewId('Component', next));
      edges.set(e.id, e);
    });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Central components: the ranked components, labelled with their rank (the API sends no edges among them). */
export function centralGraph(rows: readonly CentralLike[]): ViewGraphLike {
  return {
    nodes: rows.map((r) =>
      node({ id: r.id, kind: 'Component', name: `#${r.rank} ${r.name || r.id}` }, [
        { name: 'rank', value: r.rank },
        { name: 'weightedDegree', value: r.weightedDegree },
        { name: 'pageRank', value: r.pageRank },
      ]),
    ),
    edges: [],
  };
}
