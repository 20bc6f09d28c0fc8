export * from './lib/performance.module';
export * from './lib/performance.service';
export * from './lib/models/args';
export * from './lib/models/enums';
export * from './lib/models/metric.model';
export * from './lib/models/landscape.model';
export * from './lib/models/kpi.model';
