import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import {
  beginJournaledImport,
  FactWriter,
  graphStats,
  heartbeat,
  openImports,
  recoverInterruptedImports,
  type Graph,
} from '@streamscape/graph';
import { validateLandscape } from './import';
import { importLandscape } from './import';
import { expectOk, fingerprintOf, useScratchGraph } from './testing/scratch-graph';

/** Imports above the single-transaction limit commit in batches under the journal; a limit of 0 forces that path. */
const JOURNALED = { singleTransactionLimit: 0, batchSize: 2 };
const MINI = join(__dirname, '..', 'fixtures', 'mini');

let graph: Graph;
let scratch: string;
useScratchGraph('streamscape-journal-', (g, dir) => {
  graph = g;
  scratch = dir;
});

const fingerprint = () => fingerprintOf(graph);

/** The mini landscape with changed facts, and optionally a row that breaks a constraint the test adds. */
async function changedMini(breaking: boolean): Promise<string> {
  const dir = join(scratch, 'mini');
  await fs.cp(MINI, dir, { recursive: true });
  const items = join(dir, 'facts', 'work-items.csv');
  // wi-4 gets done, wi-1 moves to no stream, and a new item arrives
  const text = (await fs.readFile(items, 'utf8'))
    .replace(
      'wi-4,debt,,2026-02-01T08:00:00Z,2026-02-02T08:00:00Z,,',
      'wi-4,debt,,2026-02-01T08:00:00Z,2026-02-02T08:00:00Z,2026-02-09T08:00:00Z,fixed',
    )
    .replace('wi-1,feature,edu-stream,', 'wi-1,feature,,');
  await fs.writeFile(items, `${text}wi-7,risk,edu-stream,2026-03-01T00:00:00Z,,,,,,,\n`);
  if (breaking) {
    await fs.appendFile(
      join(dir, 'facts', 'deployments.csv'),
      'dep-3,edu-system,,2026-03-02T10:00:00Z,success,2026-01-06T09:00:00Z\n',
    );
  }
  return dir;
}

describe('journaled import (committed in batches, still all or nothing)', () => {
  it('imports in batches, closes its journal, and a second import changes nothing', async () => {
    const first = expectOk(await importLandscape(graph, [MINI], JOURNALED));
    expect(first.journaled).toBe(true);
    expect(first.factChanges['work-items']).toEqual({ created: 4, updated: 0, unchanged: 0 });
    expect(await openImports(graph)).toEqual([]);
    const after = await fingerprint();

    const second = expectOk(await importLandscape(graph, [MINI], JOURNALED));
    expect(second.factChanges['passages']).toEqual({ created: 0, updated: 0, unchanged: 4 });
    expect(second.entities).toMatchObject({ created: 0, updated: 0, unchanged: 27 });
    expect(Object.values(second.factChanges).every((c) => c?.created === 0 && c.updated === 0)).toBe(true);
    expect(await fingerprint()).toBe(after);
  });

  it('applies changed facts and reports them', async () => {
    expectOk(await importLandscape(graph, [MINI], JOURNALED));
    const summary = expectOk(await importLandscape(graph, [await changedMini(false)], JOURNALED));
    expect(summary.factChanges['work-items']).toEqual({ created: 1, updated: 2, unchanged: 2 });
    const [row] = await graph.read('test', (tx) =>
      tx
        .run(
          "MATCH (w:WorkItem {id: 'wi-4'}) RETURN w.resolution AS resolution, EXISTS { (:WorkItem {id: 'wi-1'})-[:IN_STREAM]->() } AS inStream",
        )
        .then((r) => r.records.map((x) => x.toObject())),
    );
    expect(row).toEqual({ resolution: 'FIXED', inStream: false });
  });

  it('undoes everything, changed facts and entities included, when a batch fails', async () => {
    expectOk(await importLandscape(graph, [MINI], JOURNALED));
    const before = await fingerprint();
    const dir = await changedMini(true);
    await fs.writeFile(
      join(dir, 'extra.yaml'),
      'apiVersion: streamscape/v1\nkind: Product\nmetadata: { id: new-product, name: New }\n',
    );
    await graph.schema(
      'test: constraint',
      'CREATE CONSTRAINT test_change IF NOT EXISTS FOR (d:Deployment) REQUIRE d.changeCreatedAt IS UNIQUE',
    );
    try {
      await expect(importLandscape(graph, [dir], JOURNALED)).rejects.toMatchObject({
        code: 'GRAPH_CONSTRAINT',
      });
    } finally {
      await graph.schema('test: constraint', 'DROP CONSTRAINT test_change IF EXISTS');
    }
    expect(await fingerprint()).toBe(before);
    expect(await openImports(graph)).toEqual([]);
  });

  it('rolls back an import whose process died half way, when recovery runs', async () => {
    expectOk(await importLandscape(graph, [MINI], JOURNALED));
    const before = await fingerprint();

    // what a crash leaves behind: the journal open, the entities and some fact batches committed
    const checked = await validateLandscape(
      [await changedMini(false), join(scratch, 'none.yaml')].slice(0, 1),
    );
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const entities = [
      ...checked.plan.entities,
      { kind: 'Product' as const, id: 'half-way', props: { name: 'Half way' }, rels: [] },
    ];
    const { id } = await beginJournaledImport(graph, entities, 'merge');
    const writer = new FactWriter(id);
    await graph.transaction('test: one batch', async (tx) => {
      await writer.write(tx, 'work-items', [
        {
          id: 'wi-4',
          type: 'debt',
          valueStream: null,
          createdAt: '2026-02-01T08:00:00Z',
          startedAt: '2026-02-02T08:00:00Z',
          doneAt: '2026-02-09T08:00:00Z',
          resolution: 'fixed',
          severity: null,
          foundIn: null,
          injectedIn: null,
          duplicateOf: null,
        },
        {
          id: 'wi-8',
          type: 'feature',
          valueStream: 'edu-stream',
          createdAt: '2026-03-01T00:00:00Z',
          startedAt: null,
          doneAt: null,
          resolution: null,
          severity: null,
          foundIn: null,
          injectedIn: null,
          duplicateOf: null,
        },
      ]);
      await heartbeat(tx, id);
    });
    expect(await fingerprint()).not.toBe(before);

    // a fresh heartbeat means "still running": recovery leaves it alone
    expect((await recoverInterruptedImports(graph, 3600)).active.map((i) => i.id)).toEqual([id]);
    const { rolledBack } = await recoverInterruptedImports(graph, 0);
    expect(rolledBack.map((i) => i.id)).toEqual([id]);
    expect(await fingerprint()).toBe(before);
    expect((await graph.read('test', graphStats)).nodes['Product']).toBe(1);
  });
});
