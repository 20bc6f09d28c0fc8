import { isoDay, type Bucket } from './calendar';
import { addCells, emptyCells, STAGE_FAMILY, STREAM_FAMILY } from './cells';
import type { MeasureTotal } from './measures';
import { computeMetrics, type MetricValue } from './compute';
import { isMetricKey, metricDefinition, type MetricKey, type PerformanceParameter } from './definitions';
import { SCOPE_KINDS, type ScopeKind, type ScopeRef } from './scope';
import { scopeCellsFacts, type ScopeCells, type Subject } from './subject';

export type KpiStatus = 'on-track' | 'off-track' | 'no-data' | 'no-target';
export type TrendDirection = 'improving' | 'worsening' | 'flat' | 'unknown';
export type KeyResultStatus = 'achieved' | 'open' | 'missed' | 'no-data';

export interface KpiTarget {
  readonly value: number | null;
  readonly direction: 'up' | 'down' | null;
}

/** `value-stream:ev-drive` as a scope; null for references to kinds metrics are not anchored to. */
export function parseScopeRef(ref: string): ScopeRef | null {
  const at = ref.indexOf(':');
  if (at < 0) return null;
  const kind = ref.slice(0, at) as ScopeKind;
  return SCOPE_KINDS.includes(kind) ? { kind, id: ref.slice(at + 1) } : null;
}

/** A KPI's target direction, or its metric's when the KPI states none. */
export function targetDirection(metric: MetricKey, target: KpiTarget): 'up' | 'down' {
  if (target.direction) return target.direction;
  return metricDefinition(metric).direction === 'higher-is-better' ? 'up' : 'down';
}

/** On track when the value reaches the target in the KPI's direction (at or above for up, at or below for down). */
export function kpiStatus(metric: MetricKey, value: number | null, target: KpiTarget): KpiStatus {
  if (target.value === null) return 'no-target';
  if (value === null) return 'no-data';
  const up = targetDirection(metric, target) === 'up';
  return (up ? value >= target.value : value <= target.value) ? 'on-track' : 'off-track';
}

/**
 * Which way the trend goes: the last value against the first, in the KPI's direction. Changes within
 * `tolerance` (relative, default 5 %) are flat.
 */
export function trendOf(
  metric: MetricKey,
  target: KpiTarget,
  values: readonly (number | null)[],
  tolerance = 0.05,
): TrendDirection {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return 'unknown';
  const first = known[0];
  const last = known[known.length - 1];
  const scale = Math.max(Math.abs(first), Math.abs(last), Number.EPSILON);
  if (Math.abs(last - first) / scale <= tolerance) return 'flat';
  const better = targetDirection(metric, target) === 'up' ? last > first : last < first;
  return better ? 'improving' : 'worsening';
}

/** A key result reached, still open, or missed (its date passed without reaching it). */
export function keyResultStatus(
  metric: MetricKey,
  value: number | null,
  target: { readonly value: number | null; readonly by: string | null },
  direction: KpiTarget['direction'],
  atDay: number,
): KeyResultStatus {
  if (value === null || target.value === null) return 'no-data';
  const reached = kpiStatus(metric, value, { value: target.value, direction }) === 'on-track';
  if (reached) return 'achieved';
  const byDay = target.by ? Math.floor(Date.parse(`${target.by}T00:00:00Z`) / 86_400_000) : null;
  return byDay !== null && atDay > byDay ? 'missed' : 'open';
}

/**
 * The windows a KPI is evaluated over: `windowDays` ending at `endDay`, and the same ending at each of the
 * `steps - 1` weeks before, oldest first. They overlap; read as buckets, each is summed on its own.
 */
export function kpiWindows(endDay: number, windowDays: number, steps: number): Bucket[] {
  return Array.from({ length: steps }, (_, i) => {
    const end = endDay - 7 * (steps - 1 - i);
    return { index: i, firstDay: end - windowDays, endDay: end, label: isoDay(end - 1) };
  });
}

/**
 * Overlapping windows cut into disjoint pieces at every window boundary, so each day is read once;
 * `parts[i]` lists the pieces window i is made of.
 */
export function piecesOf(windows: readonly Bucket[]): { pieces: Bucket[]; parts: number[][] } {
  const cuts = [...new Set(windows.flatMap((w) => [w.firstDay, w.endDay]))].sort((a, b) => a - b);
  const pieces: Bucket[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const piece = { index: pieces.length, firstDay: cuts[i], endDay: cuts[i + 1], label: isoDay(cuts[i]) };
    if (windows.some((w) => w.firstDay <= piece.firstDay && piece.endDay <= w.endDay)) pieces.push(piece);
  }
  const parts = windows.map((w) =>
    pieces.filter((p) => w.firstDay <= p.firstDay && p.endDay <= w.endDay).map((p) => p.index),
  );
  return { pieces, parts };
}

/** The scope's cells of several periods added up. */
export function sumScopeCells(list: readonly ScopeCells[]): ScopeCells {
  const stage = emptyCells(STAGE_FAMILY);
  const stream = emptyCells(STREAM_FAMILY);
  const escape = { defects: 0, escaped: 0 };
  const feedback = { count: 0, hours: 0 };
  const measures: MeasureTotal[] = [];
  for (const c of list) {
    addCells(stage, c.stage);
    addCells(stream, c.stream);
    escape.defects += c.escape.defects;
    escape.escaped += c.escape.escaped;
    feedback.count += c.feedback.count;
    feedback.hours += c.feedback.hours;
    measures.push(...c.measures);
  }
  return { stage, stream, escape, feedback, measures };
}

/** A metric over one window from the scope's cells summed over it. */
export function windowValue(
  subject: Subject,
  metric: MetricKey,
  cells: ScopeCells,
  days: number,
): MetricValue {
  return computeMetrics(scopeCellsFacts(subject, cells, days), [metric])[0];
}

/** The performance parameter a KPI is steered under: its objectives' (through key results), else its metric's. */
export function kpiParameters(
  metric: string,
  objectiveParameters: readonly (string | null)[],
): PerformanceParameter[] {
  const stated = [...new Set(objectiveParameters.filter((p): p is string => !!p))] as PerformanceParameter[];
  if (stated.length) return stated;
  return isMetricKey(metric) ? [metricDefinition(metric).parameter] : [];
}
