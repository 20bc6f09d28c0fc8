import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ApiConfig, ConfigError } from './config/api-config';

async function bootstrap(): Promise<void> {
  // no logger until pino takes over (a configuration error prints only its message, below);
  // abortOnError false: a start-up failure reaches the catch instead of process.abort()
  const app = await NestFactory.create(AppModule.forRoot(), { logger: false, abortOnError: false });
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.enableShutdownHooks();
  const config = app.get(ApiConfig);
  await app.listen(config.port, config.host);
  logger.log(
    `Streamscape API listening on ${await app.getUrl()}/graphql (NODE_ENV=${config.nodeEnv})`,
    'Bootstrap',
  );
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
