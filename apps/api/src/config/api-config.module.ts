import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { ApiConfig, loadApiConfig } from './api-config';

/** @nestjs/config validating the environment with the zod schema at start-up; gives everyone ApiConfig. */
@Global()
@Module({})
export class ApiConfigModule {
  static forRoot(env: NodeJS.ProcessEnv): DynamicModule {
    const config = ConfigModule.forRoot({
      ignoreEnvFile: true,
      ignoreEnvVars: true,
      skipProcessEnv: true,
      // one object, not flat variables: nothing is written back into process.env
      validate: () => ({ api: loadApiConfig(env) }),
    });
    // Nest awaits this and fails start-up with the ConfigError; this only stops Node reporting it unhandled first
    config.catch(() => undefined);
    return {
      module: ApiConfigModule,
      imports: [config],
      providers: [
        {
          provide: ApiConfig,
          inject: [ConfigService],
          useFactory: (c: ConfigService) => c.getOrThrow<ApiConfig>('api'),
        },
      ],
      exports: [ApiConfig],
    };
  }
}
