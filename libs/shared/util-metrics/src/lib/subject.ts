import { STAGE_FAMILY, STREAM_FAMILY, addCells, emptyCells, type Cells } from './cells';
import { computeMetrics, type MetricValue, type PhaseTotal, type ScopeFacts } from './compute';
import { METRIC_KEYS, type MetricKey } from './definitions';
import { aggregateMeasures, type MeasureTotal } from './measures';
import type { RouteIndex } from './routes';
import type { ResolvedScope } from './scope';
import type { Topology } from './structure';

/** Cells of a period per key: what the data layer reads for the window (or for one bucket). */
export interface PeriodCells {
  readonly stages: ReadonlyMap<string, readonly number[]>;
  readonly streams: ReadonlyMap<string, readonly number[]>;
  readonly routes: ReadonlyMap<string, readonly number[]>;
  readonly measures: readonly MeasureTotal[];
}

/** Cells of a period already summed over the scope (a trend bucket), routes reduced to escape and feedback. */
export interface ScopeCells {
  readonly stage: readonly number[];
  readonly stream: readonly number[];
  readonly escape: { readonly defects: number; readonly escaped: number };
  readonly feedback: { readonly count: number; readonly hours: number };
  readonly measures: readonly MeasureTotal[];
}

/** What a set of metrics is computed over: a scope, or one node of the view. */
export interface Subject {
  readonly grain: 'stage' | 'stream';
  readonly stages: readonly string[];
  readonly streams: readonly string[];
  readonly measured: ReadonlySet<string> | null;
}

/** Sums of the subject's stage and stream cells over a period. */
function sumsOf(subject: Subject, period: PeriodCells): { stage: Cells; stream: Cells } {
  const stage = emptyCells(STAGE_FAMILY);
  const stream = emptyCells(STREAM_FAMILY);
  for (const s of subject.stages) {
    const c = period.stages.get(s);
    if (c) addCells(stage, c);
  }
  for (const v of subject.streams) {
    const c = period.streams.get(v);
    if (c) addCells(stream, c);
  }
  return { stage, stream };
}

/** The facts one subject's metrics rest on. A single-stage subject measures escape past that stage. */
export function subjectFacts(
  topology: Topology,
  subject: Subject,
  sums: { stage: readonly number[]; stream: readonly number[] },
  routes: RouteIndex,
  measures: readonly MeasureTotal[],
  days: number,
  phases?: readonly PhaseTotal[],
): ScopeFacts {
  const escape =
    subject.grain === 'stage' && subject.stages.length === 1
      ? routes.stageEscape(topology, subject.stages[0])
      : routes.scopeEscape(topology, subject.stages);
  return {
    grain: subject.grain,
    days,
    stage: sums.stage,
    stream: sums.stream,
    escape,
    feedback: routes.feedback(subject.stages),
    engagement: aggregateMeasures(measures, subject.measured),
    phases,
  };
}

/** Where the defects resolved in the period spent their time, stage by stage (stages that hold any). */
function phasesOf(topology: Topology, stages: readonly string[], period: PeriodCells): PhaseTotal[] {
  const count = STAGE_FAMILY.fields.indexOf('phaseCount');
  const hours = STAGE_FAMILY.fields.indexOf('phaseHours');
  // the stages that hold any, then in order (fewer to sort, each order looked up once)
  const held: { s: string; order: number; c: readonly number[] }[] = [];
  for (const s of stages) {
    const c = period.stages.get(s);
    if (c && c[count] !== 0) held.push({ s, order: topology.order(s) ?? 0, c });
  }
  held.sort((a, b) => a.order - b.order || (a.s < b.s ? -1 : a.s > b.s ? 1 : 0));
  return held.map(({ s, c }) => ({
    key: `stage:${s}`,
    label: topology.stages.get(s)?.name ?? s,
    count: c[count],
    hours: c[hours],
  }));
}

export const scopeSubject = (scope: ResolvedScope): Subject => ({
  grain: scope.grain,
  stages: scope.stages,
  streams: scope.streams,
  measured: scope.measured ? new Set(scope.measured) : null,
});

/** The subject of one view node: a domain or stream with its sub-streams, or one stage. */
export function nodeSubject(
  topology: Topology,
  kind: 'domain' | 'value-stream' | 'stage',
  id: string,
): Subject {
  if (kind === 'stage') {
    return {
      grain: 'stage',
      stages: [id],
      streams: [],
      measured: new Set([`Stage:${id}`, ...topology.teamsOn([], [id]).map((t) => `Team:${t}`)]),
    };
  }
  const streams = kind === 'domain' ? topology.streamsOfDomain(id) : topology.streamFamily(id);
  const stages = streams.flatMap((v) => topology.streamStages(v).map((s) => s.id));
  return {
    grain: 'stream',
    stages,
    streams,
    measured: new Set([
      ...(kind === 'domain' ? [`Domain:${id}`] : []),
      ...streams.map((v) => `ValueStream:${v}`),
      ...stages.map((s) => `Stage:${s}`),
      ...topology.teamsOn(streams, stages).map((t) => `Team:${t}`),
    ]),
  };
}

/** The facts of a scope's trend bucket. */
export function scopeCellsFacts(subject: Subject, cells: ScopeCells, days: number): ScopeFacts {
  return {
    grain: subject.grain,
    days,
    stage: cells.stage,
    stream: cells.stream,
    escape: cells.escape,
    feedback: cells.feedback,
    engagement: aggregateMeasures(cells.measures, subject.measured),
  };
}

/** Metrics of any subject over a period. */
export function metricsOf(
  topology: Topology,
  subject: Subject,
  period: PeriodCells,
  routes: RouteIndex,
  days: number,
  metrics: readonly MetricKey[] = METRIC_KEYS,
): MetricValue[] {
  const phases = subject.grain === 'stream' ? phasesOf(topology, subject.stages, period) : undefined;
  const facts = subjectFacts(
    topology,
    subject,
    sumsOf(subject, period),
    routes,
    period.measures,
    days,
    phases,
  );
  return computeMetrics(facts, metrics);
}
