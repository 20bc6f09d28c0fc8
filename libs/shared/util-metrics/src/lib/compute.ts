import { STAGE_FAMILY, STREAM_FAMILY, fieldIndex } from './cells';
import { METRIC_KEYS, type MetricKey } from './definitions';
import { doraBand, type DoraBand } from './dora';

export interface BreakdownValue {
  /** `feature`, `backlog`, `stage:<id>` */
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly sampleSize: number;
}

export interface MetricValue {
  readonly metric: MetricKey;
  /** in the metric's unit; null when there is nothing to measure (no deployments, an empty window) */
  readonly value: number | null;
  /** how many facts the value rests on (deployments, items, passages, defects, measured entities); for a level (flow load, backlog) the days averaged */
  readonly sampleSize: number;
  readonly band?: DoraBand;
  readonly breakdown?: readonly BreakdownValue[];
}

/** Time spent in one stage by the defects resolved in the period (the phase breakdown of resolution time). */
export interface PhaseTotal {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  readonly hours: number;
}

/** Everything one scope's metrics are computed from, summed over the period. */
export interface ScopeFacts {
  readonly grain: 'stage' | 'stream';
  /** length of the period in days */
  readonly days: number;
  /** stage cells (STAGE_FAMILY order) summed over the scope's stages */
  readonly stage: readonly number[];
  /** stream cells summed over the scope's streams (all zero for a stage grain) */
  readonly stream: readonly number[];
  readonly escape: { readonly defects: number; readonly escaped: number };
  readonly feedback: { readonly count: number; readonly hours: number };
  readonly engagement: { readonly value: number | null; readonly sampleSize: number };
  /** per stage, for the resolution-time breakdown */
  readonly phases?: readonly PhaseTotal[];
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
const days = (hours: number, count: number): number | null => (count > 0 ? hours / count / 24 : null);

const TYPES = [
  ['feature', 'doneFeature'],
  ['defect', 'doneDefect'],
  ['risk', 'doneRisk'],
  ['debt', 'doneDebt'],
] as const;

/** The value of each metric for one scope and period (units as in METRICS). */
export function computeMetrics(
  facts: ScopeFacts,
  metrics: readonly MetricKey[] = METRIC_KEYS,
): MetricValue[] {
  const on = new Period(facts);
  return metrics.map((m) => {
    const v = compute(m, facts, on);
    const band = doraBand(m, v.value);
    return band ? { ...v, band } : v;
  });
}

// cells are arrays in their family's field order: look fields up by index, not by building objects
const ST = fieldIndex(STAGE_FAMILY);
const SV = fieldIndex(STREAM_FAMILY);

/** The period's helpers, made once per scope rather than once per metric (views compute thousands). */
class Period {
  readonly S: readonly number[];
  readonly V: readonly number[];
  readonly byStream: boolean;
  private readonly weeks: number;

  constructor(private readonly f: ScopeFacts) {
    this.S = f.stage;
    this.V = f.stream;
    this.byStream = f.grain === 'stream';
    this.weeks = f.days / 7;
  }

  // a period without days has no rates, no averages and no counts
  count(n: number): number | null {
    return this.f.days > 0 ? n : null;
  }

  perWeek(n: number): number | null {
    return this.f.days > 0 ? n / this.weeks : null;
  }

  level(hours: number): number | null {
    return this.f.days > 0 ? hours / 24 / this.f.days : null;
  }

  /** deployments and incidents of a stream scope: those of its stages plus those of the streams themselves */
  dora(field: string): number {
    return this.S[ST[field]] + this.V[SV[field]];
  }

