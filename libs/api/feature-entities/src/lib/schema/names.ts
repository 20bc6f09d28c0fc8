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
  type FieldDef,
  type KindDef,
  type KindName,
  type RefFieldDef,
} from '@streamscape/domain';

/** How the registry's names become GraphQL names; the one place to look when a name surprises. */

export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
export const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `valueStream(id)` */
export const oneQueryName = (kind: KindName): string => lowerFirst(kind);
/** `valueStreams(first, after, filter)`: every kind name takes a plain -s */
export const listQueryName = (kind: KindName): string => `${lowerFirst(kind)}s`;

/** Fields every entity type has through the `LandscapeEntity` interface. */
const ENTITY_FIELDS = ['id', 'kind', 'name', 'description', 'tags'] as const;

/**
 * The GraphQL name of a spec field: its registry name, unless an entity field already has it (a finding's
 * `kind` becomes `findingKind`, as `kind` is the entity's kind).
 */
export function graphqlFieldName(def: KindDef, field: FieldDef): string {
  return (ENTITY_FIELDS as readonly string[]).includes(field.name)
    ? `${lowerFirst(def.kind)}${upperFirst(field.name)}`
    : field.name;
}

/** GraphQL enum names of the registry's enumerations (found by identity of the value list). */
export const ENUM_NAMES = new Map<readonly string[], string>([
  [OPERATING_MODES, 'OperatingMode'],
  [ORG_UNIT_TYPES, 'OrgUnitType'],
  [OBLIGATION_KINDS, 'ObligationKind'],
  [FUNDING_MODELS, 'FundingModel'],
  [VALUE_STREAM_TYPES, 'ValueStreamType'],
  [INTEGRATION_LEVELS, 'IntegrationLevel'],
  [GENERATION_STATUSES, 'GenerationStatus'],
  [COMPONENT_GENERATIONS, 'ComponentGeneration'],
  [TEAM_TYPES, 'TeamType'],
  [INTERACTION_MODES, 'InteractionMode'],
  [PERFORMANCE_PARAMETERS, 'PerformanceParameter'],
  [TARGET_DIRECTIONS, 'TargetDirection'],
  [STEP_STATUSES, 'StepStatus'],
  [FINDING_KINDS, 'FindingKind'],
  [SEVERITIES, 'Severity'],
  [FINDING_STATUSES, 'FindingStatus'],
  [METRIC_IDS, 'MetricId'],
]);

/** Names of the object types of list items that carry properties besides their reference. */
const ITEM_TYPE_NAMES: Readonly<Record<string, string>> = {
  'Domain.obligations': 'Obligation',
  'Stage.feedbackTo': 'FeedbackLoop',
  'Component.dependsOn': 'ComponentDependency',
  'Team.interactsWith': 'TeamInteraction',
  'TransformationStep.sets': 'FieldAssignment',
};

export function itemTypeName(def: KindDef, field: RefFieldDef): string {
  const name = ITEM_TYPE_NAMES[`${def.kind}.${field.name}`];
  if (!name)
    throw new Error(`${def.kind}.${field.name} has items but no GraphQL type name in ITEM_TYPE_NAMES`);
  return name;
}

/** `ValueStream` + `canvas` -> `ValueStreamCanvas` */
export const groupTypeName = (def: KindDef, group: string): string => `${def.kind}${upperFirst(group)}`;
