export * from './lib/analyses.module';
