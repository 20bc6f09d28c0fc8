export * from './lib/entities.module';
