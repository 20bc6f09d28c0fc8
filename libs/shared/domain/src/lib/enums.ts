/**
 * Enumerations of the landscape model. Files spell values in lower-case kebab (`stream-aligned`);
 * the graph stores them in upper snake case (`STREAM_ALIGNED`), as product.md names them.
 */
export const OPERATING_MODES = ['project', 'product', 'hybrid'] as const;
export const ORG_UNIT_TYPES = ['business-unit', 'department', 'site'] as const;
export const OBLIGATION_KINDS = ['deliver', 'maintain', 'integrate'] as const;
export const FUNDING_MODELS = ['project', 'product', 'capacity'] as const;
export const VALUE_STREAM_TYPES = ['development', 'operational'] as const;
export const INTEGRATION_LEVELS = ['component', 'subsystem', 'system', 'product', 'customer'] as const;
export const GENERATION_STATUSES = ['planned', 'active', 'legacy'] as const;
export const COMPONENT_GENERATIONS = ['legacy', 'current', 'next'] as const;
export const TEAM_TYPES = ['stream-aligned', 'platform', 'enabling', 'complicated-subsystem'] as const;
export const INTERACTION_MODES = ['collaboration', 'x-as-a-service', 'facilitating'] as const;
export const PERFORMANCE_PARAMETERS = ['time-to-market', 'productivity', 'quality', 'engagement'] as const;
export const TARGET_DIRECTIONS = ['up', 'down'] as const;
export const STEP_STATUSES = ['proposed', 'planned', 'in-progress', 'done'] as const;
export const FINDING_KINDS = ['strength', 'weakness', 'opportunity', 'issue'] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const FINDING_STATUSES = ['open', 'accepted', 'resolved'] as const;

export const WORK_ITEM_TYPES = ['feature', 'defect', 'risk', 'debt'] as const;
export const RESOLUTIONS = ['fixed', 'duplicate', 'not-a-defect', 'wont-fix'] as const;
export const DEPLOYMENT_STATUSES = ['success', 'failed'] as const;

export const METRIC_IDS = [
  'deployment-frequency',
  'lead-time-for-changes',
  'change-failure-rate',
  'time-to-restore',
  'flow-velocity',
  'flow-time',
  'flow-load',
  'flow-efficiency',
  'flow-distribution',
  'defect-escape-rate',
  'defect-resolution-time',
  'defect-inflow',
  'defect-outflow',
  'non-defect-ratio',
  'duplicate-ratio',
  'feedback-cycle-time',
  'wait-time',
  'engagement',
] as const;

export type OperatingMode = (typeof OPERATING_MODES)[number];
export type MetricId = (typeof METRIC_IDS)[number];
export type WorkItemType = (typeof WORK_ITEM_TYPES)[number];

/** `stream-aligned` -> `STREAM_ALIGNED` */
export function toGraphEnum(fileValue: string): string {
  return fileValue.toUpperCase().replace(/-/g, '_');
}

/** `STREAM_ALIGNED` -> `stream-aligned` */
export function toFileEnum(graphValue: string): string {
  return graphValue.toLowerCase().replace(/_/g, '-');
}
