export * from './lib/enums';
export * from './lib/kinds';
export * from './lib/refs';
export * from './lib/documents';
export * from './lib/facts';
