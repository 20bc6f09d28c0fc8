import type { KindName } from '@streamscape/domain';

/**
 * The reference field that a list's `filter.parent` follows, per kind: what the entity is part of or
 * belongs to. Kinds without an entry (Enterprise, Product, Objective, Finding, Decision) have no parent filter.
 */
export const PARENT_FIELDS: Readonly<Partial<Record<KindName, string>>> = {
  OrgUnit: 'partOf',
  Domain: 'partOf',
  Budget: 'providedBy',
  ValueStream: 'partOf',
  Stage: 'valueStream',
  IntegrationPoint: 'at',
  Variant: 'of',
  Generation: 'of',
  Component: 'partOf',
  Team: 'memberOf',
  KeyResult: 'objective',
  Kpi: 'scope',
  Initiative: 'owner',
  TransformationStep: 'initiative',
};

/**
 * A field that walks a reference backwards: `Domain.valueStreams` lists the value streams whose `partOf`
 * names the domain. Reference fields themselves need no entry: every one is a field of its kind.
 */
export interface InverseField {
  /** the kind that gets the field */
  readonly on: KindName;
  readonly name: string;
  /** the kind whose reference field `via` points at `on` */
  readonly from: KindName;
  readonly via: string;
  readonly description: string;
}

/** The inverse navigation of the API, enough to drill enterprise -> domain -> stream -> stage and back. */
export const INVERSE_FIELDS: readonly InverseField[] = [
  { on: 'Enterprise', name: 'domains', from: 'Domain', via: 'partOf', description: 'its domains' },
  {
    on: 'Enterprise',
    name: 'orgUnits',
    from: 'OrgUnit',
    via: 'partOf',
    description: 'its top-level org units',
  },
  { on: 'OrgUnit', name: 'subUnits', from: 'OrgUnit', via: 'partOf', description: 'org units part of it' },
  { on: 'OrgUnit', name: 'teams', from: 'Team', via: 'memberOf', description: 'teams that are members' },
  {
    on: 'OrgUnit',
    name: 'budgets',
    from: 'Budget',
    via: 'providedBy',
    description: 'budgets it provides',
  },
  {
    on: 'Domain',
    name: 'valueStreams',
    from: 'ValueStream',
    via: 'partOf',
    description: 'its top-level value streams (sub-streams hang off their stream)',
  },
  { on: 'Domain', name: 'budgets', from: 'Budget', via: 'funds', description: 'budgets that fund it' },
  {
    on: 'Domain',
    name: 'responsibleFor',
    from: 'IntegrationPoint',
    via: 'responsible',
    description: 'integration points it is responsible for',
  },
  {
    on: 'ValueStream',
    name: 'subStreams',
    from: 'ValueStream',
    via: 'partOf',
    description: 'its sub-streams',
  },
  {
    on: 'ValueStream',
    name: 'stages',
    from: 'Stage',
    via: 'valueStream',
    description: 'its stages, in Assembly Line order',
  },
  { on: 'ValueStream', name: 'teams', from: 'Team', via: 'worksOn', description: 'teams that work on it' },
  { on: 'ValueStream', name: 'budgets', from: 'Budget', via: 'funds', description: 'budgets that fund it' },
  {
    on: 'Stage',
    name: 'integrationPoints',
    from: 'IntegrationPoint',
    via: 'at',
    description: 'integration points at this stage',
  },
  { on: 'Stage', name: 'teams', from: 'Team', via: 'worksOn', description: 'teams that work on it' },
  { on: 'Stage', name: 'flowsFrom', from: 'Stage', via: 'flowsTo', description: 'stages that flow into it' },
  {
    on: 'IntegrationPoint',
    name: 'deliveredBy',
    from: 'ValueStream',
    via: 'deliversTo',
    description: 'value streams that deliver to it',
  },
  { on: 'Product', name: 'variants', from: 'Variant', via: 'of', description: 'its variants' },
  { on: 'Product', name: 'generations', from: 'Generation', via: 'of', description: 'its generations' },
  {
    on: 'Product',
    name: 'deliveredBy',
    from: 'ValueStream',
    via: 'delivers',
    description: 'value streams that deliver it',
  },
  {
    on: 'Variant',
    name: 'deliveredBy',
    from: 'ValueStream',
    via: 'delivers',
    description: 'value streams that deliver it',
  },
  { on: 'Component', name: 'ownedBy', from: 'Team', via: 'owns', description: 'teams that own it' },
  {
    on: 'Component',
    name: 'dependents',
    from: 'Component',
    via: 'dependsOn',
    description: 'components that depend on it',
  },
  { on: 'Component', name: 'parts', from: 'Component', via: 'partOf', description: 'components part of it' },
  { on: 'Component', name: 'builtIn', from: 'Stage', via: 'builds', description: 'stages that build it' },
  { on: 'Team', name: 'budgets', from: 'Budget', via: 'funds', description: 'budgets that fund it' },
  {
    on: 'Team',
    name: 'responsibleFor',
    from: 'IntegrationPoint',
    via: 'responsible',
    description: 'integration points it is responsible for',
  },
  {
    on: 'Objective',
    name: 'keyResults',
    from: 'KeyResult',
    via: 'objective',
    description: 'its key results',
  },
  { on: 'Kpi', name: 'keyResults', from: 'KeyResult', via: 'kpi', description: 'key results measured by it' },
  {
    on: 'Initiative',
    name: 'steps',
    from: 'TransformationStep',
    via: 'initiative',
    description: 'its transformation steps',
  },
  {
    on: 'TransformationStep',
    name: 'requiredBy',
    from: 'TransformationStep',
    via: 'requires',
    description: 'steps that require this one',
  },
];
