import { Injectable } from '@nestjs/common';
import { ApiError } from '@streamscape/api-graphql';
import { componentImpact, dependencyGraph, dependencyPath, PATH_KINDS } from '@streamscape/graph';
import { GraphHost } from '@streamscape/graph-nest';
import { centrality } from './algorithms/centrality';
import { findCycles } from './algorithms/cycles';
import {
  type CentralComponentsArgs,
  CentralityOrder,
  type ComponentCentrality,
} from './centrality/central-components.model';
import type { DependencyCycles, DependencyCyclesArgs } from './cycles/dependency-cycles.model';
import type { ComponentImpactArgs, ImpactResult } from './impact/component-impact.model';
import type { DependencyPath, DependencyPathArgs } from './path/dependency-path.model';

/** The architects' structural analyses: graph traversals in the graph layer, whole-graph algorithms here. */
@Injectable()
export class AnalysesService {
  constructor(private readonly graph: GraphHost) {}

  async componentImpact({ componentId, maxDepth }: ComponentImpactArgs): Promise<ImpactResult> {
    const impact = await this.graph.read('componentImpact', (tx) =>
      componentImpact(tx, componentId, maxDepth),
    );
    if (!impact) throw ApiError.notFound(`No component "${componentId}"`);
    return impact;
  }

  async dependencyPath({ fromId, toId, kind, maxDepth }: DependencyPathArgs): Promise<DependencyPath | null> {
    if (fromId === toId) {
      throw ApiError.badInput('fromId and toId must name two different nodes', [
        { field: 'toId', message: 'toId must differ from fromId' },
      ]);
    }
    const result = await this.graph.read('dependencyPath', (tx) =>
      dependencyPath(tx, fromId, toId, kind, maxDepth),
    );
    if (!result.found) {
      const label = PATH_KINDS[kind].label;
      throw ApiError.notFound(`No ${label} ${result.missing.map((id) => `"${id}"`).join(' and no ')}`);
    }
    return result.route && { ...result.route, length: result.route.steps.length };
  }

  async dependencyCycles({ limit }: DependencyCyclesArgs): Promise<DependencyCycles> {
    const { edges } = await this.graph.read('dependencyCycles', dependencyGraph);
    const { cycles, truncated } = findCycles(edges, limit);
    return { cycles: cycles.map((ids) => ({ componentIds: ids, length: ids.length })), truncated };
  }

  async centralComponents({ limit, orderBy }: CentralComponentsArgs): Promise<ComponentCentrality[]> {
    const { components, edges } = await this.graph.read('centralComponents', dependencyGraph);
    const names = new Map(components.map((c) => [c.id, c.name]));
    const score = SCORES[orderBy];
    return centrality(
      components.map((c) => c.id),
      edges,
    )
      .sort((a, b) => score(b) - score(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit)
      .map((c, i) => ({ ...c, name: names.get(c.id) ?? null, rank: i + 1 }));
  }
}

const SCORES: Record<CentralityOrder, (c: ReturnType<typeof centrality>[number]) => number> = {
  [CentralityOrder.WEIGHTED_DEGREE]: (c) => c.weightedDegree,
  [CentralityOrder.WEIGHTED_IN_DEGREE]: (c) => c.weightedInDegree,
  [CentralityOrder.PAGE_RANK]: (c) => c.pageRank,
};
