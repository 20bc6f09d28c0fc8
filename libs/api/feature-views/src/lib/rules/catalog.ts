import { FRICTION_RULES } from '@streamscape/planning';
import type { FindingThresholds } from './thresholds';
import type { FindingKind, Severity } from './finding';

export type ViewName = 'enterprise' | 'domain' | 'transformation';

export interface RuleDefinition {
  readonly id: string;
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** the one-line explanation: why this matters in value stream terms */
  readonly explanation: string;
  /** the views whose findings include it */
  readonly views: readonly ViewName[];
  readonly thresholds: readonly (keyof FindingThresholds)[];
}

/** The rule set (docs/findings.md describes each one, with how to fix what it finds). */
export const RULES = {
  fundingContradictsObligation: {
    id: 'funding-contradicts-obligation',
    kind: 'ISSUE',
    severity: 'HIGH',
    explanation:
      'A long-lived obligation paid for by budgets that end with their projects: nobody funds the years of maintenance.',
    views: ['enterprise'],
    thresholds: ['longLivedYears', 'asOf'],
  },
  integrationPointWithoutResponsible: {
    id: 'integration-point-without-responsible',
    kind: 'ISSUE',
    severity: 'HIGH',
    explanation: 'Work from several streams meets here, but no team or domain owns the integration.',
    views: ['enterprise', 'domain'],
    thresholds: [],
  },
  budgetFundsNothing: {
    id: 'budget-funds-nothing',
    kind: 'WEAKNESS',
    severity: 'MEDIUM',
    explanation: 'Money set aside that no domain, stream or team draws on.',
    views: ['enterprise'],
    thresholds: [],
  },
  domainWithoutBudget: {
    id: 'domain-without-budget',
    kind: 'ISSUE',
    severity: 'HIGH',
    explanation: 'No budget reaches the domain, its streams or the teams working in it.',
    views: ['enterprise'],
    thresholds: [],
  },
  teamSplitAcrossDomains: {
    id: 'team-split-across-domains',
    kind: 'WEAKNESS',
    severity: 'MEDIUM',
    explanation:
      'A team serving several domains belongs to none: its priorities are negotiated, not aligned to one flow.',
    views: ['enterprise', 'domain'],
    thresholds: ['maxDomainsPerTeam'],
  },
  teamCognitiveLoad: {
    id: 'team-cognitive-load',
    kind: 'WEAKNESS',
    severity: 'MEDIUM',
    explanation: 'More components or streams than a team can keep in its head: flow slows and quality drops.',
    views: ['domain'],
    thresholds: ['maxComponentsPerTeam', 'maxStreamsPerTeam'],
  },
  highCouplingBetweenSubStreams: {
    id: 'high-coupling-between-sub-streams',
    kind: 'WEAKNESS',
    severity: 'MEDIUM',
    explanation:
      'Much of the dependency weight around two sub-streams runs between them: they cannot deliver independently.',
    views: ['domain'],
    thresholds: ['maxCouplingDensity', 'minCouplingWeight'],
  },
  conwayDependencyWithoutInteraction: {
    id: 'conway-dependency-without-interaction',
    kind: 'WEAKNESS',
    severity: 'MEDIUM',
    explanation:
      'Their components depend on each other, but the teams do not interact: integration surprises come late.',
    views: ['domain'],
    thresholds: [],
  },
  conwayInteractionWithoutDependency: {
    id: 'conway-interaction-without-dependency',
    kind: 'WEAKNESS',
    severity: 'LOW',
    explanation:
      'The teams collaborate although none of their components depend on each other: coordination without a structural reason.',
    views: ['domain'],
    thresholds: [],
  },
  consolidationCandidate: {
    id: 'consolidation-candidate',
    kind: 'OPPORTUNITY',
    severity: 'MEDIUM',
    explanation:
      'Parallel streams build the same product or the same components: one stream with variants would do it once.',
    views: ['domain'],
    thresholds: ['minSharedComponents'],
  },
  orphanComponent: {
    id: 'orphan-component',
    kind: 'WEAKNESS',
    severity: 'MEDIUM',
    explanation: 'Nobody owns the component: its defects and changes wait for whoever has time.',
    views: ['domain'],
    thresholds: [],
  },
  variantFragmentation: {
    id: 'variant-fragmentation',
    kind: 'WEAKNESS',
    severity: 'MEDIUM',
    explanation:
      "The product's variants come from many streams: the same product is built, integrated and tested several times.",
    views: ['domain'],
    thresholds: ['maxStreamsPerProduct'],
  },
  // the transformation view's friction rules (docs/transformation.md), computed by @streamscape/planning
  productDependsOnProject: {
    ...FRICTION_RULES.productDependsOnProject,
    views: ['transformation'],
    thresholds: [],
  },
  nextGenerationOnLegacy: {
    ...FRICTION_RULES.nextGenerationOnLegacy,
    views: ['transformation'],
    thresholds: [],
  },
  changeWithoutPreparation: {
    ...FRICTION_RULES.changeWithoutPreparation,
    views: ['transformation'],
    thresholds: [],
  },
  planCycle: { ...FRICTION_RULES.planCycle, views: ['transformation'], thresholds: [] },
} as const satisfies Record<string, RuleDefinition>;

export type RuleName = keyof typeof RULES;

export const RULE_LIST: readonly RuleDefinition[] = Object.values(RULES);
