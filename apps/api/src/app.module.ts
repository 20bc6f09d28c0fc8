import { ApolloDriver } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessModule, ApiExceptionFilter, ApiValidationPipe, AuthService } from '@streamscape/api-graphql';
import { AnalysesModule } from '@streamscape/api-analyses';
import { AuditModule } from '@streamscape/api-audit';
import { EntitiesModule } from '@streamscape/api-entities';
import { LandscapeModule } from '@streamscape/api-landscape';
import { PerformanceModule } from '@streamscape/api-performance';
import { ReviewsModule } from '@streamscape/api-reviews';
import { TransformationModule } from '@streamscape/api-transformation';
import { ViewsModule } from '@streamscape/api-views';
import { GraphModule } from '@streamscape/graph-nest';
import { LoggerModule } from 'nestjs-pino';
import { join } from 'node:path';
import { ApiConfig, repoRoot } from './config/api-config';
import { ApiConfigModule } from './config/api-config.module';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthModule } from './health/health.module';
import { GraphqlMetrics } from './observability/graphql-metrics';
import { loggerParams } from './observability/logging';
import { MetricsModule } from './observability/metrics.module';

/** The committed schema artefact. */
export const SCHEMA_FILE = join(repoRoot(), 'apps/api/schema.graphql');

export interface AppOptions {
  /** the environment to configure from (default: process.env) */
  readonly env?: NodeJS.ProcessEnv;
  /** false: never connect to Neo4j (printing the schema); queries answer UNAVAILABLE */
  readonly connectGraph?: boolean;
  /** where to write the SDL; default: SCHEMA_FILE when NODE_ENV=development, nowhere otherwise */
  readonly schemaFile?: string | false;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions = {}): DynamicModule {
    const env = options.env ?? process.env;
    const schemaFile = options.schemaFile ?? (env['NODE_ENV'] === 'development' ? SCHEMA_FILE : false);
    return {
      module: AppModule,
      imports: [
        ApiConfigModule.forRoot(env),
        LoggerModule.forRootAsync({ inject: [ApiConfig], useFactory: loggerParams }),
        GraphModule.forRootAsync({
          inject: [ApiConfig],
          useFactory: (config: ApiConfig) => ({
            config: config.graph,
            connect: options.connectGraph ?? true,
          }),
        }),
        AccessModule.forRootAsync({
          inject: [ApiConfig],
          useFactory: (config: ApiConfig) => config.auth,
        }),
        MetricsModule,
        GraphQLModule.forRootAsync({
          driver: ApolloDriver,
          imports: [MetricsModule],
          inject: [ApiConfig, AuthService, GraphqlMetrics],
          useFactory: (config: ApiConfig, auth: AuthService, metrics: GraphqlMetrics) =>
            graphqlOptions(config, auth, metrics, schemaFile),
        }),
        HealthModule,
        AuditModule,
        LandscapeModule,
        EntitiesModule,
        ViewsModule,
        PerformanceModule,
        ReviewsModule,
        TransformationModule,
        AnalysesModule.forRootAsync({
          inject: [ApiConfig],
          useFactory: (config: ApiConfig) => ({ console: config.cypherConsole }),
        }),
      ],
      providers: [
        { provide: APP_PIPE, useClass: ApiValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    };
  }
}
