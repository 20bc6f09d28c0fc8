import type { CompareReviewsQuery } from '@streamscape/web-api';

/** Shapes compareReviews (docs/reviews.md, Comparison) into the rows the comparison tables show. */
export type ReviewComparisonLike = CompareReviewsQuery['compareReviews'];

export type EntityChangeKind = 'added' | 'removed' | 'changed';
export interface EntityChangeRow {
  change: EntityChangeKind;
  kind: string;
  id: string;
  name: string;
  fields: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Added, removed and changed entities in one table, by kind, then id; changes name their fields. */
export function entityChangeRows(c: ReviewComparisonLike): EntityChangeRow[] {
  const rows: EntityChangeRow[] = [
    ...c.added.map((e) => ({
      change: 'added' as const,
      kind: e.kind,
      id: e.id,
      name: e.name ?? e.id,
      fields: '',
    })),
    ...c.removed.map((e) => ({
      change: 'removed' as const,
      kind: e.kind,
      id: e.id,
      name: e.name ?? e.id,
      fields: '',
    })),
    ...c.changed.map((e) => ({
      change: 'changed' as const,
      kind: e.kind,
      id: e.id,
      name: e.name ?? e.id,
      fields: e.fields.join(', '),
    })),
  ];
  return rows.sort((a, b) => byText(a.kind, b.kind) || byText(a.id, b.id));
}

export interface MetricMoveRow {
  key: string;
  node: string;
  label: string;
  metric: string;
  before: string;
  after: string;
  delta: string;
  /** up/down by delta; appeared/went when a value is missing on one side */
  direction: 'up' | 'down' | 'appeared' | 'went';
}

/** A value as the tables show it: up to three decimals, no trailing zeros; '-' for none. */
export function formatValue(v: number | null | undefined): string {
  if (v == null) return '-';
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(3)));
}

/** Metric moves, the largest relative moves first, then those that appeared or went; ties by node and metric. */
export function metricMoveRows(c: ReviewComparisonLike): MetricMoveRow[] {
  const size = (m: ReviewComparisonLike['metricMoves'][number]) =>
    m.delta == null ? -1 : Math.abs(m.delta) / Math.max(Math.abs(m.before ?? 0), 1e-9);
  return [...c.metricMoves]
    .sort((a, b) => size(b) - size(a) || byText(a.node, b.node) || byText(a.metric, b.metric))
    .map((m) => ({
      key: `${m.node}|${m.metric}`,
      node: m.node,
      label: m.label,
      metric: m.metric,
      before: formatValue(m.before),
      after: formatValue(m.after),
      delta: m.delta == null ? '-' : `${m.delta > 0 ? '+' : ''}${formatValue(m.delta)}`,
      direction: m.delta != null ? (m.delta > 0 ? 'up' : 'down') : m.before == null ? 'appeared' : 'went',
    }));
}

export interface CountRow {
  kind: string;
  before: number;
  after: number;
  delta: string;
}

/** Entity counts that moved, by kind. */
export function countRows(c: ReviewComparisonLike): CountRow[] {
  return c.entityCounts
    .filter((e) => e.before !== e.after)
    .sort((a, b) => byText(a.kind, b.kind))
    .map((e) => ({ ...e, delta: `${e.after > e.before ? '+' : ''}${e.after - e.before}` }));
}

export interface FindingMoveRow {
  id: string;
  title: string;
  severity: string;
  change: 'appeared' | 'disappeared';
}

export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
const severityRank = (s: string | null | undefined) => {
  const i = SEVERITIES.indexOf((s ?? '') as (typeof SEVERITIES)[number]);
  return i < 0 ? SEVERITIES.length : i;
};

/** Findings that appeared or disappeared, most severe first. */
export function findingMoveRows(c: ReviewComparisonLike): FindingMoveRow[] {
  const rows: FindingMoveRow[] = [
    ...c.findingsAppeared.map((f) => ({ ...f, severity: f.severity ?? '-', change: 'appeared' as const })),
    ...c.findingsDisappeared.map((f) => ({
      ...f,
      severity: f.severity ?? '-',
      change: 'disappeared' as const,
    })),
  ];
  return rows.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || byText(a.title, b.title));
}

/** Items grouped by severity, HIGH first, unknown severities last; empty groups are left out. */
export function groupBySeverity<T extends { severity?: string | null }>(
  items: readonly T[],
): { severity: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = SEVERITIES.includes((item.severity ?? '') as (typeof SEVERITIES)[number])
      ? (item.severity as string)
      : 'OTHER';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups]
    .sort(([a], [b]) => severityRank(a) - severityRank(b))
    .map(([severity, list]) => ({ severity, items: list }));
}

interface Dated {
  id: string;
  heldOn: string;
  createdAt: string;
}

/** compareReviews takes the earlier review first: by the day held, then by when it was created. */
export function comparisonOrder(a: Dated, b: Dated): { from: string; to: string } {
  const aFirst = a.heldOn < b.heldOn || (a.heldOn === b.heldOn && a.createdAt <= b.createdAt);
  return aFirst ? { from: a.id, to: b.id } : { from: b.id, to: a.id };
}
