import { valueOf, type MetricValue } from './compute';
import type { MetricKey } from './definitions';
import { doraBand } from './dora';
import type { RouteIndex } from './routes';
import type { ResolvedScope } from './scope';
import { isLateLevel, type Topology } from './structure';
import { fieldIndex, STAGE_FAMILY, STREAM_FAMILY } from './cells';
import type { PeriodCells } from './subject';

const ST = fieldIndex(STAGE_FAMILY);
const SV = fieldIndex(STREAM_FAMILY);

export type FindingSeverity = 'low' | 'medium' | 'high';

/** A weakness the performance rules found (docs/findings-performance.md lists the rules). */
export interface PerformanceFinding {
  /** `<rule>:<subjects>`, e.g. `queue-before-stage:stage:x`: the same finding has the same id in every view */
  readonly id: string;
  /** the rule's id */
  readonly rule: PerformanceRule;
  readonly severity: FindingSeverity;
  /** one line for a leader */
  readonly message: string;
  /** the view nodes it is about (`stage:x`, `value-stream:y`), the main one first */
  readonly nodes: readonly string[];
  readonly metric: MetricKey;
  readonly value: number;
  readonly threshold: number;
}

export const PERFORMANCE_RULES = [
  'queue-before-stage',
  'late-integration',
  'high-defect-escape',
  'slow-feedback-loop',
  'dora-low-band',
] as const;
export type PerformanceRule = (typeof PERFORMANCE_RULES)[number];

export interface RuleThresholds {
  /** queue: passages that left the stage in the window, at least */
  readonly queueMinPassages: number;
  /** queue: the stage's share of the mean wait along the longest flow through it, at least */
  readonly queueMinShare: number;
  /** queue: its mean wait against the median of the other stages on that flow, at least this many times */
  readonly queueMinRatio: number;
  /** queue: high severity from this share */
  readonly queueHighShare: number;
  /** late integration: defects made in the stream's component and subsystem stages, at least */
  readonly lateMinDefects: number;
  /** late integration: share of them found at system level or later, above */
  readonly lateShare: number;
  readonly lateHighShare: number;
  /** escape: defects injected in or before the stage, at least */
  readonly escapeMinDefects: number;
  /** escape: points above the median of stages at the same integration level, at least */
  readonly escapeAbovePeers: number;
  /** escape: and at least this rate */
  readonly escapeMinRate: number;
  readonly escapeHighRate: number;
  /** feedback: fixes measured on the loop, at least */
  readonly feedbackMinFixes: number;
  /** feedback: at least this many times the median loop of the scope */
  readonly feedbackOverMedian: number;
  /** feedback: and at least this many days (feedback within a two-week cadence is not slow) */
  readonly feedbackMinDays: number;
  /** feedback: high severity from this many times the median loop */
  readonly feedbackHighOverMedian: number;
  /** DORA: deployments (change failure rate) and restored incidents (time to restore), at least; high severity beyond 30 % or a month */
  readonly doraMinDeployments: number;
  readonly doraMinIncidents: number;
}

export const DEFAULT_THRESHOLDS: RuleThresholds = {
  queueMinPassages: 10,
  queueMinShare: 0.45,
  queueMinRatio: 2,
  queueHighShare: 0.55,
  lateMinDefects: 10,
  lateShare: 0.5,
  lateHighShare: 0.7,
  escapeMinDefects: 20,
  escapeAbovePeers: 0.15,
  escapeMinRate: 0.55,
  escapeHighRate: 0.75,
  feedbackMinFixes: 5,
  feedbackOverMedian: 2,
  feedbackMinDays: 14,
  feedbackHighOverMedian: 3,
  doraMinDeployments: 20,
  doraMinIncidents: 3,
};

export interface FindingsInput {
  readonly topology: Topology;
  readonly scope: ResolvedScope;
  readonly window: PeriodCells;
  readonly routes: RouteIndex;
  readonly days: number;
  /** every scope stage's metrics over the window */
  readonly stageMetrics: ReadonlyMap<string, readonly MetricValue[]>;
  readonly thresholds?: Partial<RuleThresholds>;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
const fmt = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(1));
const SEVERITY_RANK: Record<FindingSeverity, number> = { high: 0, medium: 1, low: 2 };

