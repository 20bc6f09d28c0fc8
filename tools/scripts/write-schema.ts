// Writes the published JSON Schema of landscape documents (docs/landscape.schema.json) from the model registry.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { landscapeJsonSchema } from '@streamscape/landscape';

const file = join(__dirname, '../../docs/landscape.schema.json');
writeFileSync(file, `${JSON.stringify(landscapeJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${file}\n`);
