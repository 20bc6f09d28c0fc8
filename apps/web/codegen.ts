import type { CodegenConfig } from '@graphql-codegen/cli';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityDocuments } from './codegen/entity-documents';

/**
 * `npm run codegen`: typed documents for the web app from the committed API schema. The entity pages'
 * documents are derived from the schema first (libs/web/data-access-api/src/lib/entities.graphql).
 * STREAMSCAPE_CODEGEN_OUT writes everything to another folder instead (the drift test compares).
 */
const root = join(__dirname, '..', '..');
const target = process.env['STREAMSCAPE_CODEGEN_OUT'];
const gqlDir = target ? join(target, 'gql') : join(root, 'libs/web/data-access-api/src/gql');
const entitiesFile = target
  ? join(target, 'entities.graphql')
  : join(root, 'libs/web/data-access-api/src/lib/entities.graphql');
// a temp folder outside the repo would otherwise fall under .gitignore's `tmp/` and stay unformatted
const prettier = `prettier --config ${join(root, '.prettierrc.json')}${target ? ' --ignore-path ""' : ''} --write`;

mkdirSync(target ?? gqlDir, { recursive: true });
writeFileSync(entitiesFile, entityDocuments(readFileSync(join(root, 'apps/api/schema.graphql'), 'utf8')));

const config: CodegenConfig = {
  schema: join(root, 'apps/api/schema.graphql'),
  documents: [
    entitiesFile,
    'libs/web/**/src/**/*.{ts,tsx}',
    'apps/web/src/**/*.{ts,tsx}',
    '!libs/web/data-access-api/src/gql/**',
    '!**/*.spec.{ts,tsx}',
  ],
  ignoreNoDocuments: false,
  hooks: { afterStart: [`${prettier} ${entitiesFile}`], afterAllFileWrite: [prettier] },
  generates: {
    [gqlDir + '/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown', ScalarValue: 'unknown' },
      },
    },
  },
};

export default config;
