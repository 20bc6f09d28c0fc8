import { DEPLOYMENT_STATUSES, RESOLUTIONS, WORK_ITEM_TYPES } from './enums';
import type { KindName } from './kinds';

/**
 * The bulk flow facts (landscape-format.md, "Facts"). Each fact file type is a table of columns;
 * a column is a value, a reference to an entity, or a reference to another fact.
 */
export const FACT_TYPES = ['work-items', 'passages', 'deployments', 'incidents', 'measures'] as const;
export type FactType = (typeof FACT_TYPES)[number];

export type FactColumnType = 'id' | 'string' | 'number' | 'datetime' | 'enum' | 'entity-ref' | 'fact-ref';

export interface FactColumnDef {
  readonly name: string;
  readonly type: FactColumnType;
  readonly required?: boolean;
  readonly enum?: readonly string[];
  /** for entity-ref: the kinds it may name (a bare id when only one) */
  readonly targets?: readonly KindName[];
  /** for fact-ref: the fact type it names */
  readonly fact?: FactType;
}

export interface FactTypeDef {
  readonly type: FactType;
  readonly label: string;
  readonly columns: readonly FactColumnDef[];
  /** groups of columns of which exactly one must be present (`stage` or `valueStream`) */
  readonly oneOf?: readonly (readonly string[])[];
}

export const FACT_DEFS: readonly FactTypeDef[] = [
  {
    type: 'work-items',
    label: 'WorkItem',
    columns: [
      { name: 'id', type: 'id', required: true },
      { name: 'type', type: 'enum', enum: WORK_ITEM_TYPES, required: true },
      { name: 'valueStream', type: 'entity-ref', targets: ['ValueStream'] },
      { name: 'createdAt', type: 'datetime', required: true },
      { name: 'startedAt', type: 'datetime' },
      { name: 'doneAt', type: 'datetime' },
      { name: 'resolution', type: 'enum', enum: RESOLUTIONS },
      { name: 'severity', type: 'string' },
      { name: 'foundIn', type: 'entity-ref', targets: ['Stage'] },
      { name: 'injectedIn', type: 'entity-ref', targets: ['Stage'] },
      { name: 'duplicateOf', type: 'fact-ref', fact: 'work-items' },
    ],
  },
  {
    type: 'passages',
    label: 'Passage',
    columns: [
      { name: 'workItem', type: 'fact-ref', fact: 'work-items', required: true },
      { name: 'stage', type: 'entity-ref', targets: ['Stage'], required: true },
      { name: 'enteredAt', type: 'datetime', required: true },
      { name: 'leftAt', type: 'datetime' },
      { name: 'activeHours', type: 'number' },
    ],
  },
  {
    type: 'deployments',
    label: 'Deployment',
    columns: [
      { name: 'id', type: 'id', required: true },
      { name: 'stage', type: 'entity-ref', targets: ['Stage'] },
      { name: 'valueStream', type: 'entity-ref', targets: ['ValueStream'] },
      { name: 'at', type: 'datetime', required: true },
      { name: 'status', type: 'enum', enum: DEPLOYMENT_STATUSES, required: true },
      { name: 'changeCreatedAt', type: 'datetime' },
    ],
    oneOf: [['stage', 'valueStream']],
  },
  {
    type: 'incidents',
    label: 'Incident',
    columns: [
      { name: 'id', type: 'id', required: true },
      { name: 'stage', type: 'entity-ref', targets: ['Stage'] },
      { name: 'valueStream', type: 'entity-ref', targets: ['ValueStream'] },
      { name: 'openedAt', type: 'datetime', required: true },
      { name: 'resolvedAt', type: 'datetime' },
      { name: 'causedBy', type: 'fact-ref', fact: 'deployments' },
    ],
    oneOf: [['stage', 'valueStream']],
  },
  {
    type: 'measures',
    label: 'Measure',
    columns: [
      { name: 'scope', type: 'entity-ref', required: true },
      // a measure may carry any metric (e.g. an engagement survey score), not only the computed ones
      { name: 'metric', type: 'id', required: true },
      { name: 'at', type: 'datetime', required: true },
      { name: 'value', type: 'number', required: true },
    ],
  },
];

export function factDef(type: FactType): FactTypeDef {
  const def = FACT_DEFS.find((d) => d.type === type);
  if (!def) throw new Error(`Unknown fact type ${type}`);
  return def;
}
