import {
  COMPONENT_GENERATIONS,
  FINDING_KINDS,
  FINDING_STATUSES,
  FUNDING_MODELS,
  GENERATION_STATUSES,
  INTEGRATION_LEVELS,
  INTERACTION_MODES,
  METRIC_IDS,
  OBLIGATION_KINDS,
  OPERATING_MODES,
  ORG_UNIT_TYPES,
  PERFORMANCE_PARAMETERS,
  SEVERITIES,
  STEP_STATUSES,
  TARGET_DIRECTIONS,
  TEAM_TYPES,
  VALUE_STREAM_TYPES,
} from './enums';

/**
 * The landscape model as data. One registry drives the JSON Schema, validation, import, export and
 * the graph schema, so a new kind or field is added in one place.
 */
export const KIND_NAMES = [
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
export type KindName = (typeof KIND_NAMES)[number];

export type ScalarType = 'string' | 'integer' | 'number' | 'date' | 'duration' | 'string-list' | 'scalar';

export interface ScalarFieldDef {
  readonly name: string;
  readonly type: ScalarType;
  readonly enum?: readonly string[];
  readonly required?: boolean;
}

/** An object-valued field (e.g. a stream's `canvas`) kept as prefixed node properties (`canvasPurpose`). */
export interface GroupFieldDef {
  readonly name: string;
  readonly group: readonly ScalarFieldDef[];
}

/**
 * A field holding references. It becomes relationships of type `rel`, from the entity to the target
 * (`reverse` turns the direction round, e.g. a budget's `providedBy` is `(OrgUnit)-[:PROVIDES]->(Budget)`).
 * List items may be objects (`item`) whose other keys become relationship properties.
 */
export interface RefFieldDef {
  readonly name: string;
  readonly targets: readonly KindName[];
  readonly many: boolean;
  readonly required?: boolean;
  readonly rel: string;
  readonly reverse?: boolean;
  readonly item?: {
    /** key of the item that holds the reference */
    readonly refKey: string;
    readonly props: readonly ScalarFieldDef[];
    /** a bare reference is accepted in place of the object (`dependsOn: [engine-ecu]`) */
    readonly shorthand?: boolean;
    /** relationship properties that distinguish two relationships to the same target */
    readonly identity?: readonly string[];
  };
}

export type FieldDef = ScalarFieldDef | GroupFieldDef | RefFieldDef;

export interface KindDef {
  readonly kind: KindName;
  /** the graph label */
  readonly label: string;
  /** the kind as spelled in references (`value-stream:ev-drive`) */
  readonly refName: string;
  readonly fields: readonly FieldDef[];
}

export const isRefField = (f: FieldDef): f is RefFieldDef => 'rel' in f;
export const isGroupField = (f: FieldDef): f is GroupFieldDef => 'group' in f;
export const isScalarField = (f: FieldDef): f is ScalarFieldDef => !isRefField(f) && !isGroupField(f);

const ALL: readonly KindName[] = KIND_NAMES;

const operatingModes = (): ScalarFieldDef[] => [
  { name: 'operatingMode', type: 'string', enum: OPERATING_MODES },
  { name: 'targetOperatingMode', type: 'string', enum: OPERATING_MODES },
];

const about: RefFieldDef = { name: 'about', targets: ALL, many: true, rel: 'ABOUT' };

const DEFS: readonly Omit<KindDef, 'label' | 'refName'>[] = [
  { kind: 'Enterprise', fields: [] },
  {
    kind: 'OrgUnit',
    fields: [
      { name: 'type', type: 'string', enum: ORG_UNIT_TYPES },
      { name: 'partOf', targets: ['OrgUnit', 'Enterprise'], many: false, rel: 'PART_OF' },
    ],
  },
  {
    kind: 'Domain',
    fields: [
      { name: 'partOf', targets: ['Enterprise'], many: false, required: true, rel: 'PART_OF' },
      ...operatingModes(),
      {
        name: 'obligations',
        targets: ['Product', 'Generation', 'IntegrationPoint'],
        many: true,
        rel: 'OBLIGED_TO',
        item: {
          refKey: 'target',
          props: [{ name: 'kind', type: 'string', enum: OBLIGATION_KINDS, required: true }],
          identity: ['kind'],
        },
      },
    ],
  },
  {
    kind: 'Budget',
    fields: [
      { name: 'providedBy', targets: ['OrgUnit'], many: false, rel: 'PROVIDES', reverse: true },
      { name: 'fiscalYear', type: 'integer', required: true },
      { name: 'amount', type: 'number', required: true },
      { name: 'currency', type: 'string', required: true },
      { name: 'model', type: 'string', enum: FUNDING_MODELS, required: true },
      { name: 'funds', targets: ['Domain', 'ValueStream', 'Team'], many: true, required: true, rel: 'FUNDS' },
    ],
  },
  {
    kind: 'ValueStream',
    fields: [
      { name: 'partOf', targets: ['Domain', 'ValueStream'], many: false, required: true, rel: 'PART_OF' },
      { name: 'type', type: 'string', enum: VALUE_STREAM_TYPES },
      ...operatingModes(),
      {
        name: 'canvas',
        group: [
          { name: 'purpose', type: 'string' },
          { name: 'customers', type: 'string-list' },
          { name: 'trigger', type: 'string' },
          { name: 'valueHandover', type: 'string' },
          { name: 'boundaries', type: 'string' },
        ],
      },
      { name: 'delivers', targets: ['Product', 'Variant'], many: true, rel: 'DELIVERS' },
      { name: 'deliversTo', targets: ['IntegrationPoint'], many: true, rel: 'DELIVERS_TO' },
    ],
  },
  {
    kind: 'Stage',
    fields: [
      { name: 'valueStream', targets: ['ValueStream'], many: false, required: true, rel: 'STAGE_OF' },
      { name: 'order', type: 'integer', required: true },
      { name: 'integrationLevel', type: 'string', enum: INTEGRATION_LEVELS },
      { name: 'qualityGate', type: 'string' },
      { name: 'activities', type: 'string-list' },
      { name: 'flowsTo', targets: ['Stage'], many: true, rel: 'FLOWS_TO' },
      {
        name: 'feedbackTo',
        targets: ['Stage'],
        many: true,
        rel: 'FEEDBACK_TO',
        item: { refKey: 'stage', props: [{ name: 'delayDays', type: 'number' }] },
      },
      { name: 'builds', targets: ['Component'], many: true, rel: 'BUILT_IN', reverse: true },
      { name: 'wipLimit', type: 'integer' },
    ],
  },
  {
    kind: 'IntegrationPoint',
    fields: [
      { name: 'at', targets: ['Stage'], many: false, rel: 'AT' },
      { name: 'level', type: 'string', enum: INTEGRATION_LEVELS },
      { name: 'responsible', targets: ['Team', 'Domain'], many: true, rel: 'RESPONSIBLE_FOR', reverse: true },
    ],
  },
  { kind: 'Product', fields: [] },
  {
    kind: 'Variant',
    fields: [{ name: 'of', targets: ['Product'], many: false, required: true, rel: 'VARIANT_OF' }],
  },
  {
    kind: 'Generation',
    fields: [
      { name: 'of', targets: ['Product'], many: false, required: true, rel: 'GENERATION_OF' },
      { name: 'status', type: 'string', enum: GENERATION_STATUSES },
      { name: 'endOfLife', type: 'date' },
    ],
  },
  {
    kind: 'Component',
    fields: [
      { name: 'generation', type: 'string', enum: COMPONENT_GENERATIONS },
      { name: 'partOf', targets: ['Component'], many: false, rel: 'PART_OF' },
      {
        name: 'dependsOn',
        targets: ['Component'],
        many: true,
        rel: 'DEPENDS_ON',
        item: { refKey: 'component', props: [{ name: 'weight', type: 'number' }], shorthand: true },
      },
    ],
  },
  {
    kind: 'Team',
    fields: [
      { name: 'type', type: 'string', enum: TEAM_TYPES },
      { name: 'size', type: 'integer' },
      { name: 'memberOf', targets: ['OrgUnit'], many: false, rel: 'MEMBER_OF' },
      { name: 'worksOn', targets: ['ValueStream', 'Stage'], many: true, rel: 'WORKS_ON' },
      { name: 'owns', targets: ['Component'], many: true, rel: 'OWNS' },
      {
        name: 'interactsWith',
        targets: ['Team'],
        many: true,
        rel: 'INTERACTS_WITH',
        item: {
          refKey: 'team',
          props: [{ name: 'mode', type: 'string', enum: INTERACTION_MODES }],
        },
      },
      { name: 'operatingMode', type: 'string', enum: OPERATING_MODES },
    ],
  },
  { kind: 'Objective', fields: [{ name: 'parameter', type: 'string', enum: PERFORMANCE_PARAMETERS }] },
  {
    kind: 'KeyResult',
    fields: [
      { name: 'objective', targets: ['Objective'], many: false, required: true, rel: 'KEY_RESULT_OF' },
      { name: 'kpi', targets: ['Kpi'], many: false, rel: 'MEASURED_BY' },
      {
        name: 'target',
        group: [
          { name: 'value', type: 'number' },
          { name: 'by', type: 'date' },
        ],
      },
    ],
  },
  {
    kind: 'Kpi',
    fields: [
      { name: 'metric', type: 'string', enum: METRIC_IDS, required: true },
      { name: 'scope', targets: ALL, many: false, required: true, rel: 'SCOPE' },
      { name: 'window', type: 'duration' },
      {
        name: 'target',
        group: [
          { name: 'value', type: 'number' },
          { name: 'direction', type: 'string', enum: TARGET_DIRECTIONS },
        ],
      },
    ],
  },
  {
    kind: 'Initiative',
    fields: [{ name: 'owner', targets: ['Team', 'OrgUnit'], many: false, rel: 'OWNED_BY' }],
  },
  {
    kind: 'TransformationStep',
    fields: [
      { name: 'initiative', targets: ['Initiative'], many: false, rel: 'INCLUDES', reverse: true },
      { name: 'status', type: 'string', enum: STEP_STATUSES },
      { name: 'effortWeeks', type: 'number' },
      { name: 'plannedStart', type: 'date' },
      { name: 'changes', targets: ALL, many: true, rel: 'CHANGES' },
      { name: 'requires', targets: ['TransformationStep'], many: true, rel: 'REQUIRES' },
      {
        name: 'sets',
        targets: ALL,
        many: true,
        rel: 'SETS',
        item: {
          refKey: 'target',
          props: [
            { name: 'field', type: 'string', required: true },
            { name: 'value', type: 'scalar', required: true },
          ],
          identity: ['field'],
        },
      },
    ],
  },
  {
    kind: 'Finding',
    fields: [
      { name: 'kind', type: 'string', enum: FINDING_KINDS },
      { name: 'severity', type: 'string', enum: SEVERITIES },
      { name: 'status', type: 'string', enum: FINDING_STATUSES },
      about,
    ],
  },
  {
    kind: 'Decision',
    fields: [
      { name: 'date', type: 'date', required: true },
      { name: 'outcome', type: 'string', required: true },
      { name: 'rationale', type: 'string' },
      about,
    ],
  },
];

/** `ValueStream` -> `value-stream` */
export function kebab(kind: string): string {
  return kind.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export const KINDS: readonly KindDef[] = DEFS.map((d) => ({ ...d, label: d.kind, refName: kebab(d.kind) }));

const byKind = new Map<string, KindDef>(KINDS.map((k) => [k.kind, k]));
const byRefName = new Map<string, KindDef>(KINDS.map((k) => [k.refName, k]));

export function kindDef(kind: KindName): KindDef {
  const def = byKind.get(kind);
  if (!def) throw new Error(`Unknown kind ${kind}`);
  return def;
}

export const findKind = (kind: string): KindDef | undefined => byKind.get(kind);
export const findKindByRefName = (refName: string): KindDef | undefined => byRefName.get(refName);

/** Node property name for a group member: `canvas` + `valueHandover` -> `canvasValueHandover`. */
export function groupProperty(group: string, member: string): string {
  return group + member.charAt(0).toUpperCase() + member.slice(1);
}
