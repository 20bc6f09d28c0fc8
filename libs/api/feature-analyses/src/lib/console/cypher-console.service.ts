import { Inject, Injectable, Optional } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '@streamscape/api-graphql';
import { CypherConsoleError, GraphError, GraphErrorCode, runConsoleQuery } from '@streamscape/graph';
import { GraphHost } from '@streamscape/graph-nest';
import { ANALYSES_OPTIONS, type AnalysesOptions, DEFAULT_ANALYSES_OPTIONS } from '../analyses.options';
import type { CypherArgs, CypherResult } from './cypher-result.model';

/** The read-only Cypher console: what the graph layer refuses or cannot finish, in the API's terms. */
@Injectable()
export class CypherConsoleService {
  private readonly limits: AnalysesOptions['console'];

  constructor(
    private readonly graph: GraphHost,
    @Optional() @Inject(ANALYSES_OPTIONS) options?: AnalysesOptions,
  ) {
    this.limits = (options ?? DEFAULT_ANALYSES_OPTIONS).console;
  }

  async run({ query, params }: CypherArgs): Promise<CypherResult> {
    try {
      return await runConsoleQuery(this.graph, query, paramsOf(params), this.limits);
    } catch (error) {
      if (error instanceof CypherConsoleError) {
        throw ApiError.badInput(error.message, [{ field: 'query', message: error.message }]);
      }
      if (error instanceof GraphError && error.code === GraphErrorCode.TIMEOUT) {
        // UNAVAILABLE, as for every query that hits its time limit; the message names this one's limit
        throw new ApiError(
          ApiErrorCode.UNAVAILABLE,
          `The query hit the console's time limit of ${this.limits.timeoutMs} ms; narrow it down (a more selective MATCH, a LIMIT) and try again`,
          { cause: error },
        );
      }
      throw error;
    }
  }
}

function paramsOf(params: unknown): Record<string, unknown> {
  if (params === null || params === undefined) return {};
  if (typeof params !== 'object' || Array.isArray(params)) {
    const message = 'params must be a JSON object of parameter values by name';
    throw ApiError.badInput(message, [{ field: 'params', message }]);
  }
  return params as Record<string, unknown>;
}
