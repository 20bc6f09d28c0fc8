export * from './lib/import';
export * from './lib/export';
