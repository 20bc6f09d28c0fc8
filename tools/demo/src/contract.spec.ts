import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import YAML from 'yaml';
import { FACT_DEFS, refKey } from '@streamscape/domain';
import {
  FactChecker,
  formatProblem,
  loadSources,
  readFactRows,
  validateDocuments,
} from '@streamscape/landscape';
import { DEFAULTS, generate } from './generate';

const SCHEMA = join(__dirname, '../../../docs/landscape.schema.json');

/**
 * Cross-checks the generated files with the project's published contract: the JSON Schema in docs/
 * and the importer's own validation (util-landscape). If this fails while integrity.spec.ts passes,
 * the generator and the importer disagree about the format.
 */
describe('generated demo against the importer contract', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'streamscape-demo-'));
    generate({ out, ...DEFAULTS, months: 2, facts: true });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('matches the published JSON Schema, document by document', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    const invalid: string[] = [];
    for (const file of readdirSync(join(out, 'landscape'))) {
      for (const d of YAML.parseAllDocuments(readFileSync(join(out, 'landscape', file), 'utf8'))) {
        const value = d.toJS();
        if (!validate(value))
          invalid.push(`${file} ${value.kind}:${value.metadata?.id} ${ajv.errorsText(validate.errors)}`);
      }
    }
    expect(invalid).toEqual([]);
  });

  it('passes the importer validation: landscape and facts', async () => {
    const dir = join(out, 'landscape');
    const sources = await loadSources(readdirSync(dir).map((f) => join(dir, f)));
    const result = validateDocuments(sources.documents);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.entities.length).toBe(sources.documents.length);

    const keys = new Set(result.entities.map((e) => refKey({ kind: e.kind, id: e.id })));
    const checker = new FactChecker({ hasEntity: (k) => keys.has(k) });
    for (const def of FACT_DEFS) {
      const path = join(out, 'facts', `${def.type}.csv`);
      for await (const raw of readFactRows(path)) checker.check(def, path, raw);
    }
    checker.finish(new Map());
    expect(checker.problems.map(formatProblem)).toEqual([]);
  });
});
