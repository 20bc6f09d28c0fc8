export * from './lib/graph-host';
export * from './lib/graph.module';
export * from './lib/graph-errors';
export * from './lib/mutation-audit';
