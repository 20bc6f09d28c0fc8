export * from './lib/import';
export * from './lib/export';
export * from './lib/spreadsheet';
