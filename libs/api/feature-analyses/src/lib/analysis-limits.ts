/** The deepest an analysis follows dependencies: deeper chains are rare, and each level is a round trip. */
export const MAX_ANALYSIS_DEPTH = 50;
