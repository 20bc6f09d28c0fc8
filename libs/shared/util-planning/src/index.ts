// The transformation view's pure logic: plan maths (waves, critical path, cycles, what-if) and friction rules
export * from './lib/plan';
export { findCycles } from './lib/cycles';
export { computePlan } from './lib/schedule';
export * from './lib/what-if';
export * from './lib/friction';
