/**
 * What the views read from the graph: plain data, integers as numbers, dates as ISO strings, enum
 * values as stored (upper snake case). Labels are the model's kind names (`ValueStream`).
 */

/** a node by its label and id */
export interface NodeRef {
  readonly kind: string;
  readonly id: string;
}

export interface NamedRef extends NodeRef {
  readonly name: string | null;
}

export interface GenerationLife {
  readonly id: string;
  readonly status: string | null;
  /** ISO date */
  readonly endOfLife: string | null;
}

export interface Obligation {
  /** DELIVER, MAINTAIN, INTEGRATE */
  readonly kind: string;
  readonly target: NamedRef;
  /** of a Generation target */
  readonly status: string | null;
  readonly endOfLife: string | null;
  /** of a Generation target: its product */
  readonly product: { readonly id: string; readonly name: string | null } | null;
  /** of a Product target: its generations */
  readonly generations: readonly GenerationLife[];
}

export interface DomainSummary {
  readonly id: string;
  readonly name: string | null;
  readonly operatingMode: string | null;
  readonly targetOperatingMode: string | null;
  /** streams at every level, sub-streams included */
  readonly valueStreams: number;
  readonly subStreams: number;
  /** teams working on its streams or their stages */
  readonly teams: number;
  /** its top-level value streams (sub-streams are counted on them) */
  readonly streams: readonly DomainStream[];
  readonly obligations: readonly Obligation[];
}

export interface DomainStream {
  readonly id: string;
  readonly name: string | null;
  readonly type: string | null;
  readonly operatingMode: string | null;
  readonly subStreams: number;
}

/** how a budget reaches a domain: funding it, one of its streams, or a team working in it */
export interface BudgetReach {
  readonly domain: string;
  readonly via: 'Domain' | 'ValueStream' | 'Team';
  readonly target: string;
}

export interface BudgetSummary {
  readonly id: string;
  readonly name: string | null;
  /** PROJECT, PRODUCT, CAPACITY */
  readonly model: string;
  readonly fiscalYear: number;
  readonly amount: number;
  readonly currency: string;
  readonly providedBy: string | null;
  /** how many things it funds, whatever they are */
  readonly targets: number;
  readonly reaches: readonly BudgetReach[];
}

export interface OrgUnitSummary {
  readonly id: string;
  readonly name: string | null;
  readonly type: string | null;
  readonly parent: string | null;
}

export interface StreamDelivery {
  readonly stream: string;
  readonly domain: string | null;
}

export interface IntegrationPointSummary {
  readonly id: string;
  readonly name: string | null;
  readonly level: string | null;
  /** the stage it sits at, that stage's stream and domain */
  readonly stage: string | null;
  readonly stream: string | null;
  readonly domain: string | null;
  /** teams and domains responsible for it */
  readonly responsible: readonly NamedRef[];
  readonly deliveries: readonly StreamDelivery[];
}

export interface DomainDependency {
  readonly source: string;
  readonly target: string;
  /** summed dependency weights (1 where a dependency has none) */
  readonly weight: number;
  readonly dependencies: number;
}

export interface MultiDomainTeam {
  readonly id: string;
  readonly name: string | null;
  readonly type: string | null;
  readonly domains: readonly { readonly domain: string; readonly streams: number }[];
}

export interface StoredFinding {
  readonly id: string;
  readonly name: string | null;
  readonly description: string | null;
  readonly kind: string | null;
  readonly severity: string | null;
  readonly status: string | null;
  readonly about: readonly NodeRef[];
}

export interface EnterpriseData {
  readonly enterprise: { readonly id: string; readonly name: string | null } | null;
  readonly domains: readonly DomainSummary[];
  readonly budgets: readonly BudgetSummary[];
  readonly orgUnits: readonly OrgUnitSummary[];
  readonly integrationPoints: readonly IntegrationPointSummary[];
  readonly domainDependencies: readonly DomainDependency[];
  readonly multiDomainTeams: readonly MultiDomainTeam[];
  readonly storedFindings: readonly StoredFinding[];
}

export interface StreamData {
  readonly id: string;
  readonly name: string | null;
  /** the domain, or the parent stream of a sub-stream */
  readonly parent: NodeRef;
  readonly type: string | null;
  readonly operatingMode: string | null;
  readonly targetOperatingMode: string | null;
  /** products and variants */
  readonly delivers: readonly NodeRef[];
  /** integration point ids */
  readonly deliversTo: readonly string[];
}

export interface StageLink {
  readonly id: string;
  readonly name: string | null;
}

export interface StageData {
  readonly id: string;
  readonly name: string | null;
  readonly stream: string;
  readonly order: number;
  readonly integrationLevel: string | null;
  readonly qualityGate: string | null;
  readonly wipLimit: number | null;
  readonly flowsTo: readonly StageLink[];
  readonly feedbackTo: readonly (StageLink & { readonly delayDays: number | null })[];
}

export interface WeightedLink {
  readonly id: string;
  readonly weight: number;
}

export interface ComponentData {
  readonly id: string;
  readonly name: string | null;
  readonly generation: string | null;
  /** stage null: built by the stream directly */
  readonly builtIn: readonly { readonly stage: string | null; readonly stream: string }[];
  readonly owners: readonly string[];
  readonly dependsOn: readonly WeightedLink[];
  readonly dependedOnBy: readonly WeightedLink[];
}

export interface ExternalComponentData {
  readonly id: string;
  readonly name: string | null;
  readonly generation: string | null;
  readonly owners: readonly string[];
  readonly domains: readonly { readonly id: string; readonly name: string | null }[];
}

export interface TeamWork {
  /** Stage or ValueStream */
  readonly kind: string;
  readonly id: string;
  readonly stream: string;
  readonly domain: string | null;
}

export interface TeamInteraction {
  readonly team: string;
  readonly name: string | null;
  /** COLLABORATION, X_AS_A_SERVICE, FACILITATING */
  readonly mode: string | null;
  /** declared by this team (rather than by the other) */
  readonly outgoing: boolean;
  /** components the other team owns */
  readonly owns: number;
  /** a component of one depends on a component of the other, either way */
  readonly dependent: boolean;
}

export interface TeamData {
  readonly id: string;
  readonly name: string | null;
  readonly type: string | null;
  readonly size: number | null;
  /** every component it owns, in any domain */
  readonly owns: readonly string[];
  /** every stream and stage it works on, in any domain */
  readonly worksOn: readonly TeamWork[];
  readonly interactions: readonly TeamInteraction[];
}

export interface ProductData {
  readonly id: string;
  readonly name: string | null;
  readonly variants: readonly { readonly id: string; readonly name: string | null }[];
  readonly generations: readonly (GenerationLife & { readonly name: string | null })[];
  /** every stream in the landscape that delivers one of its variants */
  readonly variantDeliveries: readonly (StreamDelivery & { readonly variant: string })[];
}

export interface DomainData {
  readonly domain: {
    readonly id: string;
    readonly name: string | null;
    readonly operatingMode: string | null;
    readonly targetOperatingMode: string | null;
    readonly obligations: readonly { readonly kind: string; readonly target: NamedRef }[];
  };
  readonly streams: readonly StreamData[];
  readonly stages: readonly StageData[];
  readonly components: readonly ComponentData[];
  readonly externalComponents: readonly ExternalComponentData[];
  readonly teams: readonly TeamData[];
  readonly products: readonly ProductData[];
  readonly integrationPoints: readonly IntegrationPointSummary[];
  readonly storedFindings: readonly StoredFinding[];
}
