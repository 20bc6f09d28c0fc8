import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import {
  type AuthService,
  createErrorFormatter,
  queryLimitsPlugin,
  requestContextFactory,
} from '@streamscape/api-graphql';
import { translateGraphError } from '@streamscape/graph-nest';
import type { ApiConfig } from '../config/api-config';
import type { GraphqlMetrics } from '../observability/graphql-metrics';

/** Apollo behind /graphql: code first, closed by default, bounded, errors in one shape. */
export function graphqlOptions(
  config: ApiConfig,
  auth: AuthService,
  metrics: GraphqlMetrics,
  schemaFile: string | false,
): ApolloDriverConfig {
  return {
    path: '/graphql',
    // true: build in memory; a path: also write the SDL there
    autoSchemaFile: schemaFile || true,
    sortSchema: true,
    buildSchemaOptions: { addNewlineAtEnd: true },
    playground: false,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    // our formatError maps Nest's HTTP exceptions itself
    autoTransformHttpErrors: false,
    // the AccessGuard runs on @ResolveField methods too
    fieldResolverEnhancers: ['guards'],
    context: requestContextFactory(auth),
    formatError: createErrorFormatter({ translators: [translateGraphError], logger: new Logger('GraphQL') }),
    plugins: [
      // no HTTP cache hints are served: spare every resolved field Apollo's cache-control hook
      ApolloServerPluginCacheControlDisabled(),
      ...(config.nodeEnv === 'development'
        ? [ApolloServerPluginLandingPageLocalDefault({ embed: true })]
        : []),
      queryLimitsPlugin(config.graphql),
      metrics.plugin(),
    ],
  };
}
