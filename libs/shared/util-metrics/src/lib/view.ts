import { type Bucket, type DayRange, dayCount } from './calendar';
import { STAGE_FAMILY, STREAM_FAMILY, emptyCells } from './cells';
import { computeMetrics, type MetricValue } from './compute';
import { METRIC_KEYS, type MetricKey } from './definitions';
import { findPerformanceIssues, type PerformanceFinding, type RuleThresholds } from './findings';
import { RouteIndex } from './routes';
import type { ResolvedScope } from './scope';
import type { Topology } from './structure';
import {
  metricsOf,
  nodeSubject,
  scopeCellsFacts,
  scopeSubject,
  type PeriodCells,
  type ScopeCells,
  type Subject,
} from './subject';

export type ViewNodeKind =
  'enterprise' | 'domain' | 'value-stream' | 'stage' | 'integration-point' | 'team' | 'org-unit';

/** A node of the performance view, shaped like a Cytoscape element (id, parent for compound nodes). */
export interface ViewNode {
  readonly id: string;
  readonly kind: ViewNodeKind;
  readonly label: string;
  readonly parent: string | null;
  readonly metrics: readonly MetricValue[];
}

export interface ViewEdge {
  readonly id: string;
  /** `flow`: FLOWS_TO between stages; `feedback`: a feedback loop from the stage that found defects to where they were made */
  readonly kind: 'flow' | 'feedback';
  readonly source: string;
  readonly target: string;
  /** a feedback loop the landscape declares (FEEDBACK_TO); measured-only loops are false */
  readonly declared: boolean;
  readonly delayDays: number | null;
  /** feedback loops: defects created in the window that were found at the source and made at the target */
  readonly defects: number;
  readonly metrics: readonly MetricValue[];
}

export interface TrendPoint {
  readonly bucket: Bucket;
  readonly value: number | null;
  readonly sampleSize: number;
}

export interface TrendSeries {
  readonly metric: MetricKey;
  readonly points: readonly TrendPoint[];
}

export interface ComparisonRow {
  readonly domain: { readonly id: string; readonly name: string };
  readonly metrics: readonly MetricValue[];
}

export interface PerformanceView {
  readonly scope: ResolvedScope;
  readonly range: DayRange;
  readonly buckets: readonly Bucket[];
  readonly metrics: readonly MetricValue[];
  readonly nodes: readonly ViewNode[];
  readonly edges: readonly ViewEdge[];
  readonly comparison: { readonly metrics: readonly MetricKey[]; readonly rows: readonly ComparisonRow[] };
  readonly trends: readonly TrendSeries[];
  readonly findings: readonly PerformanceFinding[];
}

/** The key metrics domains are compared on. */
export const COMPARISON_METRICS: readonly MetricKey[] = [
  'deployment-frequency',
  'lead-time-for-changes',
  'change-failure-rate',
  'time-to-restore',
  'flow-velocity',
  'flow-time',
  'flow-efficiency',
  'wait-time',
  'defect-escape-rate',
  'defect-resolution-time',
  'feedback-cycle-time',
  'engagement',
];

export interface ViewInput {
  readonly topology: Topology;
  readonly scope: ResolvedScope;
  readonly range: DayRange;
  readonly buckets: readonly Bucket[];
  /** per key over the window: at least the scope's stages, streams and the routes that touch them */
  readonly window: PeriodCells;
  /** the scope's sums per bucket, in bucket order */
  readonly series: readonly ScopeCells[];
  readonly metrics?: readonly MetricKey[];
  readonly thresholds?: Partial<RuleThresholds>;
}

