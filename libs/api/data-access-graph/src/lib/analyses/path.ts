import { rows, type Tx } from '../graph';
import { analysesCypher as cypher } from './cypher';
import type { AnalysisNodeRef } from './impact';
import { compare, traverse } from './traverse';

/** What the ends of a dependency path are; a team, stream or domain stands for its components. */
export type DependencyPathKind = 'COMPONENT' | 'TEAM' | 'VALUE_STREAM' | 'DOMAIN';

interface PathKindDef {
  readonly label: string;
  /** statement giving `name` and `components` of the node `$id`, or no row when there is none */
  readonly members: string | null;
  /** the relationship types followed, from an end to its components and between components */
  readonly follows: readonly string[];
}

export const PATH_KINDS: Readonly<Record<DependencyPathKind, PathKindDef>> = {
  COMPONENT: { label: 'Component', members: null, follows: ['DEPENDS_ON'] },
  TEAM: { label: 'Team', members: cypher.teamComponents, follows: ['OWNS', 'DEPENDS_ON'] },
  VALUE_STREAM: {
    label: 'ValueStream',
    members: cypher.streamComponents,
    follows: ['BUILT_IN', 'STAGE_OF', 'PART_OF', 'DEPENDS_ON'],
  },
  DOMAIN: {
    label: 'Domain',
    members: cypher.domainComponents,
    follows: ['BUILT_IN', 'STAGE_OF', 'PART_OF', 'DEPENDS_ON'],
  },
};

export interface RouteStep {
  /** the component that depends */
  readonly from: string;
  /** the component it depends on */
  readonly to: string;
  readonly weight: number;
}

export interface DependencyRoute {
  readonly kind: DependencyPathKind;
  readonly from: AnalysisNodeRef;
  readonly to: AnalysisNodeRef;
  /** the components along the path, from a component of `from` to one of `to` */
  readonly components: AnalysisNodeRef[];
  /** the DEPENDS_ON relationships between them, in path order */
  readonly steps: RouteStep[];
  readonly follows: string[];
}

export type DependencyPathResult =
  | { readonly found: false; readonly missing: readonly string[] }
  | { readonly found: true; readonly route: DependencyRoute | null };

interface Members {
  readonly node: AnalysisNodeRef;
  readonly components: readonly string[];
}

/**
 * The shortest chain of DEPENDS_ON relationships (at most maxDepth) from `fromId` to `toId`, which are
 * components or, by `kind`, teams (their owned components), streams or domains (the components built in
 * them). Directed: `fromId` depends on `toId`. Ties go to the smallest ids. `missing` names unknown ids.
 */
export async function dependencyPath(
  tx: Tx,
  fromId: string,
  toId: string,
  kind: DependencyPathKind,
  maxDepth: number,
): Promise<DependencyPathResult> {
  const from = await membersOf(tx, kind, fromId);
  const to = await membersOf(tx, kind, toId);
  const missing = [from ? null : fromId, to ? null : toId].filter((id): id is string => id !== null);
  if (!from || !to) return { found: false, missing };

  const targets = new Set(to.components);
  const shared = from.components.filter((id) => targets.has(id)).sort(compare);
  let chain: string[] | null = shared.length ? [shared[0]] : null;
  const weights = new Map<string, number>();
  if (!chain && from.components.length && targets.size) {
    const { reached } = await traverse(tx, cypher.dependenciesOf, from.components, {
      maxDepth,
      stopAt: targets,
    });
    const end = [...targets].filter((id) => reached.has(id)).sort(compare)[0];
    if (end) {
      chain = [end];
      for (let step = reached.get(end); step; step = reached.get(step.via)) {
        chain.unshift(step.via);
        weights.set(step.id, step.weight ?? 1);
      }
    }
  }
  if (!chain) return { found: true, route: null };

  const names = new Map(
    (await rows<{ id: string; name: string | null }>(tx, cypher.components, { ids: chain })).map((c) => [
      c.id,
      c.name,
    ]),
  );
  const path = chain;
  return {
    found: true,
    route: {
      kind,
      from: from.node,
      to: to.node,
      components: path.map((id) => ({ id, kind: 'Component', name: names.get(id) ?? null })),
      steps: path.slice(1).map((id, i) => ({ from: path[i], to: id, weight: weights.get(id) ?? 1 })),
      follows: [...PATH_KINDS[kind].follows],
    },
  };
}

async function membersOf(tx: Tx, kind: DependencyPathKind, id: string): Promise<Members | null> {
  const def = PATH_KINDS[kind];
  if (!def.members) {
    const [component] = await rows<{ id: string; name: string | null }>(tx, cypher.component, { id });
    return component
      ? { node: { id, kind: def.label, name: component.name }, components: [component.id] }
      : null;
  }
  const [row] = await rows<{ name: string | null; components: string[] }>(tx, def.members, { id });
  return row ? { node: { id, kind: def.label, name: row.name }, components: row.components } : null;
}
