import { Injectable } from '@nestjs/common';
import { ApiError } from '@streamscape/api-graphql';
import {
  readFactHorizon,
  readMeasurementSystem,
  readPerformanceCells,
  readPerformanceStructure,
  readRouteWindow,
  type CellsQuery,
  type CellsResult,
  type KpiRecord,
  type MeasurementSystem,
  type Tx,
} from '@streamscape/graph';
import { PERFORMANCE_PARAMETERS } from '@streamscape/domain';
import { GraphHost } from '@streamscape/graph-nest';
import {
  bucketsOf,
  buildPerformanceView,
  DAY_MS,
  dayCount,
  dayOf,
  durationDays,
  isMetricKey,
  keyResultStatus,
  METRIC_KEYS,
  kpiWindows,
  piecesOf,
  kpiParameters,
  kpiStatus,
  metricDefinition,
  parseScopeRef,
  resolveScope,
  ScopeNotFoundError,
  scopeSubject,
  seriesSpec,
  sumScopeCells,
  Topology,
  trendOf,
  windowDays,
  windowValue,
  type Bucket,
  type DayRange,
  type MetricKey,
  type ResolvedScope,
  type ScopeRef,
} from '@streamscape/metrics';
import type { KpiBoardArgs, PerformanceLandscapeArgs } from './models/args';
import { KeyResultStatus, KpiStatus, KpiTrendDirection, MetricsSource, KpiParameter } from './models/enums';
import type { KeyResultEvaluation, KpiBoard, KpiEvaluation } from './models/kpi.model';
import type { PerformanceLandscape } from './models/landscape.model';
import type { FactHorizon, MetricDefinition } from './models/metric.model';
import { dayInstant, toDefinitions, toLandscape, toMetricValue, toScope } from './performance.mapper';

/** What the enterprise reads: every key, the family totals for the trends, every measure. */
function enterpriseCells(range: DayRange, buckets: readonly Bucket[]): CellsQuery {
  return {
    range,
    buckets,
    stages: null,
    streams: null,
    routeStages: null,
    series: { stages: null, streams: null, injected: null, order: null, found: null },
    measure: { metric: 'engagement', nodes: null },
  };
}

/** Limits that keep one view within what a browser can show and a request can afford. */
export const MAX_WINDOW_DAYS = 3_660;
export const MAX_BUCKETS = 400;
/** The KPI window when a Kpi states none. */
export const DEFAULT_KPI_WINDOW = 'P90D';

/** Reads the facts and the landscape in one read transaction and hands them to the engine (@streamscape/metrics). */
@Injectable()
export class PerformanceService {
  constructor(private readonly graph: GraphHost) {}

  definitions(): MetricDefinition[] {
    return toDefinitions();
  }

  async landscape(args: PerformanceLandscapeArgs): Promise<PerformanceLandscape> {
    const range = checkedWindow(args.window.from, args.window.to);
    const buckets = bucketsOf(range, args.bucket);
    if (buckets.length > MAX_BUCKETS) {
      throw ApiError.badInput(
        `${buckets.length} ${args.bucket} buckets exceed ${MAX_BUCKETS}: use a larger bucket`,
        [{ field: 'bucket', message: `at most ${MAX_BUCKETS} buckets` }],
      );
    }
    // registry order, whatever order they were asked in
    const metrics = args.metrics?.length ? METRIC_KEYS.filter((k) => args.metrics!.includes(k)) : undefined;
    const ref: ScopeRef = { kind: args.scope.kind, id: args.scope.id };
    const build = (topology: Topology, scope: ResolvedScope, cells: CellsResult) =>
      toLandscape(
        buildPerformanceView({
          topology,
          scope,
          range,
          buckets,
          window: cells.window,
          series: cells.series,
          metrics,
        }),
        args.bucket,
        cells.source as MetricsSource,
      );
    if (ref.kind === 'enterprise') {
      // the enterprise's cells do not depend on the structure: three read transactions side by side, the
      // window's routes (the largest read) in one of their own. Each is consistent in itself; an import
      // committing between them shows in the next request.
      const [structure, keyed, routeWindow] = await Promise.all([
        this.graph.read('performanceLandscape: structure', readPerformanceStructure),
        this.graph.read('performanceLandscape: cells', (tx) =>
          readPerformanceCells(tx, { ...enterpriseCells(range, buckets), windowRoutes: false }),
        ),
        this.graph.read('performanceLandscape: routes', (tx) => readRouteWindow(tx, range, null)),
      ]);
      const cells =
        keyed.source === 'facts'
          ? keyed
          : routeWindow
            ? { ...keyed, window: { ...keyed.window, routes: routeWindow.routes } }
            : // the rollups went away in between (a refresh started): read it all in one transaction
              await this.graph.read('performanceLandscape: cells', (tx) =>
                readPerformanceCells(tx, enterpriseCells(range, buckets)),
              );
      const topology = new Topology(structure);
      let scope: ResolvedScope;
      try {
        scope = resolveScope(topology, ref);
      } catch (error) {
        if (error instanceof ScopeNotFoundError) throw scopeError(error, ref);
        throw error;
      }
      return build(topology, scope, cells);
    }
    // an error thrown inside the transaction would reach the client as a graph error: carry it out instead
    const outcome = await this.graph.read('performanceLandscape', async (tx) => {
      const topology = new Topology(await readPerformanceStructure(tx));
      let scope: ResolvedScope;
      try {
        scope = resolveScope(topology, ref);
      } catch (error) {
        if (error instanceof ScopeNotFoundError) return { missing: error, landscape: null };
        throw error;
      }
      const cells = await readPerformanceCells(tx, {
        range,
        buckets,
        stages: scope.stages,
        streams: scope.streams,
        // escape past a stage counts what was made upstream of it, so read those routes too
        routeStages: [...new Set(scope.stages.flatMap((s) => [...topology.upstream(s)]))],
        series: seriesSpec(topology, scope),
        measure: { metric: 'engagement', nodes: scope.measured },
      });
      return { missing: null, landscape: build(topology, scope, cells) };
    });
    if (outcome.missing) throw scopeError(outcome.missing, ref);
    return outcome.landscape!;
  }

