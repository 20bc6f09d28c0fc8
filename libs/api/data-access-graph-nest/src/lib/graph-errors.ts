import { GraphError, GraphErrorCode } from '@streamscape/graph';
import { ApiError, ApiErrorCode } from '@streamscape/api-graphql';

/**
 * What the graph layer's errors mean to a client. Codes not listed (UNKNOWN, MIGRATION, INTEGER_OVERFLOW)
 * are faults of the server: they become INTERNAL and are logged.
 */
export function translateGraphError(error: unknown): ApiError | undefined {
  if (!(error instanceof GraphError)) return undefined;
  switch (error.code) {
    case GraphErrorCode.UNAVAILABLE:
      return new ApiError(
        ApiErrorCode.UNAVAILABLE,
        'The graph database is not reachable now; try again shortly',
        { cause: error },
      );
    case GraphErrorCode.UNAUTHORIZED:
      // a configuration fault of the server: the client learns only that the data is out of reach
      return new ApiError(ApiErrorCode.UNAVAILABLE, 'The graph database is not available now', {
        cause: error,
      });
    case GraphErrorCode.TIMEOUT:
      return new ApiError(
        ApiErrorCode.UNAVAILABLE,
        'The query took longer than its time limit; narrow it down or try again later',
        {
          cause: error,
        },
      );
    case GraphErrorCode.CONSTRAINT:
      return new ApiError(
        ApiErrorCode.CONFLICT,
        'The change conflicts with what the graph already holds (a duplicate id?)',
        { cause: error },
      );
    default:
      return undefined;
  }
}
