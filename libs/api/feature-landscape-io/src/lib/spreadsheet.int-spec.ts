import { Workbook } from 'exceljs';
import { join } from 'node:path';
import type { Graph } from '@streamscape/graph';
import { resetGraph } from '@streamscape/graph/testing';
import { formatProblem } from '@streamscape/landscape';
import { exportLandscape } from './export';
import { importLandscape } from './import';
import { expectOk, fingerprintOf, useScratchGraph } from './testing/scratch-graph';

const DEMO = join(__dirname, '../../../../../examples/demo/landscape');

let graph: Graph;
let scratch: string;
useScratchGraph('streamscape-xlsx-', (g, dir) => {
  graph = g;
  scratch = dir;
});

const fingerprint = () => fingerprintOf(graph);

/** The demo landscape imported from YAML and exported as a workbook; returns the graph's fingerprint. */
async function demoWorkbook(file: string): Promise<string> {
  expectOk(await importLandscape(graph, [DEMO], { rollups: false }));
  const exported = await exportLandscape(graph, file, { format: 'xlsx' });
  expect(exported).toEqual({ files: [file], entities: 603, facts: {} });
  return fingerprint();
}

describe('landscape workbooks on the graph', () => {
  it('round-trips the demo landscape: importing its workbook gives the graph of the YAML import', async () => {
    const file = join(scratch, 'demo.xlsx');
    const fromYaml = await demoWorkbook(file);

    await resetGraph(graph);
    const summary = expectOk(await importLandscape(graph, [file], { rollups: false }));
    expect(summary.entities).toMatchObject({ total: 603, created: 603 });
    expect(summary.files.landscape).toBe(1);
    expect(await fingerprint()).toBe(fromYaml);

    // importing the same workbook again changes nothing
    const again = expectOk(await importLandscape(graph, [scratch], { rollups: false }));
    expect(again.entities).toMatchObject({
      created: 0,
      updated: 0,
      deleted: 0,
      unchanged: 603,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    expect(await fingerprint()).toBe(fromYaml);
  });

  it('round-trips the demo landscape through one CSV file per kind', async () => {
    expectOk(await importLandscape(graph, [DEMO], { rollups: false }));
    const fromYaml = await fingerprint();
    const folder = join(scratch, 'csv');
    const exported = await exportLandscape(graph, folder, { format: 'csv' });
    expect(exported.files.map((f) => f.slice(folder.length + 1))).toContain('team.csv');

    await resetGraph(graph);
    const summary = expectOk(await importLandscape(graph, [folder], { rollups: false }));
    expect(summary.entities).toMatchObject({ total: 603, created: 603 });
    expect(await fingerprint()).toBe(fromYaml);
  });

  it('imports nothing from a workbook with one bad cell, and names its sheet, row and column', async () => {
    const file = join(scratch, 'demo.xlsx');
    await demoWorkbook(file);
    await resetGraph(graph);
    const empty = await fingerprint();

    const workbook = new Workbook();
    await workbook.xlsx.readFile(file);
    const team = workbook.getWorksheet('team')!;
    const size = (team.getRow(1).values as unknown[]).indexOf('size');
    team.getRow(5).getCell(size).value = 'seven';
    await workbook.xlsx.writeFile(file);

    const result = await importLandscape(graph, [file], { cwd: scratch });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: 'demo.xlsx',
          document: expect.any(Number),
          line: 5,
          sheet: 'team',
          cell: `${team.getColumn(size).letter}5`,
          field: 'size',
          reason: 'must be integer',
        },
      ],
    });
    expect(formatProblem(result.ok ? ({} as never) : result.problems[0])).toBe(
      `demo.xlsx team!${team.getColumn(size).letter}5 size: must be integer`,
    );
    expect(await fingerprint()).toBe(empty);
  });
});
