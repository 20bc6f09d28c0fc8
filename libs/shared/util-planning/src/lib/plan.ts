/** A step of a transformation plan, as the planning maths sees it. */
export interface PlanStep {
  readonly id: string;
  /** weeks of effort; missing, negative or not a number counts as 0 (and is listed in `unestimated`) */
  readonly effortWeeks?: number | null;
  /** ids of the steps that must be finished first */
  readonly requires?: readonly string[] | null;
  /** proposed, planned, in-progress or done (any case); a done step counts as finished */
  readonly status?: string | null;
  readonly plannedStart?: string | null;
  /** a pin: the step may not start before this wave (1-based) */
  readonly notBeforeWave?: number | null;
}

export interface Plan {
  readonly steps: readonly PlanStep[];
}

export interface PlanOptions {
  /** effort weeks one wave can hold; null, 0 or absent: unlimited */
  readonly capacityWeeksPerWave?: number | null;
}

export type StepState = 'DONE' | 'SCHEDULED' | 'UNSCHEDULABLE';

/** One step's place in the computed plan. Times are weeks from the plan's start. */
export interface StepSchedule {
  readonly id: string;
  readonly state: StepState;
  readonly effortWeeks: number;
  /** 1-based; 0 for a done step; null when unschedulable */
  readonly wave: number | null;
  /** when the step finishes if the plan runs wave by wave (a wave starts when the previous one ends) */
  readonly waveFinish: number | null;
  /** by effort alone, every step starting as soon as what it requires is finished */
  readonly earliestStart: number | null;
  readonly earliestFinish: number | null;
  /** the latest start and finish that keep the plan's earliest finish */
  readonly latestStart: number | null;
  readonly latestFinish: number | null;
  readonly slack: number | null;
  /** slack 0: any delay delays the plan */
  readonly critical: boolean;
}

export interface Wave {
  readonly wave: number;
  readonly steps: readonly string[];
  /** summed effort of its steps */
  readonly effortWeeks: number;
  readonly startWeek: number;
  /** the longest step of the wave */
  readonly durationWeeks: number;
}

export interface UnknownRequirement {
  readonly step: string;
  readonly requires: string;
}

export interface PlanResult {
  /** in the order of the plan's steps */
  readonly steps: readonly StepSchedule[];
  readonly waves: readonly Wave[];
  /** the longest chain by effort, first step first */
  readonly criticalPath: readonly string[];
  /** weeks until every schedulable step is finished, by effort alone (unlimited capacity) */
  readonly earliestFinish: number;
  /** weeks until the last wave ends, when the plan runs wave by wave */
  readonly wavesFinish: number;
  /** each cycle's steps, sorted; cycles sorted by their first step */
  readonly cycles: readonly (readonly string[])[];
  /** steps in a cycle, or requiring one directly or through other steps */
  readonly unschedulable: readonly string[];
  readonly unknownRequirements: readonly UnknownRequirement[];
  /** steps larger than the capacity of a wave: each gets a wave to itself */
  readonly oversized: readonly string[];
  readonly unestimated: readonly string[];
  readonly done: readonly string[];
  readonly capacityWeeksPerWave: number | null;
}

/** A plan that cannot be computed at all (not one that cannot be scheduled: that is a result). */
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanError';
  }
}

export const isDone = (status: string | null | undefined): boolean =>
  typeof status === 'string' && status.trim().toLowerCase() === 'done';

/** Effort below this counts as equal: efforts are often fractions of weeks. */
export const EPSILON = 1e-9;

export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
