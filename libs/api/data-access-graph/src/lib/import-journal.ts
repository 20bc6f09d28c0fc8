import neo4j from 'neo4j-driver';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { FACT_TYPES, findKind, type FactType, type KindName } from '@streamscape/domain';
import type { Entity } from '@streamscape/landscape';
import { factCypher } from './cypher/facts';
import { journalCypher as cypher } from './cypher/journal';
import { landscapeCypher } from './cypher/landscape';
import { FACT_ORDER, factKey, FactWriter } from './fact-store';
import { rows, type Graph, type Tx } from './graph';
import { readEntities, writeEntities, type ImportMode } from './landscape-store';
import { toSafeNumber } from './values';

/**
 * A journaled import is one too large for a single transaction: it commits in batches, and the
 * journal makes it all or nothing anyway. An `Import` node records the state of the entities before
 * the import; every fact it writes carries `_import` (and `_prev`, its previous file row, if it
 * existed). Finishing clears `_prev`; rolling back deletes what the import created and restores what
 * it changed. An import whose process died (a crash, a lost database) is rolled back by the next
 * import or by `streamscape recover`.
 */
export interface OpenImport {
  readonly id: string;
  readonly status: 'RUNNING' | 'ROLLING_BACK';
  readonly host: string;
  readonly pid: number;
  readonly startedAt: string;
  readonly idleSeconds: number;
}

interface EntitySnapshot {
  /** the affected entities as they were before the import */
  readonly previous: Entity[];
  /** `Kind:id` of the entities the import created */
  readonly created: string[];
}

// LIMIT takes an integer, and JavaScript numbers travel as floats
const SLICE = neo4j.int(5_000);

/** Writes the entities and opens the journal, in one transaction; returns the import's id. */
export async function beginJournaledImport(graph: Graph, entities: readonly Entity[], mode: ImportMode) {
  const id = randomUUID();
  const changes = await graph.transaction('import: entities (journaled)', async (tx) => {
    const snapshot = await snapshotEntities(tx, entities, mode);
    await tx.run(cypher.begin, {
      id,
      mode,
      host: hostname(),
      pid: process.pid,
      snapshot: JSON.stringify(snapshot),
    });
    return writeEntities(tx, entities, mode);
  });
  return { id, changes };
}

export async function heartbeat(tx: Tx, id: string): Promise<void> {
  await tx.run(cypher.heartbeat, { id });
}

/** Marks a journaled import complete: its facts keep `_import` (provenance), `_prev` is dropped. */
export async function finishJournaledImport(graph: Graph, id: string): Promise<void> {
  for (const type of FACT_TYPES) {
    while ((await countingWrite(graph, `import: finish ${type}`, factCypher.clearPrevious(type), id)) > 0) {
      /* cleared one slice */
    }
  }
  await graph.write('import: close journal', (tx) => tx.run(cypher.close, { id, status: 'DONE' }));
}

/** Undoes a journaled import: idempotent, so an interrupted rollback can simply be run again. */
export async function rollbackJournaledImport(graph: Graph, id: string): Promise<void> {
  await graph.write('import: rolling back', (tx) => tx.run(cypher.setStatus, { id, status: 'ROLLING_BACK' }));
  for (const type of [...FACT_ORDER].reverse()) {
    await restoreChangedFacts(graph, id, type);
    while ((await countingWrite(graph, `import: rollback ${type}`, factCypher.deleteCreated(type), id)) > 0) {
      /* deleted one slice */
    }
  }
  await graph.write('import: restore entities', async (tx) => {
    const [{ snapshot }] = await rows<{ snapshot: string | null }>(tx, cypher.snapshot, { id });
    if (snapshot) {
      const { previous, created } = JSON.parse(snapshot) as EntitySnapshot;
      for (const key of created) {
        const [kind, entityId] = splitKey(key);
        await tx.run(landscapeCypher.deleteNode(findKind(kind)!), { id: entityId });
      }
      await writeEntities(tx, previous, 'merge');
    }
    await tx.run(cypher.close, { id, status: 'ROLLED_BACK' });
  });
}

export async function openImports(graph: Graph): Promise<OpenImport[]> {
  const found = await graph.read('import: open journals', (tx) =>
    rows<Record<string, unknown>>(tx, cypher.open),
  );
  return found.map(
    (r) =>
      ({
        ...r,
        pid: toSafeNumber(r['pid'], 'pid'),
        idleSeconds: toSafeNumber(r['idleSeconds'], 'idle'),
      }) as OpenImport,
  );
}

/**
 * Rolls back journaled imports that stopped sending heartbeats (their process is gone); returns what
 * it rolled back and what still looks alive.
 */
export async function recoverInterruptedImports(graph: Graph, staleAfterSeconds = 120) {
  const open = await openImports(graph);
  const stale = open.filter((i) => i.idleSeconds >= staleAfterSeconds);
  for (const i of stale) await rollbackJournaledImport(graph, i.id);
  return { rolledBack: stale, active: open.filter((i) => i.idleSeconds < staleAfterSeconds) };
}

async function snapshotEntities(
  tx: Tx,
  entities: readonly Entity[],
  mode: ImportMode,
): Promise<EntitySnapshot> {
  const ids = new Map<KindName, string[]>();
  for (const e of entities) ids.set(e.kind, [...(ids.get(e.kind) ?? []), e.id]);
  // replace mode may delete any entity, so it keeps them all
  const previous = (await readEntities(tx, mode === 'replace' ? undefined : ids)).map(
    ({ kind, id, props, rels }) => ({
      kind,
      id,
      props,
      rels: rels.map(({ field, type, reverse, target, props: relProps }) => ({
        field,
        type,
        reverse,
        target,
        props: relProps,
      })),
    }),
  );
  const existed = new Set(previous.map((e) => `${e.kind}:${e.id}`));
  return { previous, created: entities.map((e) => `${e.kind}:${e.id}`).filter((k) => !existed.has(k)) };
}

async function restoreChangedFacts(graph: Graph, id: string, type: FactType): Promise<void> {
  for (;;) {
    const restored = await graph.write(`import: restore ${type}`, async (tx) => {
      const found = await rows<{ prev: string }>(tx, factCypher.changed(type), {
        importId: id,
        limit: SLICE,
      });
      if (found.length === 0) return 0;
      const previous = found.map((r) => JSON.parse(r.prev) as Record<string, unknown>);
      const writer = new FactWriter();
      await writer.writeRows(
        tx,
        type,
        previous.map(({ _import: _, ...row }) => row),
      );
      await writer.finish(tx);
      const marks = previous.map((row) => {
        const key = factKey(type, row);
        return {
          ...(typeof key === 'string' ? { id: key, key } : key),
          import: row['_import'] ?? null,
          prev: null,
        };
      });
      await tx.run(factCypher.mark[type], { marks });
      return found.length;
    });
    if (restored === 0) return;
  }
}

async function countingWrite(
  graph: Graph,
  operation: string,
  statement: string,
  importId: string,
): Promise<number> {
  return graph.write(operation, async (tx) => {
    const [{ n }] = await rows<{ n: unknown }>(tx, statement, { importId, limit: SLICE });
    return toSafeNumber(n, 'count');
  });
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at), key.slice(at + 1)];
}
