import { PERFORMANCE_PARAMETERS, type MetricId } from '@streamscape/domain';

export type PerformanceParameter = (typeof PERFORMANCE_PARAMETERS)[number];

/** Every series the engine computes: the format's metric ids plus the defect backlog (a level, not a KPI metric). */
export type MetricKey = MetricId | 'defect-backlog';

export type MetricUnit = 'per-week' | 'items' | 'days' | 'hours' | 'ratio' | 'score';
export type MetricDirection = 'higher-is-better' | 'lower-is-better';
export type MetricGroup = 'dora' | 'flow' | 'quality' | 'measure';

export interface MetricDefinition {
  readonly id: MetricKey;
  readonly name: string;
  readonly group: MetricGroup;
  readonly unit: MetricUnit;
  /** how a value reads: `deployments/week`, `days` */
  readonly unitLabel: string;
  readonly direction: MetricDirection;
  /** the performance parameter a KPI on this metric serves when no objective says otherwise */
  readonly parameter: PerformanceParameter;
  /** one line: what is counted, over what (docs/metrics.md has the full definition) */
  readonly formula: string;
  /** a Kpi may name it (landscape-format.md, "Metric ids") */
  readonly kpi: boolean;
}

const def = (d: MetricDefinition): MetricDefinition => d;

