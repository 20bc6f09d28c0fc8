// portfolio reviews: frozen snapshots of the landscape, their statements, stores and comparison
export * from './types';
export * from './compare';
export { entityTable, entityKey } from './entity-table';
export { packJson, unpackJson } from './codec';
export { reviewsCypher } from './cypher';
export * from './store';
