import { readRollupState, type Graph } from '@streamscape/graph';
import { connectTestGraph, resetGraph } from '@streamscape/graph/testing';
import { importLandscape } from '@streamscape/landscape-io';
import { join } from 'node:path';
import { cli, ROOT } from './testing/run-cli';

const MINI = join(ROOT, 'libs/api/feature-landscape-io/src/fixtures/mini');

/** `streamscape rollups` against the test database, as `npm start` runs it on a graph it finds. */
describe('streamscape rollups', () => {
  let graph: Graph;
  const env = () => ({
    NEO4J_URI: process.env['NEO4J_TEST_URI']!,
    NEO4J_PASSWORD: process.env['NEO4J_TEST_PASSWORD']!,
  });
  const state = () => graph.read('test: rollup state', readRollupState);

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetGraph(graph);
    // as a graph imported by a version without rollups
    const imported = await importLandscape(graph, [MINI], { rollups: false });
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
  });

  afterAll(async () => {
    await resetGraph(graph);
    await graph.close();
  });

  it('builds missing rollups once, and leaves current ones alone; stats --json tells which', async () => {
    const held = () => JSON.parse(cli(['stats', '--json'], env()).stdout) as { rollups: boolean };
    expect(await state()).toBeNull();
    expect(held().rollups).toBe(false);
    const first = cli(['rollups', '--if-missing'], env());
    expect(first.stdout).toMatch(/Performance rollups: [\d,]+ week nodes written over \d+ weeks/);
    expect(first.code).toBe(0);
    expect(await state()).not.toBeNull();
    expect(held().rollups).toBe(true);

    const again = cli(['rollups', '--if-missing'], env());
    expect(again.stdout).toContain('The performance rollups are current.');
    expect(again.code).toBe(0);
  });
});