  /** a field of the grain's own family: stream cells for a stream grain, stage cells for a stage grain */
  own(field: string): number {
    return this.byStream ? this.V[SV[field]] : this.S[ST[field]];
  }
}

function result(
  metric: MetricKey,
  value: number | null,
  sampleSize: number,
  breakdown?: BreakdownValue[],
): MetricValue {
  return breakdown ? { metric, value, sampleSize, breakdown } : { metric, value, sampleSize };
}

function compute(metric: MetricKey, f: ScopeFacts, on: Period): MetricValue {
  const { S, V, byStream } = on;

  switch (metric) {
    case 'deployment-frequency':
      return result(metric, on.perWeek(on.dora('deployments')), on.dora('deployments'));
    case 'lead-time-for-changes':
      return result(metric, days(on.dora('leadHours'), on.dora('leadCount')), on.dora('leadCount'));
    case 'change-failure-rate':
      return result(
        metric,
        ratio(on.dora('failedDeployments'), on.dora('deployments')),
        on.dora('deployments'),
      );
    case 'time-to-restore': {
      const n = on.dora('restoredCount');
      return result(metric, n > 0 ? on.dora('restoreHours') / n : null, n);
    }
    case 'flow-velocity':
      return byStream
        ? result(metric, on.count(V[SV.itemsDone]), V[SV.itemsDone])
        : result(metric, on.count(S[ST.passagesDone]), S[ST.passagesDone]);
    case 'flow-time':
      return byStream
        ? result(metric, days(V[SV.flowHours], V[SV.flowCount]), V[SV.flowCount])
        : result(metric, days(S[ST.elapsedHours], S[ST.passagesDone]), S[ST.passagesDone]);
    case 'flow-load':
      return result(metric, on.level(byStream ? V[SV.loadHours] : S[ST.loadHours]), f.days);
    case 'flow-efficiency':
      return byStream
        ? result(metric, ratio(V[SV.flowActiveHours], V[SV.flowHours]), V[SV.flowCount])
        : result(metric, ratio(S[ST.activeHours], S[ST.measuredHours]), S[ST.measuredCount]);
    case 'flow-distribution': {
      const total = byStream ? V[SV.itemsDone] : S[ST.passagesDone];
      const breakdown = TYPES.map(([key, field]) => ({
        key,
        label: key,
        value: ratio(on.own(field), total),
        sampleSize: on.own(field),
      }));
      return result(metric, ratio(on.own('doneFeature'), total), total, breakdown);
    }
    case 'defect-escape-rate':
      return result(metric, ratio(f.escape.escaped, f.escape.defects), f.escape.defects);
    case 'defect-resolution-time': {
      const breakdown: BreakdownValue[] = [];
      if (byStream) {
        breakdown.push({
          key: 'backlog',
          label: 'Backlog (created to started)',
          value: days(V[SV.backlogHours], V[SV.backlogCount]),
          sampleSize: V[SV.backlogCount],
        });
      }
      for (const p of f.phases ?? []) {
        breakdown.push({ key: p.key, label: p.label, value: days(p.hours, p.count), sampleSize: p.count });
      }
      return result(
        metric,
        days(on.own('resolutionHours'), on.own('resolutionCount')),
        on.own('resolutionCount'),
        breakdown,
      );
    }
    case 'defect-inflow': {
      const n = byStream ? V[SV.defectsCreated] : S[ST.defectsCreated];
      return result(metric, on.perWeek(n), n);
    }
    case 'defect-outflow': {
      const n = byStream ? V[SV.defectsClosed] : S[ST.defectsClosed];
      return result(metric, on.perWeek(n), n);
    }
    case 'defect-backlog': {
      return result(metric, on.level(byStream ? V[SV.defectLoadHours] : S[ST.defectLoadHours]), f.days);
    }
    case 'non-defect-ratio': {
      return result(
        metric,
        ratio(on.own('nonDefectsClosed'), on.own('defectsClosed')),
        on.own('defectsClosed'),
      );
    }
    case 'duplicate-ratio': {
      return result(
        metric,
        ratio(on.own('duplicatesClosed'), on.own('defectsClosed')),
        on.own('defectsClosed'),
      );
    }
    case 'feedback-cycle-time':
      return result(metric, days(f.feedback.hours, f.feedback.count), f.feedback.count);
    case 'wait-time':
      return result(metric, days(S[ST.waitHours], S[ST.measuredCount]), S[ST.measuredCount]);
    case 'engagement':
      return result(metric, f.engagement.value, f.engagement.sampleSize);
  }
}

/** A metric's value out of a list, or null. */
export const valueOf = (values: readonly MetricValue[], metric: MetricKey): number | null =>
  values.find((v) => v.metric === metric)?.value ?? null;
