export * from './lib/analyses.module';
export * from './lib/analyses.options';
