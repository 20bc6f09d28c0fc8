import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ApiErrorCode } from '../errors/api-error';
import { operationDepth } from './depth';

export interface QueryLimits {
  /** the highest complexity an operation may have (each field 1, unless its `complexity` says more) */
  readonly maxComplexity: number;
  /** the deepest nesting of fields an operation may have */
  readonly maxDepth: number;
}

/**
 * Rejects an operation before it runs when it nests deeper or costs more than the limits, with
 * BAD_USER_INPUT and a message that states the figure and the limit.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const depth = operationDepth(document, request.operationName);
          if (depth > limits.maxDepth) {
            throw limitError(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}`, {
              depth,
              maxDepth: limits.maxDepth,
            });
          }
          const complexity = complexityOf(schema, document, request.operationName, request.variables);
          if (complexity > limits.maxComplexity) {
            throw limitError(
              `Query complexity ${complexity} exceeds the limit of ${limits.maxComplexity}: ask for fewer fields or smaller pages`,
              {
                complexity,
                maxComplexity: limits.maxComplexity,
              },
            );
          }
        },
      };
    },
  };
}

function complexityOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      ...(operationName ? { operationName } : {}),
      variables: variables ?? {},
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    // the estimator gives up on oversized documents (more than 10,000 nodes): that is the client's to fix
    throw limitError(`Query cannot be measured: ${(error as Error).message}`, {});
  }
}

function limitError(message: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ApiErrorCode.BAD_USER_INPUT, ...details, http: { status: 400 } },
  });
}