/** The metric registry: one entry per series, shared by the API and the web app. */
export const METRICS: readonly MetricDefinition[] = [
  def({
    id: 'deployment-frequency',
    name: 'Deployment frequency',
    group: 'dora',
    unit: 'per-week',
    unitLabel: 'deployments/week',
    direction: 'higher-is-better',
    parameter: 'time-to-market',
    formula: 'deployments with `at` in the window / (window days / 7)',
    kpi: true,
  }),
  def({
    id: 'lead-time-for-changes',
    name: 'Lead time for changes',
    group: 'dora',
    unit: 'days',
    unitLabel: 'days',
    direction: 'lower-is-better',
    parameter: 'time-to-market',
    formula:
      'mean of (`at` - `changeCreatedAt`) over deployments in the window that name their oldest change',
    kpi: true,
  }),
  def({
    id: 'change-failure-rate',
    name: 'Change failure rate',
    group: 'dora',
    unit: 'ratio',
    unitLabel: 'share of deployments',
    direction: 'lower-is-better',
    parameter: 'quality',
    formula: 'deployments in the window that failed or caused an incident / all deployments in the window',
    kpi: true,
  }),
  def({
    id: 'time-to-restore',
    name: 'Time to restore',
    group: 'dora',
    unit: 'hours',
    unitLabel: 'hours',
    direction: 'lower-is-better',
    parameter: 'quality',
    formula: 'mean of (`resolvedAt` - `openedAt`) over incidents opened in the window and resolved',
    kpi: true,
  }),
  def({
    id: 'flow-velocity',
    name: 'Flow velocity',
    group: 'flow',
    unit: 'items',
    unitLabel: 'items done',
    direction: 'higher-is-better',
    parameter: 'productivity',
    formula: 'items done in the period (the window, or each trend bucket); at a stage: passages that left it',
    kpi: true,
  }),
  def({
    id: 'flow-time',
    name: 'Flow time',
    group: 'flow',
    unit: 'days',
    unitLabel: 'days',
    direction: 'lower-is-better',
    parameter: 'time-to-market',
    formula: 'mean of (`doneAt` - `startedAt`) over items done in the window; at a stage: mean passage time',
    kpi: true,
  }),
  def({
    id: 'flow-load',
    name: 'Flow load',
    group: 'flow',
    unit: 'items',
    unitLabel: 'items in progress',
    direction: 'lower-is-better',
    parameter: 'productivity',
    formula: 'time-average of items started and not done over the window; at a stage: open passages',
    kpi: true,
  }),
  def({
    id: 'flow-efficiency',
    name: 'Flow efficiency',
    group: 'flow',
    unit: 'ratio',
    unitLabel: 'active share of flow time',
    direction: 'higher-is-better',
    parameter: 'productivity',
    formula:
      'sum of passage `activeHours` / sum of flow time, over items done (at a stage: passages left) in the window',
    kpi: true,
  }),
  def({
    id: 'flow-distribution',
    name: 'Flow distribution',
    group: 'flow',
    unit: 'ratio',
    unitLabel: 'feature share',
    direction: 'higher-is-better',
    parameter: 'productivity',
    formula: 'share of features among items done in the window (the breakdown holds all four types)',
    kpi: true,
  }),
  def({
    id: 'defect-escape-rate',
    name: 'Defect escape rate',
    group: 'quality',
    unit: 'ratio',
    unitLabel: 'share of defects',
    direction: 'lower-is-better',
    parameter: 'quality',
    formula:
      'at a stage S: defects injected in or before S and found in a stage of higher `order` / defects injected in or before S; above a stage: defects found in a later stage than injected / defects injected',
    kpi: true,
  }),
  def({
    id: 'defect-resolution-time',
    name: 'Defect resolution time',
    group: 'quality',
    unit: 'days',
    unitLabel: 'days',
    direction: 'lower-is-better',
    parameter: 'quality',
    formula:
      'mean of (`doneAt` - `createdAt`) over defects done in the window, duplicates and non-defects left out; broken down by phase',
    kpi: true,
  }),
  def({
    id: 'defect-inflow',
    name: 'Defect inflow',
    group: 'quality',
    unit: 'per-week',
    unitLabel: 'defects/week',
    direction: 'lower-is-better',
    parameter: 'quality',
    formula: 'defects created in the window / (window days / 7)',
    kpi: true,
  }),
  def({
    id: 'defect-outflow',
    name: 'Defect outflow',
    group: 'quality',
    unit: 'per-week',
    unitLabel: 'defects/week',
    direction: 'higher-is-better',
    parameter: 'quality',
    formula: 'defects done in the window / (window days / 7)',
    kpi: true,
  }),
  def({
    id: 'defect-backlog',
    name: 'Defect backlog',
    group: 'quality',
    unit: 'items',
    unitLabel: 'open defects',
    direction: 'lower-is-better',
    parameter: 'quality',
    formula: 'time-average of defects created and not done over the period',
    kpi: false,
  }),
  def({
    id: 'non-defect-ratio',
    name: 'Non-defect ratio',
    group: 'quality',
    unit: 'ratio',
    unitLabel: 'share of defects closed',
    direction: 'lower-is-better',
    parameter: 'quality',
    formula: 'defects closed in the window as not-a-defect / defects closed in the window',
    kpi: true,
  }),
  def({
    id: 'duplicate-ratio',
    name: 'Duplicate ratio',
    group: 'quality',
    unit: 'ratio',
    unitLabel: 'share of defects closed',
    direction: 'lower-is-better',
    parameter: 'quality',
    formula: 'defects closed in the window as duplicate / defects closed in the window',
    kpi: true,
  }),
  def({
    id: 'feedback-cycle-time',
    name: 'Feedback cycle time',
    group: 'quality',
    unit: 'days',
    unitLabel: 'days',
    direction: 'lower-is-better',
    parameter: 'time-to-market',
    formula:
      'mean time from a defect being found (`createdAt`, at its `foundIn` stage) to its fix leaving the stage it was injected in; by the stage that found it',
    kpi: true,
  }),
  def({
    id: 'wait-time',
    name: 'Wait time',
    group: 'flow',
    unit: 'days',
    unitLabel: 'days per passage',
    direction: 'lower-is-better',
    parameter: 'time-to-market',
    formula:
      'mean of ((`leftAt` - `enteredAt`) - `activeHours`) over passages that left the stage in the window',
    kpi: true,
  }),
  def({
    id: 'engagement',
    name: 'Engagement',
    group: 'measure',
    unit: 'score',
    unitLabel: 'score',
    direction: 'higher-is-better',
    parameter: 'engagement',
    formula:
      'mean over the measured teams and entities of the scope of their mean `engagement` measure in the window',
    kpi: true,
  }),
];

export const METRIC_KEYS: readonly MetricKey[] = METRICS.map((m) => m.id);

const byId = new Map(METRICS.map((m) => [m.id, m]));

export function metricDefinition(id: string): MetricDefinition {
  const found = byId.get(id as MetricKey);
  if (!found) throw new Error(`Unknown metric ${id}`);
  return found;
}

export const isMetricKey = (id: string): id is MetricKey => byId.has(id as MetricKey);

/** Better of two values by the metric's direction: > 0 when `a` is better than `b`. */
export function compareByDirection(id: MetricKey, a: number, b: number): number {
  return metricDefinition(id).direction === 'higher-is-better' ? a - b : b - a;
}
