import type { FrictionFinding, ModeDependency, PlanResult } from '@streamscape/planning';

/**
 * What the transformation view reads. Plain JSON: references are `kind:id` strings (`value-stream:ev-drive`),
 * enum values as stored (upper snake case: PRODUCT, IN_PROGRESS, NEXT), dates as ISO strings.
 */
export interface InitiativeData {
  readonly id: string;
  readonly name: string | null;
  readonly description: string | null;
  /** a reference: `org-unit:value-stream-office` */
  readonly owner: string | null;
}

export interface StepSetData {
  /** a reference */
  readonly target: string;
  readonly field: string;
  readonly value: string | number | boolean | null;
}

export interface StepData {
  readonly id: string;
  readonly name: string | null;
  readonly description: string | null;
  readonly status: string | null;
  readonly effortWeeks: number | null;
  readonly plannedStart: string | null;
  readonly initiative: string | null;
  /** step ids */
  readonly requires: readonly string[];
  /** references */
  readonly changes: readonly string[];
  readonly sets: readonly StepSetData[];
}

export interface ModeData {
  readonly id: string;
  readonly name: string | null;
  readonly mode: string | null;
  readonly targetMode: string | null;
}

export interface StreamModeData extends ModeData {
  readonly parent: string | null;
  /** the domain it belongs to, through its parent streams */
  readonly domain: string | null;
  /** its own mode, else its parent stream's, else its domain's */
  readonly effectiveMode: string | null;
  readonly effectiveTargetMode: string | null;
}

export interface TeamModeData {
  readonly id: string;
  readonly name: string | null;
  readonly type: string | null;
  readonly mode: string | null;
  /** stream ids it works on (directly or through a stage) */
  readonly streams: readonly string[];
}

export interface ComponentGenerationData {
  readonly id: string;
  readonly name: string | null;
  /** LEGACY, CURRENT, NEXT or null */
  readonly generation: string | null;
  readonly streams: readonly string[];
  readonly owners: readonly string[];
}

export interface GenerationData {
  readonly id: string;
  readonly name: string | null;
  readonly product: string | null;
  readonly productName: string | null;
  /** PLANNED, ACTIVE, LEGACY */
  readonly status: string | null;
  readonly endOfLife: string | null;
}

export interface TransformationData {
  /** the initiative asked for; null: every step */
  readonly initiativeId: string | null;
  readonly initiatives: readonly InitiativeData[];
  /** the initiative's steps and every step they require (from any initiative); all steps when none was asked for */
  readonly steps: readonly StepData[];
  readonly domains: readonly ModeData[];
  readonly streams: readonly StreamModeData[];
  readonly teams: readonly TeamModeData[];
  readonly components: readonly ComponentGenerationData[];
  readonly generations: readonly GenerationData[];
  /** component dependencies with a legacy or next-generation end (references) */
  readonly generationDependencies: readonly { from: string; to: string; weight: number }[];
  /** stream -> stream and team -> team dependencies (references) with their evidence */
  readonly modeDependencies: readonly ModeDependency[];
  /** per node a step touches: what contains, owns or frames it (references) */
  readonly context: Readonly<Record<string, readonly string[]>>;
  /** the name of each node a step touches (references), null when it has none */
  readonly touched: Readonly<Record<string, string | null>>;
}

/** The transformation view's data, its computed plan and its findings: one JSON-serializable object. */
export interface TransformationLandscapeData extends TransformationData {
  readonly plan: PlanResult;
  readonly findings: readonly FrictionFinding[];
}
