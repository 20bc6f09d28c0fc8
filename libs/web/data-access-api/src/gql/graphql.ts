/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Narrows a list of Budgets; all conditions hold together */
export type BudgetFilter = {
  /** Only entities whose `providedBy` names this OrgUnit (an id, or kind:id) */
  parent?: string | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

/** What makes a component central */
export type CentralityOrder =
  /** importance passed along dependencies, in proportion to their weight */
  | 'PAGE_RANK'
  /** the weight of its dependencies in both directions */
  | 'WEIGHTED_DEGREE'
  /** the weight of the dependencies on it */
  | 'WEIGHTED_IN_DEGREE';

/** Narrows a list of Components; all conditions hold together */
export type ComponentFilter = {
  /** Only entities whose `partOf` names this Component (an id, or kind:id) */
  parent?: string | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

export type ComponentGeneration = 'CURRENT' | 'LEGACY' | 'NEXT';

/** A review to hold: freezes the landscape now and records the decisions */
export type CreateReviewInput = {
  /** Keycloak group paths that may open it (`/board`) */
  audienceGroups?: Array<string>;
  /** realm roles that may open it: viewer, architect, transformation-lead, admin */
  audienceRoles?: Array<string>;
  /** the decisions it records (they must exist) */
  decisionIds?: Array<string | number>;
  description?: string | null | undefined;
  /** ISO date the board meets; default today (UTC) */
  heldOn?: string | null | undefined;
  /** default: made from the name and date */
  id?: string | number | null | undefined;
  /** freeze the transformation view of this initiative only */
  initiativeId?: string | number | null | undefined;
  name: string;
  /** the performance window; default the 90 days up to the end of heldOn */
  window?: WindowInput | null | undefined;
};

/** Narrows a list of Decisions; all conditions hold together */
export type DecisionFilter = {
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

/** What the ends of a dependency path are */
export type DependencyPathKind =
  /** components: DEPENDS_ON only */
  | 'COMPONENT'
  /** domains, standing for the components built in their streams */
  | 'DOMAIN'
  /** teams, standing for the components they own (OWNS) */
  | 'TEAM'
  /** value streams, standing for the components built in them, their stages or sub-streams (BUILT_IN, STAGE_OF, PART_OF) */
  | 'VALUE_STREAM';

/** Narrows a list of Domains; all conditions hold together */
export type DomainFilter = {
  /** Only entities whose `partOf` names this Enterprise (an id, or kind:id) */
  parent?: string | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

/** DORA's software delivery performance level of a four-keys value (State of DevOps Report 2023) */
export type DoraBand = 'ELITE' | 'HIGH' | 'LOW' | 'MEDIUM';

/** Narrows a list of Enterprises; all conditions hold together */
export type EnterpriseFilter = {
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

/** The kind of a landscape entity */
export type EntityKind =
  | 'Budget'
  | 'Component'
  | 'Decision'
  | 'Domain'
  | 'Enterprise'
  | 'Finding'
  | 'Generation'
  | 'Initiative'
  | 'IntegrationPoint'
  | 'KeyResult'
  | 'Kpi'
  | 'Objective'
  | 'OrgUnit'
  | 'Product'
  | 'Stage'
  | 'Team'
  | 'TransformationStep'
  | 'ValueStream'
  | 'Variant';

/** Which findings: all conditions must hold */
export type FindingsFilter = {
  /** a domain id: findings of its domain view */
  domain?: string | number | null | undefined;
  /** a rule id, or `manual` for stored findings */
  rule?: string | null | undefined;
  severity?: ViewFindingSeverity | null | undefined;
};

export type FundingModel = 'CAPACITY' | 'PRODUCT' | 'PROJECT';

/** Narrows a list of Generations; all conditions hold together */
export type GenerationFilter = {
  /** Only entities whose `of` names this Product (an id, or kind:id) */
  parent?: string | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

export type GenerationStatus = 'ACTIVE' | 'LEGACY' | 'PLANNED';

/** Narrows a list of Initiatives; all conditions hold together */
export type InitiativeFilter = {
  /** Only entities whose `owner` names this Team or OrgUnit (an id, or kind:id) */
  parent?: string | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

export type IntegrationLevel = 'COMPONENT' | 'CUSTOMER' | 'PRODUCT' | 'SUBSYSTEM' | 'SYSTEM';

/** Narrows a list of IntegrationPoints; all conditions hold together */
export type IntegrationPointFilter = {
  /** Only entities whose `at` names this Stage (an id, or kind:id) */
  parent?: string | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

export type InteractionMode = 'COLLABORATION' | 'FACILITATING' | 'X_AS_A_SERVICE';

/** Narrows a list of KeyResults; all conditions hold together */
export type KeyResultFilter = {
  /** Only entities whose `objective` names this Objective (an id, or kind:id) */
  parent?: string | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

/** Narrows a list of Kpis; all conditions hold together */
export type KpiFilter = {
  /** Only entities whose `scope` names this Enterprise or OrgUnit or Domain or Budget or ValueStream or Stage or IntegrationPoint or Product or Variant or Generation or Component or Team or Objective or KeyResult or Kpi or Initiative or TransformationStep or Finding or Decision (an id, or kind:id) */
  parent?: string | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

/** A performance parameter: time to market, productivity, quality, engagement (what objectives and KPIs steer) */
export type KpiParameter = 'ENGAGEMENT' | 'PRODUCTIVITY' | 'QUALITY' | 'TIME_TO_MARKET';

export type KpiStatus = 'NO_DATA' | 'NO_TARGET' | 'OFF_TRACK' | 'ON_TRACK';

export type KpiTrendDirection = 'FLAT' | 'IMPROVING' | 'UNKNOWN' | 'WORSENING';

/** Trend buckets: UTC days, ISO weeks (Monday to Sunday, UTC) or calendar months (UTC) */
export type MetricBucket = 'DAY' | 'MONTH' | 'WEEK';

export type MetricDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

export type MetricId =
  | 'CHANGE_FAILURE_RATE'
  | 'DEFECT_ESCAPE_RATE'
  | 'DEFECT_INFLOW'
  | 'DEFECT_OUTFLOW'
  | 'DEFECT_RESOLUTION_TIME'
  | 'DEPLOYMENT_FREQUENCY'
  | 'DUPLICATE_RATIO'
  | 'ENGAGEMENT'
  | 'FEEDBACK_CYCLE_TIME'
  | 'FLOW_DISTRIBUTION'
  | 'FLOW_EFFICIENCY'
  | 'FLOW_LOAD'
  | 'FLOW_TIME'
  | 'FLOW_VELOCITY'
  | 'LEAD_TIME_FOR_CHANGES'
  | 'NON_DEFECT_RATIO'
  | 'TIME_TO_RESTORE'
  | 'WAIT_TIME';

/** Where the values were read: the weekly rollups, or the facts themselves (before rollups are built) */
export type MetricsSource = 'FACTS' | 'ROLLUPS';

/** Narrows a list of Objectives; all conditions hold together */
export type ObjectiveFilter = {
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

export type ObligationKind = 'DELIVER' | 'INTEGRATE' | 'MAINTAIN';

export type OperatingMode = 'HYBRID' | 'PRODUCT' | 'PROJECT';

/** Narrows a list of OrgUnits; all conditions hold together */
export type OrgUnitFilter = {
  /** Only entities whose `partOf` names this OrgUnit or Enterprise (an id, or kind:id) */
  parent?: string | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

export type OrgUnitType = 'BUSINESS_UNIT' | 'DEPARTMENT' | 'SITE';

export type PerformanceFindingSeverity = 'HIGH' | 'LOW' | 'MEDIUM';

export type PerformanceParameter = 'ENGAGEMENT' | 'PRODUCTIVITY' | 'QUALITY' | 'TIME_TO_MARKET';

/** One change to try on the plan */
export type PlanEditInput = {
  /** ADD: what the new step changes (landscape references, `value-stream:ev-drive`) */
  changes?: Array<string | number> | null | undefined;
  /** ADD: its effort in weeks (default 0) */
  effortWeeks?: number | null | undefined;
  kind: PlanEditKind;
  /** ADD: a name for the new step */
  name?: string | null | undefined;
  /** ADD, MOVE: not before this wave (1-based); MOVE: 0 unpins */
  notBeforeWave?: number | null | undefined;
  /** ADD, MOVE: the step ids it requires */
  requires?: Array<string | number> | null | undefined;
  stepId: string | number;
};

export type PlanEditKind =
  /** a new step: stepId, effortWeeks, requires, optionally name and changes */
  | 'ADD'
  /** new requirements (requires, when given) and/or a pin to a wave (notBeforeWave; 0 unpins) */
  | 'MOVE'
  /** the step leaves the plan, and so do the requirements on it */
  | 'REMOVE';

export type PlannedStepState =
  /** finished: counts as done at week 0, in wave 0 */
  | 'DONE'
  /** has a wave and times */
  | 'SCHEDULED'
  /** in a cycle, or requires a step in one (directly or not) */
  | 'UNSCHEDULABLE';

/** Narrows a list of Products; all conditions hold together */
export type ProductFilter = {
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

/** A decision to record; about names landscape entities (`domain:powertrain`) */
export type RecordDecisionInput = {
  /** references, `kind:id` */
  about?: Array<string>;
  /** ISO date; default today (UTC) */
  date?: string | null | undefined;
  /** default: made from the name */
  id?: string | number | null | undefined;
  name: string;
  /** approved, rejected, deferred, ... */
  outcome: string;
  rationale?: string | null | undefined;
};

/** What to measure: the enterprise (no id), or a domain, value stream, stage, ... by id */
export type ScopeInput = {
  /** the id of the domain, stream, stage, ...; none for the enterprise */
  id?: string | null | undefined;
  kind: ScopeKind;
};

/** What a performance scope is: the enterprise, a domain, a value stream (with its sub-streams), a stage, ... */
export type ScopeKind =
  'DOMAIN' | 'ENTERPRISE' | 'INTEGRATION_POINT' | 'ORG_UNIT' | 'STAGE' | 'TEAM' | 'VALUE_STREAM';

/** Narrows a list of Stages; all conditions hold together */
export type StageFilter = {
  /** Only entities whose `valueStream` names this ValueStream (an id, or kind:id) */
  parent?: string | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

export type StepStatus = 'DONE' | 'IN_PROGRESS' | 'PLANNED' | 'PROPOSED';

export type TargetDirection = 'DOWN' | 'UP';

/** Narrows a list of Teams; all conditions hold together */
export type TeamFilter = {
  /** Only entities whose `memberOf` names this OrgUnit (an id, or kind:id) */
  parent?: string | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

export type TeamType = 'COMPLICATED_SUBSYSTEM' | 'ENABLING' | 'PLATFORM' | 'STREAM_ALIGNED';

/** Narrows a list of TransformationSteps; all conditions hold together */
export type TransformationStepFilter = {
  /** Only entities whose `initiative` names this Initiative (an id, or kind:id) */
  parent?: string | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

/** Narrows a list of ValueStreams; all conditions hold together */
export type ValueStreamFilter = {
  /** Only entities whose `partOf` names this Domain or ValueStream (an id, or kind:id) */
  parent?: string | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

export type ValueStreamType = 'DEVELOPMENT' | 'OPERATIONAL';

/** Narrows a list of Variants; all conditions hold together */
export type VariantFilter = {
  /** Only entities whose `of` names this Product (an id, or kind:id) */
  parent?: string | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** The entity carries every one */
  tags?: Array<string> | null | undefined;
};

/** What a view edge says */
export type ViewEdgeKind =
  /** integration point -> the stage it sits at */
  | 'AT'
  /** component -> stage (or stream) that builds it */
  | 'BUILT_IN'
  /** transformation step -> what it changes */
  | 'CHANGES'
  /** sub-stream <-> sub-stream: summed crossing dependencies; attribute density */
  | 'COUPLING'
  /** stream -> product or variant */
  | 'DELIVERS'
  /** stream (domain view) or domain (enterprise view) -> integration point; weight: streams */
  | 'DELIVERS_TO'
  /** component -> component, domain -> domain (summed component dependencies), or stream/team -> stream/team (transformation view: attribute via); weight */
  | 'DEPENDS_ON'
  /** stage -> earlier stage it feeds back to; weight and attribute delayDays */
  | 'FEEDBACK_TO'
  /** stage -> next stage of the Assembly Line */
  | 'FLOWS_TO'
  /** budget -> domain it reaches (directly, through a stream or a team); weight: the amount */
  | 'FUNDS'
  /** initiative -> transformation step */
  | 'INCLUDES'
  /** domain -> domain whose integration point its streams deliver to; weight: deliveries */
  | 'INTEGRATES_INTO'
  /** team -> team; label: the interaction mode */
  | 'INTERACTS_WITH'
  /** domain -> product, generation or integration point; label: deliver, maintain, integrate */
  | 'OBLIGED_TO'
  /** team -> component */
  | 'OWNS'
  /** transformation step -> step that must be finished first */
  | 'REQUIRES'
  /** team or domain -> integration point */
  | 'RESPONSIBLE_FOR'
  /** transformation step -> node whose field it sets; label: `field = value` */
  | 'SETS'
  /** team -> domain it works in (teams split across domains); weight: streams */
  | 'WORKS_IN'
  /** team -> stream or stage */
  | 'WORKS_ON';

export type ViewFindingKind = 'ISSUE' | 'OPPORTUNITY' | 'STRENGTH' | 'WEAKNESS';

export type ViewFindingSeverity = 'HIGH' | 'LOW' | 'MEDIUM';

export type ViewFindingStatus = 'ACCEPTED' | 'OPEN' | 'RESOLVED';

export type ViewFundingModel = 'CAPACITY' | 'PRODUCT' | 'PROJECT';

/** The kind of thing a view node stands for */
export type ViewNodeKind =
  | 'BUDGET'
  | 'COMPONENT'
  | 'DOMAIN'
  | 'GENERATION'
  | 'INITIATIVE'
  | 'INTEGRATION_POINT'
  | 'ORG_UNIT'
  | 'PRODUCT'
  | 'STAGE'
  | 'TEAM'
  | 'TRANSFORMATION_STEP'
  | 'VALUE_STREAM'
  | 'VARIANT';

/** A time window [from, to). Instants in any offset are taken in UTC and widened to the whole UTC days they touch. */
export type WindowInput = {
  from: string;
  to: string;
};

export type ViewGraphNodeFragment = {
  id: string;
  kind: ViewNodeKind;
  label: string;
  parent: string | null;
  attributes: Array<{ name: string; text: string | null; value: number | null }>;
};

export type ViewGraphEdgeFragment = {
  id: string;
  kind: ViewEdgeKind;
  label: string | null;
  source: string;
  target: string;
  weight: number;
  attributes: Array<{ name: string; text: string | null; value: number | null }>;
};

export type ViewFindingFieldsFragment = {
  id: string;
  title: string;
  description: string | null;
  kind: ViewFindingKind | null;
  severity: ViewFindingSeverity | null;
  status: ViewFindingStatus | null;
  rule: string | null;
  source: string;
  about: Array<string>;
};

export type EnterpriseLandscapeQueryVariables = Exact<{ [key: string]: never }>;

export type EnterpriseLandscapeQuery = {
  enterpriseLandscape: {
    name: string;
    domains: number;
    valueStreams: number;
    budgets: number;
    integrationPoints: number;
    integrationPointsWithoutResponsible: number;
    crossDomainDependencyWeight: number;
    fundingTotals: Array<{
      fiscalYear: number;
      model: ViewFundingModel;
      currency: string;
      amount: number;
      budgets: number;
    }>;
    nodes: Array<{
      id: string;
      kind: ViewNodeKind;
      label: string;
      parent: string | null;
      attributes: Array<{ name: string; text: string | null; value: number | null }>;
    }>;
    edges: Array<{
      id: string;
      kind: ViewEdgeKind;
      label: string | null;
      source: string;
      target: string;
      weight: number;
      attributes: Array<{ name: string; text: string | null; value: number | null }>;
    }>;
    findings: Array<{
      id: string;
      title: string;
      description: string | null;
      kind: ViewFindingKind | null;
      severity: ViewFindingSeverity | null;
      status: ViewFindingStatus | null;
      rule: string | null;
      source: string;
      about: Array<string>;
    }>;
  };
};

export type DomainLandscapeQueryVariables = Exact<{
  domainId: string | number;
}>;

export type DomainLandscapeQuery = {
  domainLandscape: {
    domain: string;
    name: string;
    valueStreams: number;
    stages: number;
    components: number;
    teams: number;
    products: number;
    variants: number;
    generations: number;
    legacyGenerations: number;
    coupling: { density: number; crossWeight: number; totalWeight: number };
    nodes: Array<{
      id: string;
      kind: ViewNodeKind;
      label: string;
      parent: string | null;
      attributes: Array<{ name: string; text: string | null; value: number | null }>;
    }>;
    edges: Array<{
      id: string;
      kind: ViewEdgeKind;
      label: string | null;
      source: string;
      target: string;
      weight: number;
      attributes: Array<{ name: string; text: string | null; value: number | null }>;
    }>;
    findings: Array<{
      id: string;
      title: string;
      description: string | null;
      kind: ViewFindingKind | null;
      severity: ViewFindingSeverity | null;
      status: ViewFindingStatus | null;
      rule: string | null;
      source: string;
      about: Array<string>;
    }>;
  };
};

export type DomainsOverviewQueryVariables = Exact<{ [key: string]: never }>;

export type DomainsOverviewQuery = {
  domains: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        name: string;
        description: string | null;
        operatingMode: OperatingMode | null;
        targetOperatingMode: OperatingMode | null;
        tags: Array<string>;
      };
    }>;
  };
};

export type FindingsQueryVariables = Exact<{
  filter?: FindingsFilter | null | undefined;
}>;

export type FindingsQuery = {
  findings: Array<{
    id: string;
    title: string;
    description: string | null;
    kind: ViewFindingKind | null;
    severity: ViewFindingSeverity | null;
    status: ViewFindingStatus | null;
    rule: string | null;
    source: string;
    about: Array<string>;
  }>;
};

export type FindingRulesQueryVariables = Exact<{ [key: string]: never }>;

export type FindingRulesQuery = {
  findingRules: Array<{
    id: string;
    kind: ViewFindingKind;
    severity: ViewFindingSeverity;
    explanation: string;
    views: Array<string>;
  }>;
};

export type SearchQueryVariables = Exact<{
  search: string;
  first?: number | null | undefined;
}>;

export type SearchQuery = {
  domains: { edges: Array<{ node: { id: string; name: string; kind: EntityKind } }> };
  valueStreams: { edges: Array<{ node: { id: string; name: string; kind: EntityKind } }> };
  stages: { edges: Array<{ node: { id: string; name: string; kind: EntityKind } }> };
  teams: { edges: Array<{ node: { id: string; name: string; kind: EntityKind } }> };
  components: { edges: Array<{ node: { id: string; name: string; kind: EntityKind } }> };
  products: { edges: Array<{ node: { id: string; name: string; kind: EntityKind } }> };
  integrationPoints: { edges: Array<{ node: { id: string; name: string; kind: EntityKind } }> };
  orgUnits: { edges: Array<{ node: { id: string; name: string; kind: EntityKind } }> };
  budgets: { edges: Array<{ node: { id: string; name: string; kind: EntityKind } }> };
};

export type BudgetListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: BudgetFilter | null | undefined;
}>;

export type BudgetListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type BudgetDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type BudgetDetailQuery = {
  entity: {
    __typename: 'Budget';
    amount: number | null;
    currency: string | null;
    description: string | null;
    fiscalYear: number | null;
    id: string;
    kind: EntityKind;
    model: FundingModel | null;
    name: string;
    tags: Array<string>;
    funds: Array<
      | { __typename: 'Budget'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Component'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Decision'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Domain'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Enterprise'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Finding'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Generation'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Initiative'; id: string; name: string; kind: EntityKind }
      | { __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }
      | { __typename: 'KeyResult'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Kpi'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Objective'; id: string; name: string; kind: EntityKind }
      | { __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Product'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Stage'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Team'; id: string; name: string; kind: EntityKind }
      | { __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }
      | { __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Variant'; id: string; name: string; kind: EntityKind }
    >;
    providedBy: { __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind } | null;
  } | null;
};

export type ComponentListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ComponentFilter | null | undefined;
}>;

export type ComponentListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type ComponentDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type ComponentDetailQuery = {
  entity: {
    __typename: 'Component';
    description: string | null;
    generation: ComponentGeneration | null;
    id: string;
    kind: EntityKind;
    name: string;
    tags: Array<string>;
    builtIn: Array<{ __typename: 'Stage'; id: string; name: string; kind: EntityKind }>;
    dependents: Array<{ __typename: 'Component'; id: string; name: string; kind: EntityKind }>;
    dependsOn: Array<{
      weight: number | null;
      component: { __typename: 'Component'; id: string; name: string; kind: EntityKind };
    }>;
    ownedBy: Array<{ __typename: 'Team'; id: string; name: string; kind: EntityKind }>;
    partOf: { __typename: 'Component'; id: string; name: string; kind: EntityKind } | null;
    parts: Array<{ __typename: 'Component'; id: string; name: string; kind: EntityKind }>;
  } | null;
};

export type DecisionListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: DecisionFilter | null | undefined;
}>;

export type DecisionListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type DecisionDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type DecisionDetailQuery = {
  entity: {
    __typename: 'Decision';
    date: string | null;
    description: string | null;
    id: string;
    kind: EntityKind;
    name: string;
    outcome: string | null;
    rationale: string | null;
    tags: Array<string>;
    about: Array<
      | { __typename: 'Budget'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Component'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Decision'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Domain'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Enterprise'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Finding'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Generation'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Initiative'; id: string; name: string; kind: EntityKind }
      | { __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }
      | { __typename: 'KeyResult'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Kpi'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Objective'; id: string; name: string; kind: EntityKind }
      | { __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Product'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Stage'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Team'; id: string; name: string; kind: EntityKind }
      | { __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }
      | { __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Variant'; id: string; name: string; kind: EntityKind }
    >;
  } | null;
};

export type DomainListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: DomainFilter | null | undefined;
}>;

export type DomainListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type DomainDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type DomainDetailQuery = {
  entity: {
    __typename: 'Domain';
    description: string | null;
    id: string;
    kind: EntityKind;
    name: string;
    operatingMode: OperatingMode | null;
    tags: Array<string>;
    targetOperatingMode: OperatingMode | null;
    budgets: Array<{ __typename: 'Budget'; id: string; name: string; kind: EntityKind }>;
    obligations: Array<{
      kind: ObligationKind;
      target:
        | { __typename: 'Budget'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Component'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Decision'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Domain'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Enterprise'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Finding'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Generation'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Initiative'; id: string; name: string; kind: EntityKind }
        | { __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }
        | { __typename: 'KeyResult'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Kpi'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Objective'; id: string; name: string; kind: EntityKind }
        | { __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Product'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Stage'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Team'; id: string; name: string; kind: EntityKind }
        | { __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }
        | { __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Variant'; id: string; name: string; kind: EntityKind };
    }>;
    partOf: { __typename: 'Enterprise'; id: string; name: string; kind: EntityKind } | null;
    responsibleFor: Array<{ __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }>;
    valueStreams: Array<{ __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }>;
  } | null;
};

export type EnterpriseListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: EnterpriseFilter | null | undefined;
}>;

export type EnterpriseListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type EnterpriseDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type EnterpriseDetailQuery = {
  entity: {
    __typename: 'Enterprise';
    description: string | null;
    id: string;
    kind: EntityKind;
    name: string;
    tags: Array<string>;
    domains: Array<{ __typename: 'Domain'; id: string; name: string; kind: EntityKind }>;
    orgUnits: Array<{ __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind }>;
  } | null;
};

export type GenerationListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: GenerationFilter | null | undefined;
}>;

export type GenerationListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type GenerationDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type GenerationDetailQuery = {
  entity: {
    __typename: 'Generation';
    description: string | null;
    endOfLife: string | null;
    id: string;
    kind: EntityKind;
    name: string;
    status: GenerationStatus | null;
    tags: Array<string>;
    of: { __typename: 'Product'; id: string; name: string; kind: EntityKind } | null;
  } | null;
};

export type InitiativeListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: InitiativeFilter | null | undefined;
}>;

export type InitiativeListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type InitiativeDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type InitiativeDetailQuery = {
  entity: {
    __typename: 'Initiative';
    description: string | null;
    id: string;
    kind: EntityKind;
    name: string;
    tags: Array<string>;
    owner:
      | { __typename: 'Budget'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Component'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Decision'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Domain'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Enterprise'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Finding'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Generation'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Initiative'; id: string; name: string; kind: EntityKind }
      | { __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }
      | { __typename: 'KeyResult'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Kpi'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Objective'; id: string; name: string; kind: EntityKind }
      | { __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Product'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Stage'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Team'; id: string; name: string; kind: EntityKind }
      | { __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }
      | { __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Variant'; id: string; name: string; kind: EntityKind }
      | null;
    steps: Array<{ __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }>;
  } | null;
};

export type IntegrationPointListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: IntegrationPointFilter | null | undefined;
}>;

export type IntegrationPointListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type IntegrationPointDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type IntegrationPointDetailQuery = {
  entity: {
    __typename: 'IntegrationPoint';
    description: string | null;
    id: string;
    kind: EntityKind;
    level: IntegrationLevel | null;
    name: string;
    tags: Array<string>;
    at: { __typename: 'Stage'; id: string; name: string; kind: EntityKind } | null;
    deliveredBy: Array<{ __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }>;
    responsible: Array<
      | { __typename: 'Budget'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Component'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Decision'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Domain'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Enterprise'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Finding'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Generation'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Initiative'; id: string; name: string; kind: EntityKind }
      | { __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }
      | { __typename: 'KeyResult'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Kpi'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Objective'; id: string; name: string; kind: EntityKind }
      | { __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Product'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Stage'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Team'; id: string; name: string; kind: EntityKind }
      | { __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }
      | { __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Variant'; id: string; name: string; kind: EntityKind }
    >;
  } | null;
};

export type KeyResultListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: KeyResultFilter | null | undefined;
}>;

export type KeyResultListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type KeyResultDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type KeyResultDetailQuery = {
  entity: {
    __typename: 'KeyResult';
    description: string | null;
    id: string;
    kind: EntityKind;
    name: string;
    tags: Array<string>;
    kpi: { __typename: 'Kpi'; id: string; name: string; kind: EntityKind } | null;
    objective: { __typename: 'Objective'; id: string; name: string; kind: EntityKind } | null;
    target: { by: string | null; value: number | null } | null;
  } | null;
};

export type KpiListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: KpiFilter | null | undefined;
}>;

export type KpiListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type KpiDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type KpiDetailQuery = {
  entity: {
    __typename: 'Kpi';
    description: string | null;
    id: string;
    kind: EntityKind;
    metric: MetricId | null;
    name: string;
    tags: Array<string>;
    window: string | null;
    keyResults: Array<{ __typename: 'KeyResult'; id: string; name: string; kind: EntityKind }>;
    scope:
      | { __typename: 'Budget'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Component'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Decision'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Domain'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Enterprise'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Finding'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Generation'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Initiative'; id: string; name: string; kind: EntityKind }
      | { __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }
      | { __typename: 'KeyResult'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Kpi'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Objective'; id: string; name: string; kind: EntityKind }
      | { __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Product'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Stage'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Team'; id: string; name: string; kind: EntityKind }
      | { __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }
      | { __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Variant'; id: string; name: string; kind: EntityKind }
      | null;
    target: { direction: TargetDirection | null; value: number | null } | null;
  } | null;
};

export type ObjectiveListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ObjectiveFilter | null | undefined;
}>;

export type ObjectiveListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type ObjectiveDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type ObjectiveDetailQuery = {
  entity: {
    __typename: 'Objective';
    description: string | null;
    id: string;
    kind: EntityKind;
    name: string;
    parameter: PerformanceParameter | null;
    tags: Array<string>;
    keyResults: Array<{ __typename: 'KeyResult'; id: string; name: string; kind: EntityKind }>;
  } | null;
};

export type OrgUnitListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrgUnitFilter | null | undefined;
}>;

export type OrgUnitListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type OrgUnitDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type OrgUnitDetailQuery = {
  entity: {
    __typename: 'OrgUnit';
    description: string | null;
    id: string;
    kind: EntityKind;
    name: string;
    tags: Array<string>;
    type: OrgUnitType | null;
    budgets: Array<{ __typename: 'Budget'; id: string; name: string; kind: EntityKind }>;
    partOf:
      | { __typename: 'Budget'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Component'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Decision'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Domain'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Enterprise'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Finding'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Generation'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Initiative'; id: string; name: string; kind: EntityKind }
      | { __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }
      | { __typename: 'KeyResult'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Kpi'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Objective'; id: string; name: string; kind: EntityKind }
      | { __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Product'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Stage'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Team'; id: string; name: string; kind: EntityKind }
      | { __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }
      | { __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Variant'; id: string; name: string; kind: EntityKind }
      | null;
    subUnits: Array<{ __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind }>;
    teams: Array<{ __typename: 'Team'; id: string; name: string; kind: EntityKind }>;
  } | null;
};

export type ProductListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProductFilter | null | undefined;
}>;

export type ProductListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type ProductDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type ProductDetailQuery = {
  entity: {
    __typename: 'Product';
    description: string | null;
    id: string;
    kind: EntityKind;
    name: string;
    tags: Array<string>;
    deliveredBy: Array<{ __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }>;
    generations: Array<{ __typename: 'Generation'; id: string; name: string; kind: EntityKind }>;
    variants: Array<{ __typename: 'Variant'; id: string; name: string; kind: EntityKind }>;
  } | null;
};

export type StageListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: StageFilter | null | undefined;
}>;

export type StageListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type StageDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type StageDetailQuery = {
  entity: {
    __typename: 'Stage';
    activities: Array<string> | null;
    description: string | null;
    id: string;
    integrationLevel: IntegrationLevel | null;
    kind: EntityKind;
    name: string;
    order: number | null;
    qualityGate: string | null;
    tags: Array<string>;
    wipLimit: number | null;
    builds: Array<{ __typename: 'Component'; id: string; name: string; kind: EntityKind }>;
    feedbackTo: Array<{
      delayDays: number | null;
      stage: { __typename: 'Stage'; id: string; name: string; kind: EntityKind };
    }>;
    flowsFrom: Array<{ __typename: 'Stage'; id: string; name: string; kind: EntityKind }>;
    flowsTo: Array<{ __typename: 'Stage'; id: string; name: string; kind: EntityKind }>;
    integrationPoints: Array<{ __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }>;
    teams: Array<{ __typename: 'Team'; id: string; name: string; kind: EntityKind }>;
    valueStream: { __typename: 'ValueStream'; id: string; name: string; kind: EntityKind } | null;
  } | null;
};

export type TeamListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TeamFilter | null | undefined;
}>;

export type TeamListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type TeamDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type TeamDetailQuery = {
  entity: {
    __typename: 'Team';
    description: string | null;
    id: string;
    kind: EntityKind;
    name: string;
    operatingMode: OperatingMode | null;
    size: number | null;
    tags: Array<string>;
    type: TeamType | null;
    budgets: Array<{ __typename: 'Budget'; id: string; name: string; kind: EntityKind }>;
    interactsWith: Array<{
      mode: InteractionMode | null;
      team: { __typename: 'Team'; id: string; name: string; kind: EntityKind };
    }>;
    memberOf: { __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind } | null;
    owns: Array<{ __typename: 'Component'; id: string; name: string; kind: EntityKind }>;
    responsibleFor: Array<{ __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }>;
    worksOn: Array<
      | { __typename: 'Budget'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Component'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Decision'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Domain'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Enterprise'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Finding'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Generation'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Initiative'; id: string; name: string; kind: EntityKind }
      | { __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }
      | { __typename: 'KeyResult'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Kpi'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Objective'; id: string; name: string; kind: EntityKind }
      | { __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Product'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Stage'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Team'; id: string; name: string; kind: EntityKind }
      | { __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }
      | { __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Variant'; id: string; name: string; kind: EntityKind }
    >;
  } | null;
};

export type TransformationStepListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TransformationStepFilter | null | undefined;
}>;

export type TransformationStepListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type TransformationStepDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type TransformationStepDetailQuery = {
  entity: {
    __typename: 'TransformationStep';
    description: string | null;
    effortWeeks: number | null;
    id: string;
    kind: EntityKind;
    name: string;
    plannedStart: string | null;
    status: StepStatus | null;
    tags: Array<string>;
    changes: Array<
      | { __typename: 'Budget'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Component'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Decision'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Domain'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Enterprise'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Finding'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Generation'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Initiative'; id: string; name: string; kind: EntityKind }
      | { __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }
      | { __typename: 'KeyResult'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Kpi'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Objective'; id: string; name: string; kind: EntityKind }
      | { __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Product'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Stage'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Team'; id: string; name: string; kind: EntityKind }
      | { __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }
      | { __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Variant'; id: string; name: string; kind: EntityKind }
    >;
    initiative: { __typename: 'Initiative'; id: string; name: string; kind: EntityKind } | null;
    requiredBy: Array<{ __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }>;
    requires: Array<{ __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }>;
    sets: Array<{
      field: string;
      value: unknown;
      target:
        | { __typename: 'Budget'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Component'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Decision'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Domain'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Enterprise'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Finding'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Generation'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Initiative'; id: string; name: string; kind: EntityKind }
        | { __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }
        | { __typename: 'KeyResult'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Kpi'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Objective'; id: string; name: string; kind: EntityKind }
        | { __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Product'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Stage'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Team'; id: string; name: string; kind: EntityKind }
        | { __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }
        | { __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Variant'; id: string; name: string; kind: EntityKind };
    }>;
  } | null;
};

export type ValueStreamListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ValueStreamFilter | null | undefined;
}>;

export type ValueStreamListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type ValueStreamDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type ValueStreamDetailQuery = {
  entity: {
    __typename: 'ValueStream';
    description: string | null;
    id: string;
    kind: EntityKind;
    name: string;
    operatingMode: OperatingMode | null;
    tags: Array<string>;
    targetOperatingMode: OperatingMode | null;
    type: ValueStreamType | null;
    budgets: Array<{ __typename: 'Budget'; id: string; name: string; kind: EntityKind }>;
    canvas: {
      boundaries: string | null;
      customers: Array<string> | null;
      purpose: string | null;
      trigger: string | null;
      valueHandover: string | null;
    } | null;
    delivers: Array<
      | { __typename: 'Budget'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Component'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Decision'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Domain'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Enterprise'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Finding'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Generation'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Initiative'; id: string; name: string; kind: EntityKind }
      | { __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }
      | { __typename: 'KeyResult'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Kpi'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Objective'; id: string; name: string; kind: EntityKind }
      | { __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Product'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Stage'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Team'; id: string; name: string; kind: EntityKind }
      | { __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }
      | { __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Variant'; id: string; name: string; kind: EntityKind }
    >;
    deliversTo: Array<{ __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }>;
    partOf:
      | { __typename: 'Budget'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Component'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Decision'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Domain'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Enterprise'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Finding'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Generation'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Initiative'; id: string; name: string; kind: EntityKind }
      | { __typename: 'IntegrationPoint'; id: string; name: string; kind: EntityKind }
      | { __typename: 'KeyResult'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Kpi'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Objective'; id: string; name: string; kind: EntityKind }
      | { __typename: 'OrgUnit'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Product'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Stage'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Team'; id: string; name: string; kind: EntityKind }
      | { __typename: 'TransformationStep'; id: string; name: string; kind: EntityKind }
      | { __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Variant'; id: string; name: string; kind: EntityKind }
      | null;
    stages: Array<{ __typename: 'Stage'; id: string; name: string; kind: EntityKind }>;
    subStreams: Array<{ __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }>;
    teams: Array<{ __typename: 'Team'; id: string; name: string; kind: EntityKind }>;
  } | null;
};

export type VariantListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: VariantFilter | null | undefined;
}>;

export type VariantListQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; name: string; kind: EntityKind; description: string | null; tags: Array<string> };
    }>;
  };
};

export type VariantDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type VariantDetailQuery = {
  entity: {
    __typename: 'Variant';
    description: string | null;
    id: string;
    kind: EntityKind;
    name: string;
    tags: Array<string>;
    deliveredBy: Array<{ __typename: 'ValueStream'; id: string; name: string; kind: EntityKind }>;
    of: { __typename: 'Product'; id: string; name: string; kind: EntityKind } | null;
  } | null;
};

export type ComponentImpactQueryVariables = Exact<{
  componentId: string | number;
  maxDepth: number;
}>;

export type ComponentImpactQuery = {
  componentImpact: {
    maxDepth: number;
    truncated: boolean;
    root: { id: string; kind: string; name: string | null; depth: number; via: string | null };
    nodes: Array<{ id: string; kind: string; name: string | null; depth: number; via: string | null }>;
    streams: Array<{ id: string; kind: string; name: string | null; depth: number; via: string | null }>;
    domains: Array<{ id: string; kind: string; name: string | null; depth: number; via: string | null }>;
    teams: Array<{ id: string; kind: string; name: string | null; depth: number; via: string | null }>;
  };
};

export type ImpactNodeFieldsFragment = {
  id: string;
  kind: string;
  name: string | null;
  depth: number;
  via: string | null;
};

export type DependencyPathQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
  kind: DependencyPathKind;
  maxDepth: number;
}>;

export type DependencyPathQuery = {
  dependencyPath: {
    kind: DependencyPathKind;
    length: number;
    follows: Array<string>;
    from: { id: string; kind: string; name: string | null };
    to: { id: string; kind: string; name: string | null };
    components: Array<{ id: string; kind: string; name: string | null }>;
    steps: Array<{ from: string; to: string; weight: number }>;
  } | null;
};

export type DependencyCyclesQueryVariables = Exact<{
  limit: number;
}>;

export type DependencyCyclesQuery = {
  dependencyCycles: { truncated: boolean; cycles: Array<{ componentIds: Array<string>; length: number }> };
};

export type CentralComponentsQueryVariables = Exact<{
  limit: number;
  orderBy: CentralityOrder;
}>;

export type CentralComponentsQuery = {
  centralComponents: Array<{
    id: string;
    name: string | null;
    rank: number;
    inDegree: number;
    outDegree: number;
    weightedInDegree: number;
    weightedOutDegree: number;
    weightedDegree: number;
    pageRank: number;
  }>;
};

export type CypherConsoleQueryVariables = Exact<{
  query: string;
  params?: unknown;
}>;

export type CypherConsoleQuery = {
  cypher: {
    columns: Array<string>;
    rows: Array<Array<unknown> | null>;
    truncated: boolean;
    elapsedMs: number;
  };
};

export type AnalysisOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  components: boolean;
  teams: boolean;
  streams: boolean;
  domains: boolean;
}>;

export type AnalysisOptionsQuery = {
  components?: { edges: Array<{ node: { id: string; name: string } }> };
  teams?: { edges: Array<{ node: { id: string; name: string } }> };
  valueStreams?: { edges: Array<{ node: { id: string; name: string } }> };
  domains?: { edges: Array<{ node: { id: string; name: string } }> };
};

export type MetricValueFieldsFragment = {
  metric: string;
  value: number | null;
  sampleSize: number;
  band: DoraBand | null;
};

export type MetricDefinitionsQueryVariables = Exact<{ [key: string]: never }>;

export type MetricDefinitionsQuery = {
  metricDefinitions: Array<{
    id: string;
    name: string;
    group: string;
    unit: string;
    unitLabel: string;
    direction: MetricDirection;
    parameter: KpiParameter;
    formula: string;
    kpi: boolean;
    doraLimits: Array<number> | null;
  }>;
};

export type PerformanceScopesQueryVariables = Exact<{ [key: string]: never }>;

export type PerformanceScopesQuery = {
  domains: {
    edges: Array<{
      node: {
        id: string;
        name: string;
        valueStreams: Array<{ id: string; name: string; subStreams: Array<{ id: string; name: string }> }>;
      };
    }>;
  };
};

export type PerformanceLandscapeQueryVariables = Exact<{
  scope: ScopeInput;
  window: WindowInput;
  metrics?: Array<string> | string | null | undefined;
  bucket?: MetricBucket;
}>;

export type PerformanceLandscapeQuery = {
  performanceLandscape: {
    bucket: MetricBucket;
    source: MetricsSource;
    scope: { id: string | null; kind: ScopeKind; name: string; nodeId: string };
    window: { from: string; to: string; days: number };
    metrics: Array<{ metric: string; value: number | null; sampleSize: number; band: DoraBand | null }>;
    nodes: Array<{
      id: string;
      kind: string;
      label: string;
      parent: string | null;
      metrics: Array<{ metric: string; value: number | null; sampleSize: number; band: DoraBand | null }>;
    }>;
    edges: Array<{
      id: string;
      kind: string;
      source: string;
      target: string;
      declared: boolean;
      delayDays: number | null;
      defects: number;
      metrics: Array<{ metric: string; value: number | null; sampleSize: number; band: DoraBand | null }>;
    }>;
    comparison: {
      metrics: Array<string>;
      rows: Array<{
        domainId: string;
        domainName: string;
        metrics: Array<{ metric: string; value: number | null; sampleSize: number; band: DoraBand | null }>;
      }>;
    };
    trends: Array<{
      metric: string;
      points: Array<{ label: string; from: string; to: string; value: number | null; sampleSize: number }>;
    }>;
    findings: Array<{
      id: string;
      rule: string;
      severity: PerformanceFindingSeverity;
      message: string;
      metric: string;
      value: number;
      threshold: number;
      nodeIds: Array<string>;
    }>;
  };
};

export type FactHorizonQueryVariables = Exact<{ [key: string]: never }>;

export type FactHorizonQuery = { factHorizon: { from: string; to: string } | null };

export type KpiBoardQueryVariables = Exact<{
  at?: string | null | undefined;
  trendPoints?: number;
}>;

export type KpiBoardQuery = {
  kpiBoard: {
    at: string;
    groups: Array<{
      parameter: KpiParameter;
      kpis: Array<{
        id: string;
        name: string;
        metric: string;
        unit: string;
        scopeRef: string | null;
        window: string;
        windowDays: number;
        status: KpiStatus;
        problem: string | null;
        trendDirection: KpiTrendDirection;
        scope: { name: string; nodeId: string } | null;
        target: { value: number | null; direction: string | null };
        current: { metric: string; value: number | null; sampleSize: number; band: DoraBand | null };
        trend: Array<{ at: string; value: number | null }>;
      }>;
    }>;
  };
};

export type ReviewsQueryVariables = Exact<{
  first: number;
}>;

export type ReviewsQuery = {
  reviews: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        name: string;
        heldOn: string;
        createdAt: string;
        decisionIds: Array<string>;
        audience: { roles: Array<string>; groups: Array<string> };
      };
    }>;
  };
};

export type ReviewQueryVariables = Exact<{
  id: string | number;
}>;

export type ReviewQuery = {
  review: {
    id: string;
    name: string;
    heldOn: string;
    description: string | null;
    createdAt: string;
    createdBy: string;
    reportPath: string;
    audience: { roles: Array<string>; groups: Array<string> };
    decisions: Array<{
      id: string;
      name: string | null;
      date: string | null;
      outcome: string | null;
      rationale: string | null;
      about: Array<string>;
    }>;
    findings: Array<{
      id: string;
      title: string;
      description: string | null;
      kind: string | null;
      severity: string | null;
      origin: string;
      rule: string | null;
      about: Array<string>;
    }>;
    snapshot: {
      takenAt: string;
      windowFrom: string;
      windowTo: string;
      entityCount: number;
      findingCount: number;
      storedBytes: number;
      enterprise: unknown;
      kpiBoard: unknown;
      entityCounts: Array<{ kind: string; count: number }>;
    };
  };
};

export type CompareReviewsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;

export type CompareReviewsQuery = {
  compareReviews: {
    from: string;
    to: string;
    added: Array<{ kind: string; id: string; name: string | null }>;
    removed: Array<{ kind: string; id: string; name: string | null }>;
    changed: Array<{ kind: string; id: string; name: string | null; fields: Array<string> }>;
    findingsAppeared: Array<{ id: string; severity: string | null; title: string }>;
    findingsDisappeared: Array<{ id: string; severity: string | null; title: string }>;
    metricMoves: Array<{
      node: string;
      kind: string;
      label: string;
      metric: string;
      before: number | null;
      after: number | null;
      delta: number | null;
    }>;
    entityCounts: Array<{ kind: string; before: number; after: number }>;
  };
};

export type CreateReviewMutationVariables = Exact<{
  input: CreateReviewInput;
}>;

export type CreateReviewMutation = { createReview: { id: string; name: string } };

export type RecordDecisionMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;

export type RecordDecisionMutation = {
  recordDecision: { id: string; name: string | null; date: string | null; outcome: string | null };
};

export type DecisionOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type DecisionOptionsQuery = {
  decisions: {
    edges: Array<{ node: { id: string; name: string; date: string | null; outcome: string | null } }>;
  };
};

export type ComputedPlanFieldsFragment = {
  capacityWeeksPerWave: number | null;
  earliestFinishWeeks: number;
  wavesFinishWeeks: number;
  criticalPath: Array<string>;
  done: Array<string>;
  oversized: Array<string>;
  unestimated: Array<string>;
  unschedulable: Array<string>;
  waves: Array<{
    wave: number;
    steps: Array<string>;
    effortWeeks: number;
    startWeek: number;
    durationWeeks: number;
  }>;
  steps: Array<{
    id: string;
    state: PlannedStepState;
    wave: number | null;
    effortWeeks: number;
    earliestStart: number | null;
    earliestFinish: number | null;
    latestStart: number | null;
    slack: number | null;
    critical: boolean;
    waveFinish: number | null;
  }>;
  cycles: Array<{ steps: Array<string> }>;
  unknownRequirements: Array<{ step: string; requires: string }>;
};

export type TransformationLandscapeQueryVariables = Exact<{
  initiativeId?: string | number | null | undefined;
  capacityWeeksPerWave?: number | null | undefined;
}>;

export type TransformationLandscapeQuery = {
  transformationLandscape: {
    initiative: { id: string; name: string; owner: string | null; description: string | null } | null;
    initiatives: Array<{ id: string; name: string }>;
    nodes: Array<{
      id: string;
      kind: ViewNodeKind;
      label: string;
      parent: string | null;
      attributes: Array<{ name: string; text: string | null; value: number | null }>;
    }>;
    edges: Array<{
      id: string;
      kind: ViewEdgeKind;
      label: string | null;
      source: string;
      target: string;
      weight: number;
      attributes: Array<{ name: string; text: string | null; value: number | null }>;
    }>;
    operatingModes: Array<{
      id: string;
      kind: string;
      name: string;
      mode: string | null;
      targetMode: string | null;
      effectiveMode: string | null;
      plannedMode: string | null;
      plannedBy: string | null;
    }>;
    modeCounts: Array<{ kind: string; mode: string; current: number; target: number }>;
    generationCounts: Array<{ generation: string; components: number }>;
    steps: Array<{
      id: string;
      name: string;
      status: string | null;
      effortWeeks: number | null;
      requires: Array<string>;
      changes: Array<string>;
      initiative: string | null;
    }>;
    plan: {
      capacityWeeksPerWave: number | null;
      earliestFinishWeeks: number;
      wavesFinishWeeks: number;
      criticalPath: Array<string>;
      done: Array<string>;
      oversized: Array<string>;
      unestimated: Array<string>;
      unschedulable: Array<string>;
      waves: Array<{
        wave: number;
        steps: Array<string>;
        effortWeeks: number;
        startWeek: number;
        durationWeeks: number;
      }>;
      steps: Array<{
        id: string;
        state: PlannedStepState;
        wave: number | null;
        effortWeeks: number;
        earliestStart: number | null;
        earliestFinish: number | null;
        latestStart: number | null;
        slack: number | null;
        critical: boolean;
        waveFinish: number | null;
      }>;
      cycles: Array<{ steps: Array<string> }>;
      unknownRequirements: Array<{ step: string; requires: string }>;
    };
    findings: Array<{
      id: string;
      title: string;
      description: string | null;
      kind: ViewFindingKind | null;
      severity: ViewFindingSeverity | null;
      status: ViewFindingStatus | null;
      rule: string | null;
      source: string;
      about: Array<string>;
    }>;
  };
};

export type TransformationWhatIfQueryVariables = Exact<{
  initiativeId?: string | number | null | undefined;
  capacityWeeksPerWave?: number | null | undefined;
  edits: Array<PlanEditInput> | PlanEditInput;
}>;

export type TransformationWhatIfQuery = {
  transformationWhatIf: {
    plan: {
      capacityWeeksPerWave: number | null;
      earliestFinishWeeks: number;
      wavesFinishWeeks: number;
      criticalPath: Array<string>;
      done: Array<string>;
      oversized: Array<string>;
      unestimated: Array<string>;
      unschedulable: Array<string>;
      waves: Array<{
        wave: number;
        steps: Array<string>;
        effortWeeks: number;
        startWeek: number;
        durationWeeks: number;
      }>;
      steps: Array<{
        id: string;
        state: PlannedStepState;
        wave: number | null;
        effortWeeks: number;
        earliestStart: number | null;
        earliestFinish: number | null;
        latestStart: number | null;
        slack: number | null;
        critical: boolean;
        waveFinish: number | null;
      }>;
      cycles: Array<{ steps: Array<string> }>;
      unknownRequirements: Array<{ step: string; requires: string }>;
    };
    diff: {
      added: Array<string>;
      removed: Array<string>;
      earliestFinishBefore: number;
      earliestFinishAfter: number;
      earliestFinishDelta: number;
      wavesFinishBefore: number;
      wavesFinishAfter: number;
      wavesFinishDelta: number;
      wavesBefore: number;
      wavesAfter: number;
      criticalPathBefore: Array<string>;
      criticalPathAfter: Array<string>;
      changed: Array<{
        id: string;
        waveBefore: number | null;
        waveAfter: number | null;
        earliestFinishBefore: number | null;
        earliestFinishAfter: number | null;
        waveFinishBefore: number | null;
        waveFinishAfter: number | null;
      }>;
      cyclesAdded: Array<{ steps: Array<string> }>;
      cyclesRemoved: Array<{ steps: Array<string> }>;
    };
    findings: Array<{
      id: string;
      title: string;
      description: string | null;
      kind: ViewFindingKind | null;
      severity: ViewFindingSeverity | null;
      status: ViewFindingStatus | null;
      rule: string | null;
      source: string;
      about: Array<string>;
    }>;
  };
};

export const ViewGraphNodeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewGraphNode' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ViewNode' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewGraphNodeFragment, unknown>;
export const ViewGraphEdgeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewGraphEdge' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ViewEdge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewGraphEdgeFragment, unknown>;
export const ViewFindingFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewFindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ViewFinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'about' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewFindingFieldsFragment, unknown>;
export const ImpactNodeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImpactNodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactNode' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'via' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImpactNodeFieldsFragment, unknown>;
export const MetricValueFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MetricValueFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MetricValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sampleSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'band' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MetricValueFieldsFragment, unknown>;
export const ComputedPlanFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComputedPlanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComputedPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'capacityWeeksPerWave' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earliestFinishWeeks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wavesFinishWeeks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'criticalPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oversized' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unestimated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unschedulable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'waves' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'wave' } },
                { kind: 'Field', name: { kind: 'Name', value: 'steps' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effortWeeks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationWeeks' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wave' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effortWeeks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'earliestStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'earliestFinish' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latestStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slack' } },
                { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waveFinish' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cycles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'steps' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unknownRequirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requires' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComputedPlanFieldsFragment, unknown>;
export const EnterpriseLandscapeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnterpriseLandscape' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterpriseLandscape' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'domains' } },
                { kind: 'Field', name: { kind: 'Name', value: 'valueStreams' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgets' } },
                { kind: 'Field', name: { kind: 'Name', value: 'integrationPoints' } },
                { kind: 'Field', name: { kind: 'Name', value: 'integrationPointsWithoutResponsible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'crossDomainDependencyWeight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fundingTotals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'model' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'budgets' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewGraphNode' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewGraphEdge' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewFindingFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewGraphNode' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ViewNode' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewGraphEdge' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ViewEdge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewFindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ViewFinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'about' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseLandscapeQuery, EnterpriseLandscapeQueryVariables>;
export const DomainLandscapeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DomainLandscape' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domainId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'domainLandscape' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domainId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domainId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'valueStreams' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stages' } },
                { kind: 'Field', name: { kind: 'Name', value: 'components' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teams' } },
                { kind: 'Field', name: { kind: 'Name', value: 'products' } },
                { kind: 'Field', name: { kind: 'Name', value: 'variants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'generations' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legacyGenerations' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coupling' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'density' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'crossWeight' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalWeight' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewGraphNode' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewGraphEdge' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewFindingFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewGraphNode' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ViewNode' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewGraphEdge' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ViewEdge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewFindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ViewFinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'about' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DomainLandscapeQuery, DomainLandscapeQueryVariables>;
export const DomainsOverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DomainsOverview' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'domains' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'operatingMode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'targetOperatingMode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DomainsOverviewQuery, DomainsOverviewQueryVariables>;
export const FindingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Findings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FindingsFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewFindingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewFindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ViewFinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'about' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingsQuery, FindingsQueryVariables>;
export const FindingRulesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FindingRules' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findingRules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'views' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingRulesQuery, FindingRulesQueryVariables>;
export const SearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Search' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '5' },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'domains' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valueStreams' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teams' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'components' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'products' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'integrationPoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnits' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budgets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const BudgetListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BudgetList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BudgetFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'budgets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BudgetListQuery, BudgetListQueryVariables>;
export const BudgetDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BudgetDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'budget' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'model' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'providedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BudgetDetailQuery, BudgetDetailQueryVariables>;
export const ComponentListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ComponentList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ComponentFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'components' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComponentListQuery, ComponentListQueryVariables>;
export const ComponentDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ComponentDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'component' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'builtIn' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dependents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dependsOn' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'component' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'generation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ownedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partOf' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComponentDetailQuery, ComponentDetailQueryVariables>;
export const DecisionListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DecisionList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'decisions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionListQuery, DecisionListQueryVariables>;
export const DecisionDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DecisionDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'decision' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'about' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionDetailQuery, DecisionDetailQueryVariables>;
export const DomainListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DomainList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DomainFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'domains' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DomainListQuery, DomainListQueryVariables>;
export const DomainDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DomainDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'domain' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'budgets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'obligations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'target' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'operatingMode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partOf' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'responsibleFor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetOperatingMode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'valueStreams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DomainDetailQuery, DomainDetailQueryVariables>;
export const EnterpriseListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnterpriseList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EnterpriseFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'enterprises' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseListQuery, EnterpriseListQueryVariables>;
export const EnterpriseDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnterpriseDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'enterprise' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'domains' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseDetailQuery, EnterpriseDetailQueryVariables>;
export const GenerationListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GenerationList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'GenerationFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'generations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GenerationListQuery, GenerationListQueryVariables>;
export const GenerationDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GenerationDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'generation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endOfLife' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'of' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GenerationDetailQuery, GenerationDetailQueryVariables>;
export const InitiativeListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InitiativeList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'InitiativeFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'initiatives' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InitiativeListQuery, InitiativeListQueryVariables>;
export const InitiativeDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InitiativeDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'initiative' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'steps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InitiativeDetailQuery, InitiativeDetailQueryVariables>;
export const IntegrationPointListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IntegrationPointList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'IntegrationPointFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'integrationPoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IntegrationPointListQuery, IntegrationPointListQueryVariables>;
export const IntegrationPointDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IntegrationPointDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'integrationPoint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'at' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deliveredBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'responsible' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IntegrationPointDetailQuery, IntegrationPointDetailQueryVariables>;
export const KeyResultListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KeyResultList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'KeyResultFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'keyResults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KeyResultListQuery, KeyResultListQueryVariables>;
export const KeyResultDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KeyResultDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'keyResult' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kpi' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'objective' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'target' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'by' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KeyResultDetailQuery, KeyResultDetailQueryVariables>;
export const KpiListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KpiList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'kpis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KpiListQuery, KpiListQueryVariables>;
export const KpiDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KpiDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'kpi' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'keyResults' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scope' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'target' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'window' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KpiDetailQuery, KpiDetailQueryVariables>;
export const ObjectiveListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ObjectiveList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ObjectiveFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'objectives' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ObjectiveListQuery, ObjectiveListQueryVariables>;
export const ObjectiveDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ObjectiveDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'objective' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'keyResults' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parameter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ObjectiveDetailQuery, ObjectiveDetailQueryVariables>;
export const OrgUnitListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrgUnitList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrgUnitFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'orgUnits' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgUnitListQuery, OrgUnitListQueryVariables>;
export const OrgUnitDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrgUnitDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'orgUnit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'budgets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partOf' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subUnits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgUnitDetailQuery, OrgUnitDetailQueryVariables>;
export const ProductListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'products' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductListQuery, ProductListQueryVariables>;
export const ProductDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deliveredBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'generations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'variants' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductDetailQuery, ProductDetailQueryVariables>;
export const StageListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StageList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StageFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'stages' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StageListQuery, StageListQueryVariables>;
export const StageDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StageDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'stage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'builds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'feedbackTo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'delayDays' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stage' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'flowsFrom' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'flowsTo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'integrationLevel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'integrationPoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'order' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qualityGate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'valueStream' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'wipLimit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StageDetailQuery, StageDetailQueryVariables>;
export const TeamListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'teams' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamListQuery, TeamListQueryVariables>;
export const TeamDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'team' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'budgets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interactsWith' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberOf' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operatingMode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'responsibleFor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'worksOn' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamDetailQuery, TeamDetailQueryVariables>;
export const TransformationStepListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TransformationStepList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransformationStepFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'transformationSteps' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransformationStepListQuery, TransformationStepListQueryVariables>;
export const TransformationStepDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TransformationStepDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'transformationStep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effortWeeks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'initiative' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedStart' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'requiredBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'requires' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'target' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransformationStepDetailQuery, TransformationStepDetailQueryVariables>;
export const ValueStreamListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValueStreamList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ValueStreamFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'valueStreams' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueStreamListQuery, ValueStreamListQueryVariables>;
export const ValueStreamDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValueStreamDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'valueStream' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'budgets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canvas' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'boundaries' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'valueHandover' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'delivers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deliversTo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operatingMode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partOf' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subStreams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetOperatingMode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueStreamDetailQuery, ValueStreamDetailQueryVariables>;
export const VariantListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VariantList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'VariantFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'list' },
            name: { kind: 'Name', value: 'variants' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VariantListQuery, VariantListQueryVariables>;
export const VariantDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VariantDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'entity' },
            name: { kind: 'Name', value: 'variant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deliveredBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'of' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VariantDetailQuery, VariantDetailQueryVariables>;
export const ComponentImpactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ComponentImpact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'componentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'maxDepth' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'componentImpact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'componentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'componentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'maxDepth' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'maxDepth' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'maxDepth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'truncated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'root' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactNodeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactNodeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'streams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactNodeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'domains' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactNodeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactNodeFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImpactNodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactNode' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'via' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComponentImpactQuery, ComponentImpactQueryVariables>;
export const DependencyPathDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DependencyPath' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fromId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DependencyPathKind' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'maxDepth' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dependencyPath' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fromId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'toId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'maxDepth' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'maxDepth' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'length' } },
                { kind: 'Field', name: { kind: 'Name', value: 'follows' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'from' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'to' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'components' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'steps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DependencyPathQuery, DependencyPathQueryVariables>;
export const DependencyCyclesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DependencyCycles' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dependencyCycles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'truncated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cycles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'componentIds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'length' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DependencyCyclesQuery, DependencyCyclesQueryVariables>;
export const CentralComponentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CentralComponents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CentralityOrder' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'centralComponents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inDegree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outDegree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weightedInDegree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weightedOutDegree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weightedDegree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageRank' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CentralComponentsQuery, CentralComponentsQueryVariables>;
export const CypherConsoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CypherConsole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'params' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cypher' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'params' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'params' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'columns' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'truncated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'elapsedMs' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CypherConsoleQuery, CypherConsoleQueryVariables>;
export const AnalysisOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnalysisOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'components' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teams' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'streams' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domains' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'components' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'components' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teams' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'teams' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valueStreams' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'streams' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'domains' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'domains' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnalysisOptionsQuery, AnalysisOptionsQueryVariables>;
export const MetricDefinitionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MetricDefinitions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metricDefinitions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parameter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kpi' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doraLimits' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MetricDefinitionsQuery, MetricDefinitionsQueryVariables>;
export const PerformanceScopesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PerformanceScopes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'domains' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'valueStreams' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'subStreams' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerformanceScopesQuery, PerformanceScopesQueryVariables>;
export const PerformanceLandscapeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PerformanceLandscape' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScopeInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'window' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WindowInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'metrics' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bucket' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MetricBucket' } },
          },
          defaultValue: { kind: 'EnumValue', value: 'WEEK' },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'performanceLandscape' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'scope' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'window' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'window' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'metrics' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'metrics' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'bucket' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bucket' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scope' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'window' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'bucket' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'metrics' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricValueFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'metrics' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricValueFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'declared' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'delayDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'defects' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'metrics' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricValueFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'comparison' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'metrics' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'domainId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'domainName' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'metrics' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'MetricValueFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trends' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'points' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sampleSize' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nodeIds' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MetricValueFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MetricValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sampleSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'band' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerformanceLandscapeQuery, PerformanceLandscapeQueryVariables>;
export const FactHorizonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FactHorizon' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'factHorizon' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FactHorizonQuery, FactHorizonQueryVariables>;
export const KpiBoardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KpiBoard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'trendPoints' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          defaultValue: { kind: 'IntValue', value: '8' },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kpiBoard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'at' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'trendPoints' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'trendPoints' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'parameter' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'kpis' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'scopeRef' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'scope' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'window' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'windowDays' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'problem' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trendDirection' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'target' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'current' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'MetricValueFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'trend' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MetricValueFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MetricValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sampleSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'band' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KpiBoardQuery, KpiBoardQueryVariables>;
export const ReviewsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Reviews' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'decisionIds' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'audience' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'groups' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewsQuery, ReviewsQueryVariables>;
export const ReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Review' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'review' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportPath' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'audience' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'groups' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'about' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'about' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'snapshot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'windowFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'windowTo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'findingCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'storedBytes' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'entityCounts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'enterprise' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kpiBoard' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewQuery, ReviewQueryVariables>;
export const CompareReviewsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompareReviews' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'compareReviews' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'added' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'removed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findingsAppeared' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findingsDisappeared' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'metricMoves' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'node' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'delta' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entityCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompareReviewsQuery, CompareReviewsQueryVariables>;
export const CreateReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateReviewInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createReview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateReviewMutation, CreateReviewMutationVariables>;
export const RecordDecisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordDecision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordDecision' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordDecisionMutation, RecordDecisionMutationVariables>;
export const DecisionOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DecisionOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionOptionsQuery, DecisionOptionsQueryVariables>;
export const TransformationLandscapeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TransformationLandscape' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'initiativeId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'capacityWeeksPerWave' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transformationLandscape' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'initiativeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'initiativeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'capacityWeeksPerWave' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'capacityWeeksPerWave' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'initiative' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'initiatives' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewGraphNode' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewGraphEdge' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'operatingModes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetMode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effectiveMode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedMode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedBy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'modeCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'generationCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'generation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'components' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'steps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effortWeeks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requires' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'initiative' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComputedPlanFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewFindingFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewGraphNode' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ViewNode' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewGraphEdge' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ViewEdge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComputedPlanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComputedPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'capacityWeeksPerWave' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earliestFinishWeeks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wavesFinishWeeks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'criticalPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oversized' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unestimated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unschedulable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'waves' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'wave' } },
                { kind: 'Field', name: { kind: 'Name', value: 'steps' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effortWeeks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationWeeks' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wave' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effortWeeks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'earliestStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'earliestFinish' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latestStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slack' } },
                { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waveFinish' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cycles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'steps' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unknownRequirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requires' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewFindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ViewFinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'about' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransformationLandscapeQuery, TransformationLandscapeQueryVariables>;
export const TransformationWhatIfDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TransformationWhatIf' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'initiativeId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'capacityWeeksPerWave' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'edits' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanEditInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transformationWhatIf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'initiativeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'initiativeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'capacityWeeksPerWave' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'capacityWeeksPerWave' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'edits' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'edits' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComputedPlanFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'added' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'changed' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'waveBefore' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'waveAfter' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'earliestFinishBefore' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'earliestFinishAfter' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'waveFinishBefore' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'waveFinishAfter' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'earliestFinishBefore' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'earliestFinishAfter' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'earliestFinishDelta' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wavesFinishBefore' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wavesFinishAfter' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wavesFinishDelta' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wavesBefore' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wavesAfter' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'criticalPathBefore' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'criticalPathAfter' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cyclesAdded' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'steps' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cyclesRemoved' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'steps' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewFindingFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComputedPlanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComputedPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'capacityWeeksPerWave' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earliestFinishWeeks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wavesFinishWeeks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'criticalPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oversized' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unestimated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unschedulable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'waves' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'wave' } },
                { kind: 'Field', name: { kind: 'Name', value: 'steps' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effortWeeks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationWeeks' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wave' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effortWeeks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'earliestStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'earliestFinish' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latestStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slack' } },
                { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waveFinish' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cycles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'steps' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unknownRequirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requires' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewFindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ViewFinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'about' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransformationWhatIfQuery, TransformationWhatIfQueryVariables>;
