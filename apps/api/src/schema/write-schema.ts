// `nx run api:schema`: writes apps/api/schema.graphql from the code (no database needed).
import 'reflect-metadata';
import { relative } from 'node:path';
import { SCHEMA_FILE } from '../app.module';
import { createSchemaApp } from './schema-app';

createSchemaApp(SCHEMA_FILE)
  .then(async (app) => {
    await app.close();
    process.stdout.write(`wrote ${relative(process.cwd(), SCHEMA_FILE)}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
