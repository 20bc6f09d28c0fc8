import { Neo4jError } from 'neo4j-driver';

export enum GraphErrorCode {
  /** the database cannot be reached */
  UNAVAILABLE = 'GRAPH_UNAVAILABLE',
  /** the credentials were refused */
  UNAUTHORIZED = 'GRAPH_UNAUTHORIZED',
  /** a write broke a constraint (e.g. a duplicate id) */
  CONSTRAINT = 'GRAPH_CONSTRAINT',
  /** a query took longer than it may */
  TIMEOUT = 'GRAPH_TIMEOUT',
  /** an integer beyond what a JavaScript number holds exactly, where a number was required */
  INTEGER_OVERFLOW = 'GRAPH_INTEGER_OVERFLOW',
  /** a migration could not be applied */
  MIGRATION = 'GRAPH_MIGRATION',
  UNKNOWN = 'GRAPH_UNKNOWN',
}

/** The one error type of the graph layer: callers switch on `code`, never on driver internals. */
export class GraphError extends Error {
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GraphError';
  }
}

/** Maps driver errors to GraphError in one place (the codes are Neo4j's status codes). */
export function toGraphError(error: unknown, operation: string): GraphError {
  if (error instanceof GraphError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? '';
    if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
      return new GraphError(
        GraphErrorCode.UNAVAILABLE,
        `Neo4j is not reachable (${operation}): ${error.message}`,
        { cause: error },
      );
    }
    if (code.startsWith('Neo.ClientError.Security.')) {
      return new GraphError(GraphErrorCode.UNAUTHORIZED, `Neo4j refused the credentials (${operation})`, {
        cause: error,
      });
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new GraphError(GraphErrorCode.CONSTRAINT, `${operation}: ${error.message}`, { cause: error });
    }
    if (code.includes('TransactionTimedOut') || code.includes('TransactionTimedOutClientConfiguration')) {
      return new GraphError(GraphErrorCode.TIMEOUT, `${operation} took longer than its time limit`, {
        cause: error,
      });
    }
    return new GraphError(GraphErrorCode.UNKNOWN, `${operation} failed: ${error.message} (${code})`, {
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new GraphError(GraphErrorCode.UNKNOWN, `${operation} failed: ${message}`, { cause: error });
}
