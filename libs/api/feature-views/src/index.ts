export * from './lib/views.module';
