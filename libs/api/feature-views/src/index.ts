export * from './lib/views.module';
export { ViewsService } from './lib/views.service';
export { DEFAULT_THRESHOLDS, type FindingThresholds } from './lib/rules/thresholds';
export { RULE_LIST, RULES } from './lib/rules/catalog';
export { ViewFinding, FindingRule } from './lib/model/finding.model';
export {
  ViewAttribute,
  ViewEdge,
  ViewEdgeKind,
  ViewNode,
  ViewNodeKind,
} from './lib/model/view-element.model';
export { ViewGraph, type ViewEdgeData, type ViewNodeData } from './lib/build/view-graph';
export { type Finding, viewId } from './lib/rules/finding';
