import { isMetricKey, metricDefinition } from '@streamscape/metrics';
import type {
  FrozenDecision,
  FrozenFinding,
  MetricRow,
  ReviewRecord,
  SnapshotComparison,
} from '@streamscape/graph';

/** What a report page holds, before any PDF: built and tested as data, then drawn by renderReport. */
export type ReportBlock =
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'list'; readonly items: readonly string[] }
  | {
      readonly type: 'table';
      readonly columns: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

export interface ReportSection {
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
}

export interface ReportModel {
  readonly title: string;
  readonly subtitle: string;
  readonly facts: readonly (readonly [string, string])[];
  readonly sections: readonly ReportSection[];
}

export interface ReportInput {
  readonly review: ReviewRecord;
  readonly decisions: readonly FrozenDecision[];
  readonly findings: readonly FrozenFinding[];
  readonly metrics: readonly MetricRow[];
  readonly entityCounts: readonly { readonly kind: string; readonly count: number }[];
  readonly previous: { readonly review: ReviewRecord; readonly comparison: SnapshotComparison } | null;
  /** ISO instant */
  readonly generatedAt: string;
}

/** Long lists are cut here, saying how many more there are: the report is read, not searched. */
export const MAX_ITEMS = 40;
const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;

const day = (iso: string) => iso.slice(0, 10);
const capped = (items: readonly string[], max = MAX_ITEMS): string[] =>
  items.length > max ? [...items.slice(0, max), `... and ${items.length - max} more`] : [...items];

export function formatNumber(value: number | null): string {
  if (value === null) return '-';
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
}

const metricName = (id: string) => (isMetricKey(id) ? metricDefinition(id).name : id);
const metricUnit = (id: string) => (isMetricKey(id) ? metricDefinition(id).unitLabel : '');

function audienceText(review: ReviewRecord): string {
  const parts = [
    ...review.audience.roles.map((r) => `role ${r}`),
    ...review.audience.groups.map((g) => `group ${g}`),
  ];
  return parts.length ? `${parts.join(', ')} (and admins)` : 'admins only';
}

function decisionsSection(decisions: readonly FrozenDecision[]): ReportSection {
  if (!decisions.length)
    return { heading: 'Decisions', blocks: [{ type: 'paragraph', text: 'No decisions recorded.' }] };
  return {
    heading: 'Decisions',
    blocks: decisions.flatMap((d): ReportBlock[] => [
      {
        type: 'paragraph',
        text: `${d.name ?? d.id}: ${d.outcome ?? 'no outcome'}${d.date ? ` (${d.date})` : ''}`,
      },
      ...(d.rationale ? [{ type: 'paragraph' as const, text: `Rationale: ${d.rationale}` }] : []),
      ...(d.about.length ? [{ type: 'paragraph' as const, text: `About: ${d.about.join(', ')}` }] : []),
    ]),
  };
}

function findingsSection(findings: readonly FrozenFinding[]): ReportSection {
  if (!findings.length) return { heading: 'Findings', blocks: [{ type: 'paragraph', text: 'No findings.' }] };
  const groups = [...SEVERITIES, null].map((severity) => ({
    label: severity ?? 'Unrated',
    items: findings.filter((f) =>
      severity ? f.severity === severity : !SEVERITIES.includes(f.severity as never),
    ),
  }));
  return {
    heading: `Findings (${findings.length})`,
    blocks: groups
      .filter((g) => g.items.length)
      .flatMap((g): ReportBlock[] => [
        { type: 'paragraph', text: `${g.label} (${g.items.length})` },
        { type: 'list', items: capped(g.items.map((f) => f.title)) },
      ]),
  };
}

function metricsSection(metrics: readonly MetricRow[]): ReportSection {
  const top = metrics.find((r) => r.kind === 'enterprise') ?? metrics[0];
  const rows = top
    ? Object.entries(top.values)
        .filter(([, v]) => v !== null)
        .map(([id, v]) => [metricName(id), formatNumber(v), metricUnit(id)])
    : [];
  if (!rows.length) {
    return {
      heading: 'Key metrics',
      blocks: [{ type: 'paragraph', text: 'No metric had facts in the window.' }],
    };
  }
  return {
    heading: 'Key metrics',
    blocks: [
      { type: 'paragraph', text: `${top!.label}, over the review window:` },
      { type: 'table', columns: ['metric', 'value', 'unit'], rows },
    ],
  };
}

function comparisonSection(previous: ReportInput['previous']): ReportSection {
  if (!previous) {
    return {
      heading: 'Since the previous review',
      blocks: [{ type: 'paragraph', text: 'This is the first review.' }],
    };
  }
  const { review, comparison: c } = previous;
  const ref = (e: { kind: string; id: string; name: string | null }) =>
    `${e.kind} ${e.name ?? e.id} (${e.id})`;
  const blocks: ReportBlock[] = [
    {
      type: 'paragraph',
      text:
        `Compared with "${review.name}" held on ${review.heldOn}: ${c.added.length} entities added, ` +
        `${c.removed.length} removed, ${c.changed.length} changed; ${c.findingsAppeared.length} findings ` +
        `appeared, ${c.findingsDisappeared.length} disappeared; ${c.metricMoves.length} metric values moved.`,
    },
  ];
  const list = (label: string, items: string[]) => {
    if (items.length) blocks.push({ type: 'paragraph', text: label }, { type: 'list', items: capped(items) });
  };
  list('Added', c.added.map(ref));
  list('Removed', c.removed.map(ref));
  list(
    'Changed',
    c.changed.map((e) => `${ref(e)}: ${e.fields.join(', ')}`),
  );
  list(
    'Findings that appeared',
    c.findingsAppeared.map((f) => f.title),
  );
  list(
    'Findings that disappeared',
    c.findingsDisappeared.map((f) => f.title),
  );
  const moves = c.metricMoves.filter((m) => m.kind === 'enterprise' || m.kind === 'domain');
  if (moves.length) {
    blocks.push(
      { type: 'paragraph', text: 'Metric moves (enterprise and domains)' },
      {
        type: 'table',
        columns: ['where', 'metric', 'before', 'after', 'delta'],
        rows: [
          ...moves
            .slice(0, MAX_ITEMS)
            .map((m) => [
              m.label,
              metricName(m.metric),
              formatNumber(m.before),
              formatNumber(m.after),
              formatNumber(m.delta),
            ]),
          ...(moves.length > MAX_ITEMS ? [[`... and ${moves.length - MAX_ITEMS} more`, '', '', '', '']] : []),
        ],
      },
    );
  }
  return { heading: 'Since the previous review', blocks };
}

/** The report of a review as data: what the board saw, decided and how the landscape moved since last time. */
export function reportModel(input: ReportInput): ReportModel {
  const { review } = input;
  return {
    title: review.name,
    subtitle: `Portfolio review held on ${review.heldOn}`,
    facts: [
      ['Held on', review.heldOn],
      ['Audience', audienceText(review)],
      ['Created by', review.createdBy],
      ['Snapshot taken', review.snapshot.takenAt],
      [
        'Performance window',
        `${day(review.snapshot.windowFrom)} to ${day(review.snapshot.windowTo)} (end exclusive)`,
      ],
      ['Report generated', input.generatedAt],
      ...(review.description ? [['Description', review.description] as const] : []),
    ],
    sections: [
      decisionsSection(input.decisions),
      findingsSection(input.findings),
      metricsSection(input.metrics),
      comparisonSection(input.previous),
      {
        heading: `Entities (${input.entityCounts.reduce((s, c) => s + c.count, 0)})`,
        blocks: [
          {
            type: 'table',
            columns: ['kind', 'count'],
            rows: input.entityCounts.map((c) => [c.kind, String(c.count)]),
          },
        ],
      },
    ],
  };
}
