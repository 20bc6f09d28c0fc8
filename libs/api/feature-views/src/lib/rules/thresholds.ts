/** The limits the rules judge by. Every one has a documented default (docs/findings.md). */
export interface FindingThresholds {
  /** an obligation is long-lived when its end of life lies more than this many years after `asOf`, or is open */
  readonly longLivedYears: number;
  /** the day "now" is for end-of-life dates (ISO date); default: today */
  readonly asOf: string;
  /** a team may work on streams of this many domains before it counts as split */
  readonly maxDomainsPerTeam: number;
  /** a team may own this many components before its cognitive load counts as too high */
  readonly maxComponentsPerTeam: number;
  /** a team may work on this many streams (stages count as their stream) before its load counts as too high */
  readonly maxStreamsPerTeam: number;
  /** share of the dependency weight around two sub-streams that may run between them */
  readonly maxCouplingDensity: number;
  /** dependency weight between two sub-streams below which their coupling is not judged (too little evidence) */
  readonly minCouplingWeight: number;
  /** components two sibling streams may both build before they count as parallel */
  readonly minSharedComponents: number;
  /** streams that may deliver variants of one product before it counts as fragmented */
  readonly maxStreamsPerProduct: number;
}

export const DEFAULT_THRESHOLDS: Omit<FindingThresholds, 'asOf'> = {
  longLivedYears: 3,
  maxDomainsPerTeam: 1,
  maxComponentsPerTeam: 12,
  maxStreamsPerTeam: 3,
  maxCouplingDensity: 0.3,
  minCouplingWeight: 3,
  minSharedComponents: 2,
  maxStreamsPerProduct: 3,
};

/** The defaults with the given overrides; `asOf` defaults to today (UTC). */
export function resolveThresholds(
  overrides: Partial<FindingThresholds> = {},
  today = new Date(),
): FindingThresholds {
  const defined = Object.fromEntries(
    Object.entries(overrides).filter(([, v]) => v !== undefined && v !== null),
  );
  return { ...DEFAULT_THRESHOLDS, asOf: today.toISOString().slice(0, 10), ...defined };
}
