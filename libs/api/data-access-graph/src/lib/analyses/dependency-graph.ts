import { rows, type Tx } from '../graph';
import { analysesCypher as cypher } from './cypher';
import { weightOf } from './traverse';

export interface ComponentDependency {
  /** the component that depends */
  readonly from: string;
  /** the component it depends on */
  readonly to: string;
  /** the relationship's weight; 1 when it has none */
  readonly weight: number;
}

export interface ComponentDependencyGraph {
  readonly components: readonly { readonly id: string; readonly name: string | null }[];
  readonly edges: readonly ComponentDependency[];
}

/**
 * Every component and every DEPENDS_ON between components, for analyses computed over the whole
 * dependency graph in the API (Neo4j community has no graph algorithm library).
 */
export async function dependencyGraph(tx: Tx): Promise<ComponentDependencyGraph> {
  const components = await rows<{ id: string; name: string | null }>(tx, cypher.allComponents);
  const edges = await rows<{ from: string; to: string; weight: unknown }>(tx, cypher.allDependencies);
  return {
    components,
    edges: edges.map((e) => ({ from: e.from, to: e.to, weight: weightOf(e.weight) })),
  };
}
