import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The committed client (src/gql) and entity documents must be what `npm run codegen` makes from the
// committed schema today: a schema change that the web app has not caught up with fails here.
const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const LIB = join(ROOT, 'libs/web/data-access-api/src');

describe('generated GraphQL client', () => {
  let out: string;
  beforeAll(() => {
    // codegen orders documents by path, so the fresh entity documents sit where they sort like the committed ones
    out = join(LIB, 'lib', `entities.check-${process.pid}`);
    mkdirSync(out, { recursive: true });
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/.bin/graphql-codegen'), '--config', 'apps/web/codegen.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, STREAMSCAPE_CODEGEN_OUT: out },
        stdio: 'pipe',
      },
    );
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('has the entity documents the schema gives', () => {
    expect(readFileSync(join(out, 'entities.graphql'), 'utf8')).toBe(
      readFileSync(join(LIB, 'lib/entities.graphql'), 'utf8'),
    );
  });

  it('has every generated file as a fresh run writes it', () => {
    const fresh = readdirSync(join(out, 'gql')).sort();
    expect(readdirSync(join(LIB, 'gql')).sort()).toEqual(fresh);
    for (const file of fresh) {
      const committed = readFileSync(join(LIB, 'gql', file), 'utf8');
      // compare as a whole but report only the file name, not 200 kB of diff
      expect({ file, same: committed === readFileSync(join(out, 'gql', file), 'utf8') }).toEqual({
        file,
        same: true,
      });
    }
  });
});
