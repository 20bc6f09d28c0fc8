import {
  DAY_MS,
  DORA_LIMITS,
  dayCount,
  METRICS,
  type MetricValue as ComputedValue,
  type PerformanceView,
  type ResolvedScope,
} from '@streamscape/metrics';
import {
  DoraBand,
  MetricBucket,
  MetricDirection,
  MetricsSource,
  PerformanceFindingSeverity,
  KpiParameter,
  ScopeKind,
} from './models/enums';
import type { PerformanceLandscape, PerformanceScope } from './models/landscape.model';
import type { MetricDefinition, MetricValue } from './models/metric.model';

/** The engine's values and views in GraphQL shape: enums by value, day indexes as instants. */
export const dayInstant = (day: number): Date => new Date(day * DAY_MS);

export function toMetricValue(v: ComputedValue): MetricValue {
  return {
    metric: v.metric,
    value: v.value,
    sampleSize: v.sampleSize,
    band: (v.band as DoraBand | undefined) ?? null,
    // the engine's breakdown values already have the GraphQL shape
    breakdown: v.breakdown ? [...v.breakdown] : null,
  };
}

export function toScope(scope: ResolvedScope): PerformanceScope {
  return { kind: scope.kind as ScopeKind, id: scope.id, name: scope.name, nodeId: scope.ref };
}

export function toDefinitions(): MetricDefinition[] {
  return METRICS.map((m) => ({
    id: m.id,
    name: m.name,
    group: m.group,
    unit: m.unit,
    unitLabel: m.unitLabel,
    direction: m.direction as MetricDirection,
    parameter: m.parameter as KpiParameter,
    formula: m.formula,
    kpi: m.kpi,
    doraLimits: DORA_LIMITS[m.id] ? [...DORA_LIMITS[m.id]!.limits] : null,
  }));
}

export function toLandscape(
  view: PerformanceView,
  bucket: MetricBucket,
  source: MetricsSource,
): PerformanceLandscape {
  // integration points show their stage's values (the same list): map each list once
  const mapped = new Map<readonly ComputedValue[], MetricValue[]>();
  const values = (list: readonly ComputedValue[]): MetricValue[] => {
    let out = mapped.get(list);
    if (!out) mapped.set(list, (out = list.map(toMetricValue)));
    return out;
  };
  return {
    scope: toScope(view.scope),
    window: {
      from: dayInstant(view.range.firstDay),
      to: dayInstant(view.range.endDay),
      days: dayCount(view.range),
    },
    bucket,
    source,
    metrics: view.metrics.map(toMetricValue),
    nodes: view.nodes.map((n) => ({ ...n, metrics: values(n.metrics) })),
    edges: view.edges.map((e) => ({ ...e, metrics: e.metrics.map(toMetricValue) })),
    comparison: {
      metrics: [...view.comparison.metrics],
      rows: view.comparison.rows.map((r) => ({
        domainId: r.domain.id,
        domainName: r.domain.name,
        metrics: r.metrics.map(toMetricValue),
      })),
    },
    trends: view.trends.map((t) => ({
      metric: t.metric,
      points: t.points.map((p) => ({
        label: p.bucket.label,
        from: dayInstant(p.bucket.firstDay),
        to: dayInstant(p.bucket.endDay),
        value: p.value,
        sampleSize: p.sampleSize,
      })),
    })),
    findings: view.findings.map((f) => ({
      id: f.id,
      rule: f.rule,
      severity: f.severity as PerformanceFindingSeverity,
      message: f.message,
      nodeIds: [...f.nodes],
      metric: f.metric,
      value: f.value,
      threshold: f.threshold,
    })),
  };
}
