export * from './lib/model';
export * from './lib/problems';
export * from './lib/schema';
export * from './lib/source';
export * from './lib/validate';
export * from './lib/serialize';
export * from './lib/facts';
