import { stringify as csv } from 'csv-stringify';
import { createWriteStream, promises as fs } from 'node:fs';
import { finished } from 'node:stream/promises';
import { dirname, join } from 'node:path';
import { FACT_DEFS, kindDef, KINDS, type FactType } from '@streamscape/domain';
import { readEntities, streamFacts, type Graph } from '@streamscape/graph';
import { toYaml, type Entity } from '@streamscape/landscape';
import { kindCsvFiles, landscapeWorkbook } from './spreadsheet';

export interface ExportOptions {
  /** also write the flow facts as CSV under `facts/` (YAML and CSV exports) */
  readonly facts?: boolean;
  /**
   * `yaml` (default): a folder of YAML files; `csv`: a folder of CSV files, one per kind (`team.csv`);
   * `xlsx`: one workbook, `outDir` is then its file name
   */
  readonly format?: 'yaml' | 'csv' | 'xlsx';
}

export interface ExportSummary {
  readonly files: string[];
  readonly entities: number;
  readonly facts: Partial<Record<FactType, number>>;
}

/**
 * Writes the graph back in the landscape format: one YAML file per kind (`value-stream.yaml`), or one CSV per
 * kind (`value-stream.csv`, the columns of a workbook's sheet), and, if asked, one CSV per fact type.
 * Importing the result reproduces the graph.
 */
export async function exportLandscape(
  graph: Graph,
  outDir: string,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  if (options.format === 'xlsx') {
    // millions of fact rows do not fit in a workbook (about a million rows per sheet)
    if (options.facts) throw new Error('facts are exported as CSV files: use a YAML export for --facts');
    return exportWorkbook(graph, outDir);
  }
  await fs.mkdir(outDir, { recursive: true });
  const entities = await graph.read('export: entities', (tx) => readEntities(tx), { timeoutMs: 0 });
  const files: string[] = [];
  const byKind = new Map<string, Entity[]>();
  for (const e of entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  if (options.format === 'csv') {
    for (const { name, text } of kindCsvFiles(await landscapeWorkbook(entities))) {
      const file = join(outDir, name);
      await fs.writeFile(file, text);
      files.push(file);
    }
  } else {
    for (const def of KINDS) {
      const list = byKind.get(def.kind);
      if (!list) continue;
      const file = join(outDir, `${kindDef(def.kind).refName}.yaml`);
      await fs.writeFile(file, toYaml(list));
      files.push(file);
    }
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

/** Writes the graph as one landscape workbook (docs/spreadsheets.md); importing it reproduces the graph. */
export async function exportWorkbook(graph: Graph, file: string): Promise<ExportSummary> {
  const entities = await graph.read('export: entities', (tx) => readEntities(tx), { timeoutMs: 0 });
  const workbook = await landscapeWorkbook(entities);
  await fs.mkdir(dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
  return { files: [file], entities: entities.length, facts: {} };
}
