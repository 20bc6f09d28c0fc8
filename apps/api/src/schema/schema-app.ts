import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';

/** The schema depends on code only: no database, no environment of the machine. */
const SCHEMA_ENV = { NODE_ENV: 'test', LOG_LEVEL: 'silent', NEO4J_PASSWORD: 'not-used' };

/** The app, initialised without Neo4j, writing its SDL to `schemaFile` (false: in memory only). */
export async function createSchemaApp(schemaFile: string | false): Promise<INestApplication> {
  const app = await NestFactory.create(
    AppModule.forRoot({ env: SCHEMA_ENV, connectGraph: false, schemaFile }),
    {
      logger: false,
      abortOnError: false,
    },
  );
  await app.init();
  return app;
}
