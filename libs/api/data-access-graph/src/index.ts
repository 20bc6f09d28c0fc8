export * from './lib/config';
export * from './lib/errors';
export * from './lib/graph';
export * from './lib/migrate';
export * from './lib/values';
export * from './lib/landscape-store';
export { MIGRATIONS } from './lib/cypher/schema';
export * from './lib/fact-store';
export * from './lib/inspect';
