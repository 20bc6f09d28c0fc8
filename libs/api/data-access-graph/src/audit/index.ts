export * from './audit-store';