/** The performance & observability view of a scope: heat-map nodes, flows and loops, domains, trends, findings. */
export function buildPerformanceView(input: ViewInput): PerformanceView {
  const { topology, scope, range, buckets, window } = input;
  const metrics = input.metrics ?? METRIC_KEYS;
  const days = dayCount(range);
  const routes = new RouteIndex(window.routes);
  const of = (subject: Subject) => metricsOf(topology, subject, window, routes, days, metrics);

  const scopeMetrics = of(scopeSubject(scope));
  const nodes: ViewNode[] = [];
  const inView = new Set<string>();
  const add = (node: ViewNode) => {
    if (inView.has(node.id)) return;
    inView.add(node.id);
    nodes.push(node);
  };
  const root = scope.ref;
  const rootKind = scope.kind as ViewNodeKind;
  const isStageScope = scope.kind === 'stage' || scope.kind === 'integration-point';
  if (!isStageScope)
    add({ id: root, kind: rootKind, label: scope.name, parent: null, metrics: scopeMetrics });

  const streamIds = scope.streams.filter((v) => topology.streams.has(v));
  const domainIds = scope.kind === 'enterprise' ? scope.domains : [];
  const domainMetrics = new Map<string, MetricValue[]>();
  for (const d of domainIds) {
    const m = of(nodeSubject(topology, 'domain', d));
    domainMetrics.set(d, m);
    add({
      id: `domain:${d}`,
      kind: 'domain',
      label: topology.domains.get(d)!.name,
      parent: root,
      metrics: m,
    });
  }
  const inScopeStream = new Set(streamIds);
  for (const v of streamIds) {
    const stream = topology.streams.get(v)!;
    const id = `value-stream:${v}`;
    if (id === root) continue;
    const parent =
      stream.parent && inScopeStream.has(stream.parent)
        ? `value-stream:${stream.parent}`
        : scope.kind === 'enterprise' && stream.domain
          ? `domain:${stream.domain}`
          : root;
    add({
      id,
      kind: 'value-stream',
      label: stream.name,
      parent,
      metrics: of(nodeSubject(topology, 'value-stream', v)),
    });
  }
  const stageMetrics = new Map<string, MetricValue[]>();
  const stageValues = new Map<string, MetricValue[]>();
  for (const s of scope.stages) {
    const stage = topology.stages.get(s);
    if (!stage) continue;
    const subject = nodeSubject(topology, 'stage', s);
    const m = of(subject);
    stageValues.set(s, m);
    // the queue rule judges wait time, asked for or not
    stageMetrics.set(
      s,
      metrics.includes('wait-time') ? m : metricsOf(topology, subject, window, routes, days, ['wait-time']),
    );
    const streamNode = `value-stream:${stage.stream}`;
    const parent = isStageScope ? null : inView.has(streamNode) || streamNode === root ? streamNode : root;
    add({ id: `stage:${s}`, kind: 'stage', label: stage.name, parent, metrics: m });
  }
  const stagesInScope = new Set(scope.stages);
  for (const p of topology.structure.integrationPoints) {
    if (!p.stage || !stagesInScope.has(p.stage)) continue;
    const stage = topology.stages.get(p.stage)!;
    const streamNode = `value-stream:${stage.stream}`;
    const parent = isStageScope ? null : inView.has(streamNode) || streamNode === root ? streamNode : root;
    add({
      id: `integration-point:${p.id}`,
      kind: 'integration-point',
      label: p.name,
      parent,
      metrics: stageValues.get(p.stage) ?? [],
    });
  }

  const edges = viewEdges(topology, stagesInScope, routes, metrics);
  const columns = COMPARISON_METRICS.filter((m) => metrics.includes(m));
  const comparisonRows: ComparisonRow[] = scope.domains
    .filter((d) => topology.domains.has(d))
    .map((d) => {
      const values = domainMetrics.get(d) ?? of(nodeSubject(topology, 'domain', d));
      return {
        domain: { id: d, name: topology.domains.get(d)!.name },
        metrics: columns.map((c) => values.find((v) => v.metric === c)!),
      };
    });

  return {
    scope,
    range,
    buckets,
    metrics: scopeMetrics,
    nodes,
    edges,
    comparison: { metrics: columns, rows: comparisonRows },
    trends: trendsOf(scope, input.buckets, input.series, metrics),
    findings: findPerformanceIssues({
      topology,
      scope,
      window,
      routes,
      days,
      stageMetrics,
      thresholds: input.thresholds,
    }),
  };
}

/** Flows between the scope's stages and feedback loops from them: declared ones and those defects took. */
function viewEdges(
  topology: Topology,
  stages: ReadonlySet<string>,
  routes: RouteIndex,
  metrics: readonly MetricKey[],
): ViewEdge[] {
  const edges: ViewEdge[] = [];
  for (const s of stages) {
    for (const next of topology.successors(s)) {
      if (!stages.has(next)) continue;
      edges.push({
        id: `flow:${s}>${next}`,
        kind: 'flow',
        source: `stage:${s}`,
        target: `stage:${next}`,
        declared: true,
        delayDays: null,
        defects: 0,
        metrics: [],
      });
    }
  }
  const loops = new Map<string, { from: string; to: string; delayDays: number | null; declared: boolean }>();
  for (const l of topology.structure.feedbackLoops) {
    if (stages.has(l.from) && stages.has(l.to)) loops.set(`${l.from}>${l.to}`, { ...l, declared: true });
  }
  for (const r of routes.all) {
    if (r.found === r.injected || r.feedbackCount === 0 || !stages.has(r.found) || !stages.has(r.injected))
      continue;
    const key = `${r.found}>${r.injected}`;
    if (!loops.has(key)) loops.set(key, { from: r.found, to: r.injected, delayDays: null, declared: false });
  }
  for (const [key, l] of [...loops].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // route keys are unique: at most one route was made at the loop's target and found at its source
    const measured = routes.route(l.to, l.from);
    const count = measured ? measured.feedbackCount : 0;
    const hours = measured ? measured.feedbackHours : 0;
    edges.push({
      id: `feedback:${key}`,
      kind: 'feedback',
      source: `stage:${l.from}`,
      target: `stage:${l.to}`,
      declared: l.declared,
      delayDays: l.delayDays,
      defects: measured ? measured.defects : 0,
      metrics: metrics.includes('feedback-cycle-time')
        ? [{ metric: 'feedback-cycle-time', value: count > 0 ? hours / count / 24 : null, sampleSize: count }]
        : [],
    });
  }
  return edges;
}

/** The scope's metrics bucket by bucket. */
function trendsOf(
  scope: ResolvedScope,
  buckets: readonly Bucket[],
  series: readonly ScopeCells[],
  metrics: readonly MetricKey[],
): TrendSeries[] {
  const subject = scopeSubject(scope);
  const empty: ScopeCells = {
    stage: emptyCells(STAGE_FAMILY),
    stream: emptyCells(STREAM_FAMILY),
    escape: { defects: 0, escaped: 0 },
    feedback: { count: 0, hours: 0 },
    measures: [],
  };
  const perBucket = buckets.map((b, i) =>
    computeMetrics(scopeCellsFacts(subject, series[i] ?? empty, dayCount(b)), metrics),
  );
  return metrics.map((metric) => ({
    metric,
    points: buckets.map((bucket, i) => {
      const v = perBucket[i].find((x) => x.metric === metric)!;
      return { bucket, value: v.value, sampleSize: v.sampleSize };
    }),
  }));
}
