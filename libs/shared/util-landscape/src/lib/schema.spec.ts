import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { landscapeJsonSchema } from './schema';
import { loadSources } from './source';

const PUBLISHED = join(__dirname, '../../../../../docs/landscape.schema.json');
const MINI = join(__dirname, '../../../../api/feature-landscape-io/src/fixtures/mini');

describe('the published JSON Schema', () => {
  it('is what the model registry generates (run `npm run schema:write` after changing the model)', () => {
    expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(landscapeJsonSchema());
  });

  it('accepts valid documents and rejects a wrong enum, as editors will use it', async () => {
    const validate = new Ajv2020({ allowUnionTypes: true }).compile(landscapeJsonSchema());
    const { documents } = await loadSources([MINI]);
    expect(documents.length).toBeGreaterThan(20);
    for (const doc of documents) expect(validate(doc.value)).toBe(true);
    const bad = {
      apiVersion: 'streamscape/v1',
      kind: 'Domain',
      metadata: { id: 'x', name: 'X' },
      spec: { partOf: 'a', operatingMode: 'agile' },
    };
    expect(validate(bad)).toBe(false);
  });
});
