import { Injectable } from '@nestjs/common';
import {
  MetricBucket,
  PerformanceService,
  ScopeKind,
  type PerformanceLandscape,
  type PerformanceLandscapeArgs,
} from '@streamscape/api-performance';
import { ViewsService } from '@streamscape/api-views';
import {
  readDomainIds,
  readTransformationLandscape,
  type FrozenFinding,
  type MetricRow,
  type SnapshotViews,
} from '@streamscape/graph';
import { GraphHost } from '@streamscape/graph-nest';

/** A snapshot reads like a view: it fails within this time rather than hold a connection. */
const READ_TIMEOUT_MS = 30_000;

export interface FrozenLandscape {
  readonly views: SnapshotViews;
  readonly findings: FrozenFinding[];
  readonly metrics: MetricRow[];
}

const SEVERITY_ORDER: Record<string, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };
export const bySeverity = (a: FrozenFinding, b: FrozenFinding) =>
  (SEVERITY_ORDER[a.severity ?? ''] ?? 3) - (SEVERITY_ORDER[b.severity ?? ''] ?? 3) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Freezes the four views as the API serves them now: the enterprise view, every domain view, the
 * performance view of the enterprise over the window with the KPI board at its end, the findings of all
 * of them, and the transformation view. Each view reads in its own read transaction, as the live queries do.
 */
@Injectable()
export class SnapshotService {
  constructor(
    private readonly graph: GraphHost,
    private readonly views: ViewsService,
    private readonly performance: PerformanceService,
  ) {}

  async freeze(
    window: { from: Date; to: Date },
    asOf: string,
    initiativeId: string | null,
  ): Promise<FrozenLandscape> {
    const thresholds = { asOf };
    const enterprise = await this.views.enterpriseLandscape(thresholds);
    const domainIds = await this.graph.read('reviewDomainIds', readDomainIds, { timeoutMs: READ_TIMEOUT_MS });
    const domains: unknown[] = [];
    for (const id of domainIds) domains.push(await this.views.domainLandscape(id, thresholds));
    const viewFindings = await this.views.findings({}, thresholds);
    const performance = await this.performance.landscape({
      scope: { kind: ScopeKind.ENTERPRISE, id: null },
      window,
      bucket: MetricBucket.WEEK,
      metrics: null,
    } as PerformanceLandscapeArgs);
    const kpiBoard = await this.performance.kpiBoard({ at: window.to, trendPoints: 6 });
    const transformation = await this.transformationView(initiativeId);
    const findings: FrozenFinding[] = [
      ...viewFindings.map((f) => ({ ...f, origin: 'view' as const, about: [...f.about] })),
      ...performanceFindings(performance),
      ...transformation.findings.map((f) => ({
        ...f,
        origin: 'transformation' as const,
        about: [...f.about],
      })),
    ].sort(bySeverity);
    // through JSON once, so what is stored is exactly what a reader gets back (dates as ISO strings)
    const views = JSON.parse(
      JSON.stringify({ enterprise, domains, performance, kpiBoard, transformation }),
    ) as SnapshotViews;
    return { views, findings, metrics: metricRows(performance) };
  }

  /** The transformation view (view 4) of one initiative, or of every step, with its plan and friction findings. */
  private transformationView(initiativeId: string | null) {
    return readTransformationLandscape(this.graph, initiativeId);
  }
}

function performanceFindings(view: PerformanceLandscape): FrozenFinding[] {
  return view.findings.map((f) => ({
    id: f.id,
    origin: 'performance',
    rule: f.rule,
    source: `rule:${f.rule}`,
    kind: 'WEAKNESS',
    severity: String(f.severity).toUpperCase(),
    status: 'OPEN',
    title: f.message,
    description: null,
    about: [...f.nodeIds],
  }));
}

/** The metric table: every node of the performance view with its values, and the scope itself. */
export function metricRows(view: PerformanceLandscape): MetricRow[] {
  const values = (metrics: readonly { metric: string; value: number | null }[]) =>
    Object.fromEntries(metrics.map((m) => [m.metric, m.value]));
  const rows: MetricRow[] = view.nodes.map((n) => ({
    node: n.id,
    kind: n.kind,
    label: n.label,
    values: values(n.metrics),
  }));
  if (!rows.some((r) => r.node === view.scope.nodeId)) {
    rows.unshift({
      node: view.scope.nodeId,
      kind: view.scope.kind,
      label: view.scope.name,
      values: values(view.metrics),
    });
  }
  return rows;
}
