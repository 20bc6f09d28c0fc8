import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, type INestApplication, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import {
  AccessGuard,
  ALL_ROLES,
  ApiExceptionFilter,
  ApiValidationPipe,
  AuthService,
  createErrorFormatter,
  queryLimitsPlugin,
  requestContextFactory,
  type AuthRequest,
  type Principal,
  type Role,
} from '@streamscape/api-graphql';
import { GraphModule, translateGraphError } from '@streamscape/graph-nest';
import { EntitiesModule } from '../lib/entities.module';

/** Tests choose the caller's roles with this header (comma-separated); without it the caller holds all. */
export const ROLES_HEADER = 'x-test-roles';

class HeaderAuthService extends AuthService {
  async principalOf(request: AuthRequest): Promise<Principal> {
    const header = request.headers[ROLES_HEADER];
    const roles = typeof header === 'string' ? (header.split(',').filter(Boolean) as Role[]) : ALL_ROLES;
    return { id: 'test', name: 'Test user', roles: new Set(roles), groups: new Set<string>() };
  }
}

@Global()
@Module({
  providers: [{ provide: AuthService, useClass: HeaderAuthService }],
  exports: [AuthService],
})
class TestAuthModule {}

/**
 * The entities feature served as apps/api serves it (closed by default, guards on field resolvers, the
 * one error formatter, the query limits, the validation pipe), on the test Neo4j. A library cannot import
 * the app, so this mirrors its GraphQL wiring; `api:int-test` boots the real app with the module.
 */
@Module({
  imports: [
    TestAuthModule,
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
      useFactory: (auth: AuthService) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        includeStacktraceInErrorResponses: false,
        autoTransformHttpErrors: false,
        fieldResolverEnhancers: ['guards'],
        context: requestContextFactory(auth),
        formatError: createErrorFormatter({ translators: [translateGraphError] }),
        plugins: [queryLimitsPlugin({ maxComplexity: 5000, maxDepth: 12 })],
      }),
    }),
    EntitiesModule,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_PIPE, useClass: ApiValidationPipe },
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
  ],
})
class EntitiesTestModule {}

export interface TestApi {
  readonly app: INestApplication;
  /** POSTs one operation; `roles` narrows the caller's roles */
  request(
    query: string,
    variables?: Record<string, unknown>,
    roles?: readonly Role[],
  ): Promise<GraphQLAnswer>;
  close(): Promise<void>;
}

export interface GraphQLError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string; readonly fields?: { field: string; message: string }[] };
}

export interface GraphQLAnswer {
  readonly status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked by the test
  readonly data?: any;
  readonly errors?: GraphQLError[];
}

/** Starts the test API on a free loopback port. */
export async function startTestApi(): Promise<TestApi> {
  const app = await NestFactory.create(EntitiesTestModule, { logger: false, abortOnError: false });
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`;
  return {
    app,
    async request(query, variables = {}, roles) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(roles ? { [ROLES_HEADER]: roles.join(',') } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLAnswer, 'status'>;
      return { status: response.status, ...body };
    },
    close: () => app.close(),
  };
}
