import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import {
  AccessGuard,
  ApiExceptionFilter,
  ApiValidationPipe,
  AuthService,
  createErrorFormatter,
  queryLimitsPlugin,
  requestContextFactory,
} from '@streamscape/api-graphql';
import { translateGraphError } from '../lib/graph-errors';
import { GraphModule } from '../lib/graph.module';

class TestAuthModule {}
class FeatureTestModule {}

/**
 * A feature module served as apps/api serves it (closed by default, guards on field resolvers, the one error
 * formatter, the query limits, the validation pipe), on the test Neo4j, with `auth` resolving the caller. A
 * library cannot import the app, so this mirrors its GraphQL wiring; `api:int-test` boots the real app.
 */
export function featureTestModule(feature: Type<unknown>, auth: Type<AuthService>): DynamicModule {
  return {
    module: FeatureTestModule,
    imports: [
      {
        module: TestAuthModule,
        global: true,
        providers: [{ provide: AuthService, useClass: auth }],
        exports: [AuthService],
      },
      GraphModule.forRootAsync({
        useFactory: () => ({
          config: {
            uri: process.env['NEO4J_TEST_URI']!,
            user: 'neo4j',
            password: process.env['NEO4J_TEST_PASSWORD']!,
            database: 'neo4j',
            readTimeoutMs: 30_000,
          },
        }),
      }),
      GraphQLModule.forRootAsync<ApolloDriverConfig>({
        driver: ApolloDriver,
        inject: [AuthService],
        useFactory: (authService: AuthService) => ({
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          includeStacktraceInErrorResponses: false,
          autoTransformHttpErrors: false,
          fieldResolverEnhancers: ['guards'],
          context: requestContextFactory(authService),
          formatError: createErrorFormatter({ translators: [translateGraphError] }),
          plugins: [queryLimitsPlugin({ maxComplexity: 5000, maxDepth: 12 })],
        }),
      }),
      feature,
    ],
    providers: [
      { provide: APP_GUARD, useClass: AccessGuard },
      { provide: APP_PIPE, useClass: ApiValidationPipe },
      { provide: APP_FILTER, useClass: ApiExceptionFilter },
    ],
  };
}
