import { heatScale, type HeatScale, type MetricDirectionLike } from './heat-scale';
import type { GraphEdgeElement, GraphElements, GraphNodeElement } from './types';

/** What the performance view gives the graph: the API's PerformanceNode / PerformanceEdge, structurally. */
export interface MetricValueLike {
  metric: string;
  value?: number | null;
  sampleSize: number;
}
export interface PerformanceNodeLike {
  id: string;
  /** `stage`, `value-stream`, `domain`, `enterprise`, `integration-point`, ... */
  kind: string;
  label: string;
  parent?: string | null;
  metrics: readonly MetricValueLike[];
}
export interface PerformanceEdgeLike {
  id: string;
  /** `flow` or `feedback` */
  kind: string;
  source: string;
  target: string;
  defects: number;
  metrics: readonly MetricValueLike[];
}
export interface PerformanceGraphLike {
  nodes: readonly PerformanceNodeLike[];
  edges: readonly PerformanceEdgeLike[];
}

/**
 * Stages and integration points carry stage metrics (passages), the others stream metrics (work items): the
 * two are not comparable, so each grain gets its own scale.
 */
export type HeatGrain = 'stage' | 'stream';

export function heatGrainOf(kind: string): HeatGrain {
  return kind === 'stage' || kind === 'integration-point' ? 'stage' : 'stream';
}

export interface HeatMap {
  elements: GraphElements;
  scales: Record<HeatGrain, HeatScale>;
}

/** `value-stream` -> `VALUE_STREAM`: the kind names the shared styles and filters use. */
export function viewKindOf(performanceKind: string): string {
  return performanceKind.toUpperCase().replace(/-/g, '_');
}

export function metricValueOf(metrics: readonly MetricValueLike[], metric: string): number | null {
  const value = metrics.find((m) => m.metric === metric)?.value;
  return typeof value === 'number' ? value : null;
}

/**
 * The performance view as a heat map of one metric: every node keeps its place (compound parents, flows left
 * to right, feedback loops drawn back) and carries the metric's value and colour (`heat`); nodes without a
 * value are `no-value` in neutral grey.
 */
export function toHeatMapElements(
  view: PerformanceGraphLike,
  metric: string,
  direction: MetricDirectionLike,
): HeatMap {
  const ids = new Set(view.nodes.map((n) => n.id));
  const parents = new Set(view.nodes.map((n) => n.parent).filter((p): p is string => !!p && ids.has(p)));
  const valueOf = new Map(view.nodes.map((n) => [n.id, metricValueOf(n.metrics, metric)]));
  const scales: Record<HeatGrain, HeatScale> = {
    stage: heatScale(
      view.nodes.filter((n) => heatGrainOf(n.kind) === 'stage').map((n) => valueOf.get(n.id)),
      direction,
    ),
    stream: heatScale(
      view.nodes.filter((n) => heatGrainOf(n.kind) === 'stream').map((n) => valueOf.get(n.id)),
      direction,
    ),
  };
  const nodes: GraphNodeElement[] = view.nodes.map((node) => {
    const value = valueOf.get(node.id) ?? null;
    const kind = viewKindOf(node.kind);
    const classes = [node.kind, 'heat'];
    if (parents.has(node.id)) classes.push('compound');
    if (value === null) classes.push('no-value');
    return {
      group: 'nodes',
      data: {
        id: node.id,
        label: node.label,
        kind,
        ...(node.parent && ids.has(node.parent) ? { parent: node.parent } : {}),
        tags: [],
        attributes: value === null ? {} : { [metric]: value },
        heat: scales[heatGrainOf(node.kind)].colour(value),
      },
      classes,
    };
  });
  const edges: GraphEdgeElement[] = view.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((edge) => {
      const feedback = edge.kind === 'feedback';
      return {
        group: 'edges',
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          kind: feedback ? 'FEEDBACK_TO' : 'FLOWS_TO',
          ...(feedback && edge.defects > 0 ? { label: `${edge.defects} defects` } : {}),
          weight: feedback ? edge.defects : 1,
          width: feedback ? 2 : 3,
          attributes: {},
        },
        classes: feedback ? ['feedback-to', 'feedback'] : ['flows-to'],
      };
    });
  return { elements: { nodes, edges }, scales };
}
