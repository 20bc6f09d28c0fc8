import { rows, type Tx } from '../graph';
import { analysesCypher as cypher } from './cypher';
import { compare, traverse } from './traverse';

/** A node of the landscape, as analyses name it. */
export interface AnalysisNodeRef {
  readonly id: string;
  /** its label: Component, ValueStream, Domain, Team */
  readonly kind: string;
  readonly name: string | null;
}

export interface ImpactedNode extends AnalysisNodeRef {
  /** dependency steps from the root: 0 for the root and what it belongs to, 1 for its direct dependents */
  readonly depth: number;
  /** the node one step closer to the root on a shortest path (null for the root) */
  readonly via: string | null;
}

export interface ComponentImpact {
  readonly root: ImpactedNode;
  readonly maxDepth: number;
  /** the components that depend on the root, directly or transitively, by depth then id */
  readonly nodes: ImpactedNode[];
  /** the streams that build the root or a dependent (in one of their stages, or directly) */
  readonly streams: ImpactedNode[];
  /** the domains those streams belong to */
  readonly domains: ImpactedNode[];
  /** the teams that own the root or a dependent */
  readonly teams: ImpactedNode[];
  /** more dependents lie beyond maxDepth */
  readonly truncated: boolean;
}

/**
 * Everything a change to a component reaches: the components that depend on it through DEPENDS_ON (up to
 * maxDepth steps), and through BUILT_IN, STAGE_OF, PART_OF and OWNS the streams, domains and teams
 * concerned, each at the smallest depth of a component that brings it in. Null when there is no such component.
 */
export async function componentImpact(
  tx: Tx,
  componentId: string,
  maxDepth: number,
): Promise<ComponentImpact | null> {
  const [root] = await rows<{ id: string; name: string | null }>(tx, cypher.component, { id: componentId });
  if (!root) return null;
  const { reached, more } = await traverse(tx, cypher.dependentsOf, [root.id], { maxDepth, lookAhead: true });
  const depthOf = new Map([[root.id, 0], ...[...reached.values()].map((r) => [r.id, r.depth] as const)]);
  const ids = [...depthOf.keys()];

  const streams = await related(tx, cypher.streamsBuilding, ids, 'component', 'ValueStream', depthOf);
  const streamDepth = new Map(streams.map((s) => [s.id, s.depth]));
  const domains = await related(
    tx,
    cypher.domainsOf,
    [...streamDepth.keys()],
    'stream',
    'Domain',
    streamDepth,
  );
  const teams = await related(tx, cypher.ownersOf, ids, 'component', 'Team', depthOf);

  const nodes = [...reached.values()].map((r) => ({
    id: r.id,
    kind: 'Component',
    name: r.name,
    depth: r.depth,
    via: r.via,
  }));
  return {
    root: { id: root.id, kind: 'Component', name: root.name, depth: 0, via: null },
    maxDepth,
    nodes: nodes.sort(byDepthThenId),
    streams,
    domains,
    teams,
    truncated: more,
  };
}

/**
 * The nodes a statement relates to the given ones, each at the smallest depth of a node that relates to
 * it, with that node as `via`.
 */
async function related(
  tx: Tx,
  statement: string,
  ids: readonly string[],
  fromColumn: 'component' | 'stream',
  kind: string,
  depthOf: ReadonlyMap<string, number>,
): Promise<ImpactedNode[]> {
  if (ids.length === 0) return [];
  const found = new Map<string, ImpactedNode>();
  for (const row of await rows<Record<string, string | null>>(tx, statement, { ids })) {
    const from = String(row[fromColumn]);
    const id = String(row['id']);
    const depth = depthOf.get(from) ?? 0;
    const known = found.get(id);
    if (known && (known.depth < depth || (known.depth === depth && compare(known.via ?? '', from) <= 0)))
      continue;
    found.set(id, { id, kind, name: row['name'] ?? null, depth, via: from });
  }
  return [...found.values()].sort(byDepthThenId);
}

export function byDepthThenId(a: ImpactedNode, b: ImpactedNode): number {
  return a.depth - b.depth || compare(a.id, b.id);
}
