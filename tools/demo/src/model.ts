/**
 * The shapes the generator writes: landscape documents (landscape-format.md, v1 contract) and
 * the fact file columns. Kept separate from the catalog so that the contract lives in one place.
 */

export const API_VERSION = 'streamscape/v1';

export const KINDS = [
  'Enterprise',
  'OrgUnit',
  'Domain',
  'Budget',
  'ValueStream',
  'Stage',
  'IntegrationPoint',
  'Product',
  'Variant',
  'Generation',
  'Component',
  'Team',
  'Objective',
  'KeyResult',
  'Kpi',
  'Initiative',
  'TransformationStep',
  'Finding',
  'Decision',
] as const;
export type Kind = (typeof KINDS)[number];

export type OperatingMode = 'project' | 'product' | 'hybrid';
export type IntegrationLevel = 'component' | 'subsystem' | 'system' | 'product' | 'customer';
export type TeamType = 'stream-aligned' | 'platform' | 'enabling' | 'complicated-subsystem';
export type InteractionMode = 'collaboration' | 'x-as-a-service' | 'facilitating';
export type ComponentGeneration = 'legacy' | 'current' | 'next';
export type GenerationStatus = 'planned' | 'active' | 'legacy';
export type BudgetModel = 'project' | 'product' | 'capacity';
export type StepStatus = 'proposed' | 'planned' | 'in-progress' | 'done';
export type Parameter = 'time-to-market' | 'productivity' | 'quality' | 'engagement';

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
export type MetricId = (typeof METRIC_IDS)[number];

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export interface Metadata {
  id: string;
  name: string;
  description?: string;
  tags?: string[];
}

/** One YAML document. `spec` keys are written in insertion order, so builders follow the doc's order. */
export interface Doc {
  apiVersion: typeof API_VERSION;
  kind: Kind;
  metadata: Metadata;
  spec: Record<string, unknown>;
}

/** `ValueStream` -> `value-stream`: the reference prefix the format uses. */
export function kindSlug(kind: Kind): string {
  return kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

const SLUG_TO_KIND = new Map<string, Kind>(KINDS.map((k) => [kindSlug(k), k]));

export function kindFromSlug(slug: string): Kind | undefined {
  return SLUG_TO_KIND.get(slug);
}

export function ref(kind: Kind, id: string): string {
  return `${kindSlug(kind)}:${id}`;
}

/** Split `value-stream:ev-drive` into its kind and id; throws on a malformed reference. */
export function parseRef(value: string): { kind: Kind; id: string } {
  const colon = value.indexOf(':');
  const kind = colon > 0 ? kindFromSlug(value.slice(0, colon)) : undefined;
  if (!kind) throw new Error(`not a kind:id reference: ${value}`);
  return { kind, id: value.slice(colon + 1) };
}

export function doc(kind: Kind, metadata: Metadata, spec: Record<string, unknown> = {}): Doc {
  const meta: Metadata = { id: metadata.id, name: metadata.name };
  if (metadata.description) meta.description = metadata.description;
  if (metadata.tags && metadata.tags.length > 0) meta.tags = metadata.tags;
  return { apiVersion: API_VERSION, kind, metadata: meta, spec: dropUndefined(spec) };
}

function dropUndefined(spec: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) if (v !== undefined) out[k] = v;
  return out;
}

/** Fact files and their columns, exactly as landscape-format.md lists them (order matters). */
export const FACT_COLUMNS = {
  'work-items': [
    'id',
    'type',
    'valueStream',
    'createdAt',
    'startedAt',
    'doneAt',
    'resolution',
    'severity',
    'foundIn',
    'injectedIn',
    'duplicateOf',
  ],
  passages: ['workItem', 'stage', 'enteredAt', 'leftAt', 'activeHours'],
  deployments: ['id', 'stage', 'valueStream', 'at', 'status', 'changeCreatedAt'],
  incidents: ['id', 'stage', 'valueStream', 'openedAt', 'resolvedAt', 'causedBy'],
  measures: ['scope', 'metric', 'at', 'value'],
} as const;
export type FactFile = keyof typeof FACT_COLUMNS;
export const FACT_FILES = Object.keys(FACT_COLUMNS) as FactFile[];
