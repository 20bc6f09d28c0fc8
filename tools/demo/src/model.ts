/**
 * The shapes the generator writes: landscape documents (landscape-format.md, v1 contract) and
 * the fact file columns. Kept separate from the catalog so that the contract lives in one place.
 */

// the contract's constants come from the model registry, so the generator cannot drift from the importer
import { API_VERSION, findKindByRefName, kebab, type KindName as Kind } from '@streamscape/domain';

export { API_VERSION, ID_PATTERN, KIND_NAMES as KINDS, METRIC_IDS } from '@streamscape/domain';
export type { KindName as Kind, MetricId } from '@streamscape/domain';

export type OperatingMode = 'project' | 'product' | 'hybrid';
export type IntegrationLevel = 'component' | 'subsystem' | 'system' | 'product' | 'customer';
export type TeamType = 'stream-aligned' | 'platform' | 'enabling' | 'complicated-subsystem';
export type InteractionMode = 'collaboration' | 'x-as-a-service' | 'facilitating';
export type ComponentGeneration = 'legacy' | 'current' | 'next';
export type GenerationStatus = 'planned' | 'active' | 'legacy';
export type BudgetModel = 'project' | 'product' | 'capacity';
export type StepStatus = 'proposed' | 'planned' | 'in-progress' | 'done';
export type Parameter = 'time-to-market' | 'productivity' | 'quality' | 'engagement';

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
export const kindSlug = (kind: Kind): string => kebab(kind);

export const kindFromSlug = (slug: string): Kind | undefined => findKindByRefName(slug)?.kind;

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
