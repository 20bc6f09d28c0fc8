// the metrics engine's data access: performance structure, fact cells, weekly rollups, the measurement system
export * from './raw';
export * from './rollups';
export * from './store';
export * from './structure';
export * from './measurement';
export { ROLLUP_LABEL, ROLLUP_STATE_LABEL } from './cypher';