  async factHorizon(): Promise<FactHorizon | null> {
    const horizon = await this.graph.read('factHorizon', readFactHorizon);
    return horizon ? { from: dayInstant(horizon.firstDay), to: dayInstant(horizon.lastDay + 1) } : null;
  }

  async kpiBoard(args: KpiBoardArgs): Promise<KpiBoard> {
    const steps = args.trendPoints;
    return this.graph.read('kpiBoard', async (tx) => {
      const topology = new Topology(await readPerformanceStructure(tx));
      const system = await readMeasurementSystem(tx);
      const horizon = await readFactHorizon(tx);
      const atMs = args.at ? args.at.getTime() : horizon ? (horizon.lastDay + 1) * DAY_MS : Date.now();
      const endDay = dayOf(atMs - 1) + 1;
      // side by side: the transaction pipelines their statements instead of a round trip after each
      const evaluated = await Promise.all(
        system.kpis.map((kpi) => evaluateKpi(tx, topology, system, kpi, endDay, steps)),
      );
      const evaluations = new Map(system.kpis.map((kpi, i) => [kpi.id, evaluated[i]]));
      const parameterOf = new Map(system.objectives.map((o) => [o.id, o.parameter]));
      const groups = PERFORMANCE_PARAMETERS.map((parameter) => ({
        parameter: parameter as KpiParameter,
        kpis: system.kpis
          .filter((k) =>
            kpiParameters(
              k.metric,
              system.keyResults
                .filter((r) => r.kpi === k.id)
                .map((r) => (r.objective ? (parameterOf.get(r.objective) ?? null) : null)),
            ).includes(parameter),
          )
          .map((k) => evaluations.get(k.id)!),
      }));
      const keyResultsOf = new Map<string, KeyResultEvaluation[]>();
      for (const e of evaluations.values()) {
        for (const r of e.keyResults) {
          if (r.objectiveId) keyResultsOf.set(r.objectiveId, [...(keyResultsOf.get(r.objectiveId) ?? []), r]);
        }
      }
      const objectives = system.objectives.map((o) => ({
        id: o.id,
        name: o.name,
        parameter: (o.parameter as KpiParameter | null) ?? null,
        keyResults: [
          ...(keyResultsOf.get(o.id) ?? []),
          ...system.keyResults
            .filter((r) => r.objective === o.id && (!r.kpi || !evaluations.has(r.kpi)))
            .map((r) => keyResultEvaluation(r, KeyResultStatus.NO_DATA)),
        ].sort((a, b) => (a.id < b.id ? -1 : 1)),
      }));
      return { at: dayInstant(endDay), groups, objectives };
    });
  }
}

function checkedWindow(from: Date, to: Date) {
  if (to.getTime() < from.getTime()) {
    throw ApiError.badInput('window.to is before window.from', [
      { field: 'window.to', message: 'must not be before from' },
    ]);
  }
  const range = windowDays(from, to);
  if (dayCount(range) > MAX_WINDOW_DAYS) {
    throw ApiError.badInput(`A window may span at most ${MAX_WINDOW_DAYS} days`, [
      { field: 'window', message: `at most ${MAX_WINDOW_DAYS} days` },
    ]);
  }
  return range;
}

