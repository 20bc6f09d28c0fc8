import { stringify as csv } from 'csv-stringify';
import { createWriteStream, promises as fs } from 'node:fs';
import { finished } from 'node:stream/promises';
import { join } from 'node:path';
import { FACT_DEFS, kindDef, KINDS, type FactType } from '@streamscape/domain';
import { readEntities, streamFacts, type Graph } from '@streamscape/graph';
import { toYaml, type Entity } from '@streamscape/landscape';

export interface ExportOptions {
  /** also write the flow facts as CSV under `facts/` */
  readonly facts?: boolean;
}

export interface ExportSummary {
  readonly files: string[];
  readonly entities: number;
  readonly facts: Partial<Record<FactType, number>>;
}

/**
 * Writes the graph back in the landscape format: one YAML file per kind (`value-stream.yaml`) and,
 * if asked, one CSV per fact type. Importing the result reproduces the graph.
 */
export async function exportLandscape(
  graph: Graph,
  outDir: string,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  await fs.mkdir(outDir, { recursive: true });
  const entities = await graph.read('export: entities', (tx) => readEntities(tx), { timeoutMs: 0 });
  const files: string[] = [];
  const byKind = new Map<string, Entity[]>();
  for (const e of entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  for (const def of KINDS) {
    const list = byKind.get(def.kind);
    if (!list) continue;
    const file = join(outDir, `${kindDef(def.kind).refName}.yaml`);
    await fs.writeFile(file, toYaml(list));
    files.push(file);
  }

  const facts: Partial<Record<FactType, number>> = {};
  if (options.facts) {
    await fs.mkdir(join(outDir, 'facts'), { recursive: true });
    for (const def of FACT_DEFS) {
      const file = join(outDir, 'facts', `${def.type}.csv`);
      const out = createWriteStream(file);
      const writer = csv({
        header: true,
        columns: def.columns.map((c) => c.name),
        cast: { number: (n) => String(n) },
      });
      writer.pipe(out);
      const count = await graph.read(
        `export: ${def.type}`,
        (tx) =>
          streamFacts(tx, def.type, (row) => {
            if (!writer.write(row)) return new Promise((resolve) => writer.once('drain', resolve));
          }),
        { timeoutMs: 0 },
      );
      writer.end();
      await finished(out);
      if (count === 0) await fs.rm(file);
      else {
        facts[def.type] = count;
        files.push(file);
      }
    }
  }
  return { files, entities: entities.length, facts };
}
