// the architects' structural analyses and the read-only Cypher console: statements and stores
export { componentImpact, type AnalysisNodeRef, type ComponentImpact, type ImpactedNode } from './impact';
export {
  dependencyPath,
  PATH_KINDS,
  type DependencyPathKind,
  type DependencyPathResult,
  type DependencyRoute,
  type RouteStep,
} from './path';
export { dependencyGraph, type ComponentDependency, type ComponentDependencyGraph } from './dependency-graph';
export {
  CONSOLE_PROCEDURES,
  consoleRefusal,
  CypherConsoleError,
  runConsoleQuery,
  type ConsoleLimits,
  type ConsolePlan,
  type ConsoleReader,
  type ConsoleResult,
} from './console';
export { toConsoleJson, toConsoleParams, type ConsoleJson } from './console-values';
