import type { ConsoleLimits } from '@streamscape/graph';

export interface AnalysesOptions {
  /** the Cypher console's time limit (per transaction) and row limit */
  readonly console: ConsoleLimits;
}

export const ANALYSES_OPTIONS = Symbol('ANALYSES_OPTIONS');

export const DEFAULT_ANALYSES_OPTIONS: AnalysesOptions = { console: { timeoutMs: 5_000, maxRows: 1_000 } };
