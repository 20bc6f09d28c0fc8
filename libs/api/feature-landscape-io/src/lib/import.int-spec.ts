import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { graphStats, readRollupState, refreshPerformanceRollups, type Graph } from '@streamscape/graph';
import { resetGraph } from '@streamscape/graph/testing';
import { exportLandscape } from './export';
import { importLandscape } from './import';
import { expectOk, fingerprintOf, useScratchGraph } from './testing/scratch-graph';

const MINI = join(__dirname, '..', 'fixtures', 'mini');
const ROOT = join(__dirname, '../../../../..');

let graph: Graph;
let scratch: string;
useScratchGraph('streamscape-io-', (g, dir) => {
  graph = g;
  scratch = dir;
});

const fingerprint = () => fingerprintOf(graph);
const stats = () => graph.read('test: stats', graphStats);

/** Copies the mini landscape into the scratch folder so a test can change files. */
async function copyMini(): Promise<string> {
  const dir = join(scratch, 'mini');
  await fs.cp(MINI, dir, { recursive: true });
  return dir;
}

describe('importLandscape', () => {
  it('imports every kind and every fact, with counts equal to the rows in the files', async () => {
    const summary = expectOk(await importLandscape(graph, [MINI]));
    expect(summary.entities).toMatchObject({ total: 27, created: 27 });
    expect(summary.facts).toEqual({
      'work-items': 4,
      deployments: 2,
      incidents: 2,
      passages: 4,
      measures: 3,
    });

    const { nodes, relationships } = await stats();
    expect(nodes).toMatchObject({
      WorkItem: 4,
      Deployment: 2,
      Incident: 2,
      Measure: 3,
      Component: 3,
      Team: 2,
      Stage: 2,
    });
    expect(relationships).toMatchObject({
      PASSED: 4,
      DUPLICATE_OF: 1,
      CAUSED_BY: 1,
      FOUND_IN: 2,
      INJECTED_IN: 1,
      OBLIGED_TO: 3,
    });
    // Component inverter-sw depends on motor-ctrl and can-stack; can-stack is part of motor-ctrl
    expect(relationships['DEPENDS_ON']).toBe(2);
  });

  it('is idempotent: a second import of the same files changes nothing', async () => {
    expectOk(await importLandscape(graph, [MINI]));
    const before = { stats: await stats(), fingerprint: await fingerprint() };

    const again = expectOk(await importLandscape(graph, [MINI]));
    expect(again.entities).toMatchObject({
      created: 0,
      updated: 0,
      deleted: 0,
      unchanged: 27,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    expect(await stats()).toEqual(before.stats);
    expect(await fingerprint()).toBe(before.fingerprint);
  });

  it('updates what changed in merge mode and keeps what the files do not mention', async () => {
    expectOk(await importLandscape(graph, [MINI]));
    const dir = join(scratch, 'change');
    await fs.mkdir(dir);
    await fs.writeFile(
      join(dir, 'team.yaml'),
      'apiVersion: streamscape/v1\nkind: Team\nmetadata: { id: beta, name: Team Beta }\nspec: { type: enabling, owns: [motor-ctrl] }\n',
    );
    const summary = expectOk(await importLandscape(graph, [dir]));
    expect(summary.entities).toMatchObject({
      created: 0,
      updated: 1,
      relationshipsDeleted: 1,
      relationshipsCreated: 0,
    });
    const { nodes, relationships } = await stats();
    expect(nodes['Team']).toBe(2);
    expect(relationships['OWNS']).toBe(2); // alpha owns inverter-sw, beta now owns only motor-ctrl
  });

  it('keeps the performance rollups in line: refreshed after a change, skipped when nothing changed', async () => {
    const first = expectOk(await importLandscape(graph, [MINI]));
    expect(first.rollups).not.toBeNull();
    expect(await graph.read('test: rollup state', readRollupState)).not.toBeNull();
    const weekNodes = first.rollups!.written;
    expect(weekNodes.stage + weekNodes.stream + weekNodes.route).toBeGreaterThan(0);

    expect(expectOk(await importLandscape(graph, [MINI])).rollups).toBeNull();

    // one more deployment: the rollups are refreshed, and a full recomputation then finds nothing to write
    const dir = await copyMini();
    await fs.appendFile(
      join(dir, 'facts', 'deployments.csv'),
      'dep-3,edu-system,,2026-02-04T10:00:00Z,success,2026-01-28T09:00:00Z\n',
    );
    const changed = expectOk(await importLandscape(graph, [dir]));
    expect(changed.factChanges.deployments).toMatchObject({ created: 1 });
    const refreshed = changed.rollups!;
    expect(refreshed.written.stage + refreshed.written.stream).toBeGreaterThan(0);
    const again = await refreshPerformanceRollups(graph);
    expect(again.written).toEqual({ stage: 0, stream: 0, route: 0 });

    expect(expectOk(await importLandscape(graph, [dir], { rollups: false })).rollups).toBeNull();
  });

  it('removes what the files no longer contain in replace mode', async () => {
    expectOk(await importLandscape(graph, [MINI]));
    const dir = await copyMini();
    const plan = await fs.readFile(join(dir, 'plan.yaml'), 'utf8');
    // drop the finding and the decision (the last two documents)
    await fs.writeFile(join(dir, 'plan.yaml'), plan.split('---\n').slice(0, -2).join('---\n'));

    const merged = expectOk(await importLandscape(graph, [dir], { mode: 'merge' }));
    expect(merged.entities.deleted).toBe(0);
    expect((await stats()).nodes).toMatchObject({ Finding: 1, Decision: 1 });

    const replaced = expectOk(await importLandscape(graph, [dir], { mode: 'replace' }));
    expect(replaced.entities.deleted).toBe(2);
    const { nodes, relationships } = await stats();
    expect(nodes['Finding']).toBeUndefined();
    expect(nodes['Decision']).toBeUndefined();
    expect(relationships['ABOUT']).toBeUndefined();
    expect(nodes['WorkItem']).toBe(4);
  });

  it('writes nothing when any file is invalid, and reports every problem', async () => {
    const dir = await copyMini();
    await fs.appendFile(
      join(dir, 'facts', 'work-items.csv'),
      'wi-5,feature,no-such-stream,2026-03-01T00:00:00Z,,,,,,,\nwi-6,epic,,yesterday,,,,,,,\n',
    );
    const result = await importLandscape(graph, [dir], { cwd: dir });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const file = 'facts/work-items.csv';
    expect(result.problems).toEqual([
      {
        file,
        line: 6,
        field: 'valueStream',
        reason: 'dangling reference: no ValueStream with id "no-such-stream"',
      },
      { file, line: 7, field: 'type', reason: 'must be one of feature, defect, risk, debt' },
      { file, line: 7, field: 'createdAt', reason: expect.stringContaining('not an ISO 8601 date-time') },
    ]);
    expect(await stats()).toEqual({ nodes: {}, relationships: {} });
  });

  it('names the file and line of a malformed NDJSON row', async () => {
    const dir = await copyMini();
    await fs.appendFile(join(dir, 'facts', 'passages.ndjson'), '{"workItem": "wi-1", "stage": \n');
    const result = await importLandscape(graph, [dir]);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ line: 6, reason: expect.stringContaining('not valid JSON') }],
    });
  });

  it('leaves the graph exactly as it was when a write fails half way', async () => {
    expectOk(await importLandscape(graph, [MINI]));
    const before = await fingerprint();
    const dir = await copyMini();
    // the entity changes are written first; then a fact row breaks a constraint the graph enforces
    await fs.writeFile(
      join(dir, 'extra.yaml'),
      'apiVersion: streamscape/v1\nkind: Product\nmetadata: { id: new-product, name: New }\n',
    );
    await fs.appendFile(
      join(dir, 'facts', 'work-items.csv'),
      'wi-9,defect,edu-stream,2026-03-01T00:00:00Z,,,,high,,,\n',
    );
    await fs.appendFile(
      join(dir, 'facts', 'deployments.csv'),
      'dep-3,edu-system,,2026-03-02T10:00:00Z,success,2026-01-06T09:00:00Z\n',
    );
    await graph.schema(
      'test: constraint',
      'CREATE CONSTRAINT test_change IF NOT EXISTS FOR (d:Deployment) REQUIRE d.changeCreatedAt IS UNIQUE',
    );
    try {
      await expect(importLandscape(graph, [dir])).rejects.toMatchObject({ code: 'GRAPH_CONSTRAINT' });
    } finally {
      await graph.schema('test: constraint', 'DROP CONSTRAINT test_change IF EXISTS');
    }
    expect(await fingerprint()).toBe(before);
  });

  it('round-trips: import(export(g)) == g, facts included', async () => {
    expectOk(await importLandscape(graph, [MINI]));
    const original = await fingerprint();
    const out = join(scratch, 'export');
    const exported = await exportLandscape(graph, out, { facts: true });
    expect(exported.entities).toBe(27);
    expect(exported.facts).toEqual({
      'work-items': 4,
      passages: 4,
      deployments: 2,
      incidents: 2,
      measures: 3,
    });

    await resetGraph(graph);
    expectOk(await importLandscape(graph, [out]));
    expect(await fingerprint()).toBe(original);

    // and the export of the re-import is the same text
    const again = join(scratch, 'export-again');
    await exportLandscape(graph, again, { facts: true });
    for (const file of await fs.readdir(out)) {
      if (file === 'facts') continue;
      expect(await fs.readFile(join(again, file), 'utf8')).toBe(await fs.readFile(join(out, file), 'utf8'));
    }
  });

  it('round-trips the demo landscape with two months of its generated facts', async () => {
    const demo = join(scratch, 'demo');
    const generated = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        '--tsconfig',
        join(ROOT, 'tsconfig.base.json'),
        join(ROOT, 'tools/demo/src/main.ts'),
        '--out',
        demo,
        '--months',
        '2',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(generated.status).toBe(0);

    const first = expectOk(
      // rollups are derived data, outside the fingerprint: skipped here to keep the test quick
      await importLandscape(graph, [join(ROOT, 'examples/demo/landscape'), join(demo, 'facts')], {
        rollups: false,
      }),
    );
    expect(first.entities.total).toBe(603);
    const original = await fingerprint();
    const out = join(scratch, 'export');
    const exported = await exportLandscape(graph, out, { facts: true });
    expect(exported.facts).toEqual(first.facts);

    await resetGraph(graph);
    expectOk(await importLandscape(graph, [out], { rollups: false }));
    expect(await fingerprint()).toBe(original);
  });
});
