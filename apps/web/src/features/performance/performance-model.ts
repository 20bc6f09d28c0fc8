import type {
  MetricDefinitionsQuery,
  PerformanceLandscapeQuery,
  ViewFindingFieldsFragment,
} from '@streamscape/web-api';
import { viewKindOf, type ViewEdgeLike, type ViewNodeLike } from '@streamscape/web-graph';

export type MetricDefinition = MetricDefinitionsQuery['metricDefinitions'][number];
export type PerformanceLandscape = PerformanceLandscapeQuery['performanceLandscape'];
type MetricValue = PerformanceLandscape['metrics'][number];

export const METRIC_FAMILIES: Record<string, string> = {
  dora: 'DORA four keys',
  flow: 'Flow',
  quality: 'Quality',
  measure: 'Measures',
};

/** The metric picker's choices: every definition, grouped by family in the registry's order. */
export function metricChoices(
  definitions: readonly MetricDefinition[],
): { group: string; items: { value: string; label: string }[] }[] {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const d of definitions) {
    const group = METRIC_FAMILIES[d.group] ?? d.group;
    groups.set(group, [...(groups.get(group) ?? []), { value: d.id, label: d.name }]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

/** A value as it reads in its unit: ratios as percentages, small numbers with two digits. */
export function formatMetric(
  value: number | null | undefined,
  definition?: Pick<MetricDefinition, 'unit' | 'unitLabel'>,
  withUnit = true,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (definition?.unit === 'ratio') return `${(value * 100).toFixed(value < 0.1 ? 1 : 0)} %`;
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const number = Number(value.toFixed(digits)).toLocaleString('en-US');
  return definition && withUnit ? `${number} ${definition.unitLabel}` : number;
}

/** True when not one value of the scope rests on a fact: nothing was imported for this window. */
export function hasNoFacts(view: Pick<PerformanceLandscape, 'metrics' | 'nodes'>): boolean {
  const empty = (metrics: readonly MetricValue[]) => metrics.every((m) => m.sampleSize === 0);
  return empty(view.metrics) && view.nodes.every((n) => empty(n.metrics));
}

function metricAttributes(
  metrics: readonly MetricValue[],
  definitions: ReadonlyMap<string, MetricDefinition>,
) {
  return metrics.map((m) => {
    const definition = definitions.get(m.metric);
    const band = m.band ? `, ${m.band.toLowerCase()}` : '';
    return {
      name: definition?.name ?? m.metric,
      text:
        m.value === null
          ? `– (no ${m.sampleSize ? 'value' : 'facts'})`
          : `${formatMetric(m.value, definition)}${band}`,
      value: m.value,
    };
  });
}

/** The heat-map nodes as the shared side panel reads them: each metric a property, formatted in its unit. */
export function toSidePanelGraph(
  view: Pick<PerformanceLandscape, 'nodes' | 'edges'>,
  definitions: readonly MetricDefinition[],
): { nodes: ViewNodeLike[]; edges: ViewEdgeLike[] } {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  return {
    nodes: view.nodes.map((n) => ({
      id: n.id,
      kind: viewKindOf(n.kind),
      label: n.label,
      parent: n.parent,
      attributes: metricAttributes(n.metrics, byId),
    })),
    edges: view.edges.map((e) => ({
      id: e.id,
      kind: e.kind === 'feedback' ? 'FEEDBACK_TO' : 'FLOWS_TO',
      label: e.kind === 'feedback' ? `${e.defects} defects` : null,
      source: e.source,
      target: e.target,
      weight: e.kind === 'feedback' ? e.defects : 1,
      attributes: [],
    })),
  };
}

/** The rules' findings in the shape the shared findings list and side panel read. */
export function toViewFindings(findings: PerformanceLandscape['findings']): ViewFindingFieldsFragment[] {
  return findings.map((f) => ({
    id: f.id,
    title: f.message,
    description: `${f.metric}: ${f.value} against a threshold of ${f.threshold}`,
    kind: 'WEAKNESS',
    severity: f.severity,
    status: 'OPEN',
    rule: f.rule,
    source: `rule:${f.rule}`,
    about: f.nodeIds,
  }));
}

export type SortDirection = 'asc' | 'desc';

/** Comparison rows sorted by one metric column (rows without a value last) or by domain name. */
export function sortComparison<R extends { domainName: string; metrics: readonly MetricValue[] }>(
  rows: readonly R[],
  column: string | null,
  direction: SortDirection,
): R[] {
  const sign = direction === 'asc' ? 1 : -1;
  const valueOf = (row: R) => row.metrics.find((m) => m.metric === column)?.value ?? null;
  return [...rows].sort((a, b) => {
    if (!column) return sign * a.domainName.localeCompare(b.domainName);
    const [va, vb] = [valueOf(a), valueOf(b)];
    if (va === null || vb === null)
      return va === vb ? a.domainName.localeCompare(b.domainName) : va === null ? 1 : -1;
    return sign * (va - vb) || a.domainName.localeCompare(b.domainName);
  });
}