/** Every performance rule over the scope, most severe first. */
export function findPerformanceIssues(input: FindingsInput): PerformanceFinding[] {
  const t = { ...DEFAULT_THRESHOLDS, ...input.thresholds };
  const findings = [
    ...queues(input, t),
    ...lateIntegration(input, t),
    ...defectEscape(input, t),
    ...slowFeedback(input, t),
    ...doraLowBand(input, t),
  ];
  // the sort keys once per finding, not once per comparison
  const keyed = findings.map((f) => ({
    f,
    severity: SEVERITY_RANK[f.severity],
    rule: PERFORMANCE_RULES.indexOf(f.rule),
    nodes: f.nodes.join(),
  }));
  keyed.sort(
    (a, b) =>
      a.severity - b.severity || a.rule - b.rule || (a.nodes < b.nodes ? -1 : a.nodes > b.nodes ? 1 : 0),
  );
  return keyed.map((k) => k.f);
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The stages a stage flows from (or, where no flows are stated, the next lower stage of its stream). */
function flowPredecessors(topology: Topology, stage: string): readonly string[] {
  const declared = topology.predecessors(stage);
  if (declared.length) return declared;
  const s = topology.stages.get(stage);
  if (!s) return [];
  const lower = topology.streamStages(s.stream).filter((x) => x.order < s.order && x.flowsTo.length === 0);
  return lower.length ? [lower[lower.length - 1].id] : [];
}

function flowSuccessors(topology: Topology, stage: string): readonly string[] {
  const declared = topology.successors(stage);
  if (declared.length) return declared;
  const s = topology.stages.get(stage);
  if (!s) return [];
  const higher = topology
    .streamStages(s.stream)
    .filter((x) => x.order > s.order && flowPredecessors(topology, x.id).includes(stage));
  return higher.map((x) => x.id);
}

/** The stages of the longest-waiting chain in one direction (cycles cut), and its total wait. */
function chain(
  topology: Topology,
  stage: string,
  wait: (s: string) => number,
  next: (t: Topology, s: string) => readonly string[],
  seen: Set<string> = new Set([stage]),
): { wait: number; stages: string[] } {
  let best = { wait: 0, stages: [] as string[] };
  for (const n of next(topology, stage)) {
    if (seen.has(n)) continue;
    // the stages on the path so far: added for the way down, taken out again for the next branch
    seen.add(n);
    const rest = chain(topology, n, wait, next, seen);
    seen.delete(n);
    const total = wait(n) + rest.wait;
    if (total > best.wait || best.stages.length === 0) best = { wait: total, stages: [n, ...rest.stages] };
  }
  return best;
}

function stageNodes(topology: Topology, stage: string): string[] {
  return [
    `stage:${stage}`,
    ...topology.structure.integrationPoints
      .filter((p) => p.stage === stage)
      .map((p) => `integration-point:${p.id}`),
  ];
}

/** Queue in front of a stage: most of the waiting along the flow through it happens there. */
function queues(input: FindingsInput, t: RuleThresholds): PerformanceFinding[] {
  const { topology, stageMetrics } = input;
  const waitOf = (s: string) => valueOf(stageMetrics.get(s) ?? [], 'wait-time') ?? 0;
  const out: PerformanceFinding[] = [];
  for (const [stage, metrics] of stageMetrics) {
    const w = valueOf(metrics, 'wait-time');
    const n = metrics.find((m) => m.metric === 'wait-time')?.sampleSize ?? 0;
    if (w === null || n < t.queueMinPassages || w <= 0) continue;
    const up = chain(topology, stage, waitOf, flowPredecessors);
    const down = chain(topology, stage, waitOf, flowSuccessors);
    const others = [...up.stages, ...down.stages];
    if (others.length < 2) continue;
    const share = w / (w + up.wait + down.wait);
    const typical = median(others.map(waitOf));
    if (share < t.queueMinShare || w < t.queueMinRatio * typical) continue;
    const name = topology.stages.get(stage)?.name ?? stage;
    out.push({
      id: `queue-before-stage:stage:${stage}`,
      rule: 'queue-before-stage',
      severity: share >= t.queueHighShare ? 'high' : 'medium',
      message: `Work queues before ${name} (${stage}): items wait ${fmt(w)} days there on average, ${pct(share)} of the waiting along their flow (other stages: ${fmt(typical)} days)`,
      nodes: stageNodes(topology, stage),
      metric: 'wait-time',
      value: share,
      threshold: t.queueMinShare,
    });
  }
  return out;
}

/** Late integration: a stream's component and subsystem work shows its defects at system level or later. */
function lateIntegration(input: FindingsInput, t: RuleThresholds): PerformanceFinding[] {
  const { topology, routes, scope } = input;
  const out: PerformanceFinding[] = [];
  for (const v of scope.streams) {
    const stream = topology.streams.get(v);
    if (!stream) continue;
    let defects = 0;
    let late = 0;
    const where = new Map<string, number>();
    for (const s of topology.streamStages(v)) {
      if (s.level !== 'component' && s.level !== 'subsystem') continue;
      for (const r of routes.injectedIn(s.id)) {
        const found = topology.stages.get(r.found);
        if (!found || r.defects === 0) continue;
        defects += r.defects;
        if (isLateLevel(found.level)) {
          late += r.defects;
          where.set(r.found, (where.get(r.found) ?? 0) + r.defects);
        }
      }
    }
    if (defects < t.lateMinDefects) continue;
    const share = late / defects;
    if (share <= t.lateShare) continue;
    const top = [...where].sort((a, b) => b[1] - a[1]).filter(([, n], i) => i === 0 || n >= late * 0.25);
    out.push({
      id: `late-integration:value-stream:${v}`,
      rule: 'late-integration',
      severity: share >= t.lateHighShare ? 'high' : 'medium',
      message: `${stream.name} integrates late: ${pct(share)} of the defects made in its component and subsystem stages are found at system level or later, most in ${topology.stages.get(top[0][0])?.name ?? top[0][0]} (${top[0][0]})`,
      nodes: [`value-stream:${v}`, ...top.slice(0, 2).map(([s]) => `stage:${s}`)],
      metric: 'defect-escape-rate',
      value: share,
      threshold: t.lateShare,
    });
  }
  return out;
}

/** High defect escape at a stage: far more of the defects made up to it pass its quality gate than at its peers. */
function defectEscape(input: FindingsInput, t: RuleThresholds): PerformanceFinding[] {
  const { topology, routes, stageMetrics } = input;
  const rates = new Map<string, { rate: number; escape: ReturnType<RouteIndex['stageEscape']> }>();
  for (const stage of stageMetrics.keys()) {
    const escape = routes.stageEscape(topology, stage);
    if (escape.defects >= t.escapeMinDefects)
      rates.set(stage, { rate: escape.escaped / escape.defects, escape });
  }
  const byLevel = new Map<string, number[]>();
  for (const [stage, r] of rates) {
    const level = topology.stages.get(stage)?.level ?? '';
    const list = byLevel.get(level);
    if (list) list.push(r.rate);
    else byLevel.set(level, [r.rate]);
  }
  const peerMedian = new Map([...byLevel].map(([level, list]) => [level, median(list)]));
  const out: PerformanceFinding[] = [];
  for (const [stage, { rate, escape }] of rates) {
    const s = topology.stages.get(stage)!;
    const peers = peerMedian.get(s.level ?? '') ?? 0;
    if (rate < t.escapeMinRate || rate < peers + t.escapeAbovePeers) continue;
    const top = [...escape.foundAfter].sort((a, b) => b[1] - a[1]);
    const receiver = top[0];
    out.push({
      id: `high-defect-escape:stage:${stage}`,
      rule: 'high-defect-escape',
      severity: rate >= t.escapeHighRate ? 'high' : 'medium',
      message: `Defects escape ${s.name} (${stage}): ${pct(rate)} of the defects made in or before it pass its quality gate (stages at the same level: ${pct(peers)})${receiver ? `, ${pct(receiver[1] / escape.escaped)} of them found in ${topology.stages.get(receiver[0])?.name ?? receiver[0]} (${receiver[0]})` : ''}`,
      nodes: [`stage:${stage}`, ...(receiver ? [`stage:${receiver[0]}`] : [])],
      metric: 'defect-escape-rate',
      value: rate,
      threshold: Math.max(t.escapeMinRate, peers + t.escapeAbovePeers),
    });
  }
  return out;
}

/** Slow feedback loop: fixes of defects found at a stage take far longer to reach their origin than on other loops. */
function slowFeedback(input: FindingsInput, t: RuleThresholds): PerformanceFinding[] {
  const { topology, routes, scope } = input;
  const inScope = new Set(scope.stages);
  const declared = new Map(topology.structure.feedbackLoops.map((l) => [`${l.from}>${l.to}`, l.delayDays]));
  const loops = routes.all
    .filter((r) => r.found !== r.injected && inScope.has(r.found) && r.feedbackCount >= t.feedbackMinFixes)
    .map((r) => ({ r, days: r.feedbackHours / r.feedbackCount / 24 }));
  const typical = median(loops.map((l) => l.days));
  const limit = Math.max(t.feedbackMinDays, t.feedbackOverMedian * typical);
  const out: PerformanceFinding[] = [];
  for (const { r, days } of loops) {
    if (days < limit) continue;
    const from = topology.stages.get(r.found)?.name ?? r.found;
    const to = topology.stages.get(r.injected)?.name ?? r.injected;
    const delay = declared.get(`${r.found}>${r.injected}`);
    out.push({
      id: `slow-feedback-loop:stage:${r.found}+stage:${r.injected}`,
      rule: 'slow-feedback-loop',
      severity: days >= t.feedbackHighOverMedian * typical ? 'high' : 'medium',
      message: `Slow feedback from ${from} (${r.found}) to ${to} (${r.injected}): fixes take ${fmt(days)} days to pass back (median loop ${fmt(typical)} days${delay ? `, the loop is declared with ${fmt(delay)}` : ''})`,
      nodes: [`stage:${r.found}`, `stage:${r.injected}`],
      metric: 'feedback-cycle-time',
      value: days,
      threshold: limit,
    });
  }
  return out;
}

/** Change failure rate or time to restore in DORA's low band, per stream (its own stages and itself). */
function doraLowBand(input: FindingsInput, t: RuleThresholds): PerformanceFinding[] {
  const { topology, scope, window } = input;
  const out: PerformanceFinding[] = [];
  for (const v of scope.streams) {
    const stream = topology.streams.get(v);
    if (!stream) continue;
    // its own stages and itself: the four keys need no more than the deployment and incident cells
    const own = window.streams.get(v);
    const sum = (field: string) =>
      topology
        .streamStages(v)
        .reduce((a, s) => a + (window.stages.get(s.id)?.[ST[field]] ?? 0), own?.[SV[field]] ?? 0);
    const deployments = sum('deployments');
    const failed = sum('failedDeployments');
    const restored = sum('restoredCount');
    const restoreHours = sum('restoreHours');
    const cfr = {
      metric: 'change-failure-rate' as const,
      value: deployments ? failed / deployments : null,
      sampleSize: deployments,
    };
    const ttr = {
      metric: 'time-to-restore' as const,
      value: restored ? restoreHours / restored : null,
      sampleSize: restored,
    };
    for (const m of [cfr, ttr]) {
      const min = m.metric === 'change-failure-rate' ? t.doraMinDeployments : t.doraMinIncidents;
      if (m.value === null || m.sampleSize < min || doraBand(m.metric, m.value) !== 'low') continue;
      const text =
        m.metric === 'change-failure-rate'
          ? `${pct(m.value)} of its ${m.sampleSize} deployments failed or caused an incident (low: above 15 %)`
          : `restoring service took ${fmt(m.value)} hours on average over ${m.sampleSize} incidents (low: over a week)`;
      const far = m.metric === 'change-failure-rate' ? m.value > 0.3 : m.value > 720;
      out.push({
        id: `dora-low-band:value-stream:${v}:${m.metric}`,
        rule: 'dora-low-band',
        severity: far ? 'high' : 'medium',
        message: `${stream.name} is in DORA's low band: ${text}`,
        nodes: [`value-stream:${v}`],
        metric: m.metric,
        value: m.value,
        threshold: m.metric === 'change-failure-rate' ? 0.15 : 168,
      });
    }
  }
  return out;
}
