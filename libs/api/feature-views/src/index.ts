export * from './lib/views.module';
export { ViewsService } from './lib/views.service';
export { DEFAULT_THRESHOLDS, type FindingThresholds } from './lib/rules/thresholds';
export { RULE_LIST, RULES } from './lib/rules/catalog';