function scopeError(error: ScopeNotFoundError, ref: ScopeRef): ApiError {
  if (!ref.id && ref.kind !== 'enterprise') {
    return ApiError.badInput(error.message, [
      { field: 'scope.id', message: `a ${ref.kind} scope needs an id` },
    ]);
  }
  return ApiError.notFound(error.message);
}

function keyResultEvaluation(
  r: MeasurementSystem['keyResults'][number],
  status: KeyResultStatus,
): KeyResultEvaluation {
  return {
    id: r.id,
    name: r.name,
    objectiveId: r.objective,
    kpiId: r.kpi,
    targetValue: r.target.value,
    targetBy: r.target.by,
    status,
  };
}

/** One KPI: its metric over its window ending at `endDay`, and the same at each of the weeks before. */
async function evaluateKpi(
  tx: Tx,
  topology: Topology,
  system: MeasurementSystem,
  kpi: KpiRecord,
  endDay: number,
  steps: number,
): Promise<KpiEvaluation> {
  const window = kpi.window ?? DEFAULT_KPI_WINDOW;
  const keyResults = system.keyResults.filter((r) => r.kpi === kpi.id);
  const base = {
    id: kpi.id,
    name: kpi.name,
    metric: kpi.metric,
    unit: isMetricKey(kpi.metric) ? metricDefinition(kpi.metric).unitLabel : '',
    scopeRef: kpi.scope,
    window,
    target: { value: kpi.target.value, direction: kpi.target.direction },
  };
  const failed = (problem: string, windowDays = 0, scope: ResolvedScope | null = null): KpiEvaluation => ({
    ...base,
    scope: scope ? toScope(scope) : null,
    windowDays,
    current: { metric: kpi.metric, value: null, sampleSize: 0, band: null, breakdown: null },
    status: KpiStatus.NO_DATA,
    trend: [],
    trendDirection: KpiTrendDirection.UNKNOWN,
    keyResults: keyResults.map((r) => keyResultEvaluation(r, KeyResultStatus.NO_DATA)),
    problem,
  });
  if (!isMetricKey(kpi.metric)) return failed(`${kpi.metric} is not a metric the engine computes`);
  let days: number;
  try {
    days = durationDays(window);
  } catch (error) {
    return failed((error as Error).message);
  }
  const ref = kpi.scope ? parseScopeRef(kpi.scope) : null;
  if (!ref) return failed(`metrics are not anchored to ${kpi.scope ?? 'a missing scope'}`, days);
  let scope: ResolvedScope;
  try {
    scope = resolveScope(topology, ref);
  } catch (error) {
    if (error instanceof ScopeNotFoundError) return failed(error.message, days);
    throw error;
  }
  const metric = kpi.metric as MetricKey;
  const windows = kpiWindows(endDay, days, steps);
  // the windows overlap: read each day once, in pieces, and add the pieces of each window up
  const { pieces, parts } = piecesOf(windows);
  const cells = await readPerformanceCells(tx, {
    range: { firstDay: windows[0].firstDay, endDay },
    buckets: pieces,
    stages: [],
    streams: [],
    routeStages: [],
    series: seriesSpec(topology, scope),
    // only a measure metric (engagement) needs the measures: a board of hundreds of KPIs saves a read each
    measure:
      metricDefinition(metric).group === 'measure' ? { metric: 'engagement', nodes: scope.measured } : null,
  });
  const subject = scopeSubject(scope);
  const points = windows.map((w, i) => ({
    endDay: w.endDay,
    value: windowValue(subject, metric, sumScopeCells(parts[i].map((p) => cells.series[p])), days),
  }));
  const current = points[points.length - 1].value;
  return {
    ...base,
    scope: toScope(scope),
    windowDays: days,
    current: toMetricValue(current),
    status: kpiStatus(metric, current.value, kpi.target) as KpiStatus,
    trend: points.map((p) => ({ at: dayInstant(p.endDay), value: p.value.value })),
    trendDirection: trendOf(
      metric,
      kpi.target,
      points.map((p) => p.value.value),
    ) as KpiTrendDirection,
    keyResults: keyResults.map((r) =>
      keyResultEvaluation(
        r,
        keyResultStatus(metric, current.value, r.target, kpi.target.direction, endDay - 1) as KeyResultStatus,
      ),
    ),
    problem: current.value === null ? `no facts for ${metric} in the scope during the window` : null,
  };
}
