import type { INestApplication } from '@nestjs/common';
import { accessRulesOf, describeRule } from '@streamscape/api-graphql';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCHEMA_FILE } from '../app.module';
import { createSchemaApp } from './schema-app';

describe('the GraphQL schema', () => {
  let app: INestApplication;
  let generated: string;
  const dir = mkdtempSync(join(tmpdir(), 'streamscape-schema-'));

  beforeAll(async () => {
    app = await createSchemaApp(join(dir, 'schema.graphql'));
    generated = readFileSync(join(dir, 'schema.graphql'), 'utf8');
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('matches the committed apps/api/schema.graphql', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== generated) {
      throw new Error(
        'apps/api/schema.graphql differs from the schema the code builds. Run `npx nx run api:schema` and commit the file.',
      );
    }
  });

  it('has an access rule on every query and mutation', () => {
    const open = accessRulesOf(app).filter((row) => !row.rule);
    const names = open.map((row) => `${row.type}.${row.field}`).join(', ');
    if (open.length) throw new Error(`Fields without @Public() or @Roles(...): ${names}`);
  });

  it('opens the analyses and the Cypher console to architects only', () => {
    const rules = new Map(
      accessRulesOf(app).map((row) => [`${row.type}.${row.field}`, describeRule(row.rule)]),
    );
    for (const field of [
      'componentImpact',
      'dependencyPath',
      'dependencyCycles',
      'centralComponents',
      'cypher',
    ]) {
      expect([field, rules.get(`Query.${field}`)]).toEqual([field, 'roles: architect']);
    }
  });

  it('opens landscapeStats to viewers', () => {
    const rules = accessRulesOf(app).map((row) => [
      `${row.type}.${row.field}`,
      describeRule(row.rule),
      row.resolver,
    ]);
    expect(rules).toContainEqual([
      'Query.landscapeStats',
      'roles: viewer',
      'LandscapeStatsResolver.landscapeStats',
    ]);
  });
});
