import {
  findKind,
  isRefField,
  KINDS,
  type KindDef,
  type KindName,
  type RefFieldDef,
} from '@streamscape/domain';
import { propsText, type Entity, type Relation } from '@streamscape/landscape';
import { landscapeCypher as cypher } from './cypher/landscape';
import { rows, type Tx } from './graph';
import { fromNeo4jProps, toNeo4jProps, toSafeNumber } from './values';

export type ImportMode = 'merge' | 'replace';

export interface EntityChanges {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export const noEntityChanges = (): EntityChanges => ({
  created: 0,
  updated: 0,
  unchanged: 0,
  deleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
});

interface StoredRelation extends Relation {
  readonly rid: string;
}

interface StoredEntity extends Entity {
  readonly rels: readonly StoredRelation[];
}

const BATCH = 5_000;

/** Reads entities as the files would describe them; `ids` per kind narrows the read, absent = all. */
export async function readEntities(
  tx: Tx,
  only?: ReadonlyMap<KindName, readonly string[]>,
): Promise<StoredEntity[]> {
  const out: StoredEntity[] = [];
  for (const def of KINDS) {
    const ids = only ? only.get(def.kind) : null;
    if (ids === undefined || (ids !== null && ids.length === 0)) continue;
    const nodes = await rows<{ id: string; props: Record<string, unknown> }>(
      tx,
      cypher.readNodes(def, ids !== null),
      {
        ids,
      },
    );
    if (nodes.length === 0) continue;
    const rels = new Map<string, StoredRelation[]>(nodes.map((n) => [n.id, []]));
    for (const field of def.fields.filter(isRefField)) {
      const found = await rows<{
        id: string;
        labels: string[];
        target: string;
        props: Record<string, unknown>;
        rid: string;
      }>(tx, cypher.readRelations(def, field, ids !== null), { ids });
      for (const r of found) {
        const kind = r.labels.map(findKind).find((k) => k && field.targets.includes(k.kind))!.kind;
        rels.get(r.id)!.push({
          field: field.name,
          type: field.rel,
          reverse: field.reverse === true,
          target: { kind, id: r.target },
          props: fromNeo4jProps(r.props),
          rid: r.rid,
        });
      }
    }
    for (const n of nodes) {
      const { id: _id, ...props } = n.props;
      out.push({ kind: def.kind, id: n.id, props: fromNeo4jProps(props), rels: rels.get(n.id)! });
    }
  }
  return out;
}

const entityKey = (e: { kind: string; id: string }) => `${e.kind}:${e.id}`;
const relationKey = (r: Relation) => `${r.field}|${r.target.kind}:${r.target.id}|${propsText(r.props)}`;
const sameProps = (a: Entity, b: Entity) => propsText(a.props) === propsText(b.props);

/**
 * Makes the graph hold exactly these entities as the files describe them, changing only what differs,
 * so that importing the same files twice changes nothing. Runs inside the caller's transaction.
 */
export async function writeEntities(
  tx: Tx,
  entities: readonly Entity[],
  mode: ImportMode,
): Promise<EntityChanges> {
  const changes = noEntityChanges();
  const idsByKind = new Map<KindName, string[]>();
  for (const e of entities) idsByKind.set(e.kind, [...(idsByKind.get(e.kind) ?? []), e.id]);

  if (mode === 'replace') {
    for (const def of KINDS) {
      const [{ deleted }] = await rows<{ deleted: unknown }>(tx, cypher.deleteNodesNotIn(def), {
        ids: idsByKind.get(def.kind) ?? [],
      });
      changes.deleted += toSafeNumber(deleted, 'deleted nodes');
    }
  }

  const current = new Map((await readEntities(tx, idsByKind)).map((e) => [entityKey(e), e]));
  const upserts = new Map<KindDef, Record<string, unknown>[]>();
  const staleRels: string[] = [];
  const newRels = new Map<
    string,
    { def: KindDef; field: RefFieldDef; targetLabel: string; rows: Record<string, unknown>[] }
  >();

  for (const entity of entities) {
    const def = findKind(entity.kind)!;
    const stored = current.get(entityKey(entity));
    if (!stored) changes.created++;
    else if (!sameProps(stored, entity)) changes.updated++;
    if (!stored || !sameProps(stored, entity)) {
      const list = upserts.get(def) ?? [];
      list.push({ id: entity.id, props: { ...toNeo4jProps(entity.props), id: entity.id } });
      upserts.set(def, list);
    }

    const have = new Map((stored?.rels ?? []).map((r) => [relationKey(r), r]));
    const want = new Set(entity.rels.map(relationKey));
    for (const [key, r] of have) if (!want.has(key)) staleRels.push(r.rid);
    for (const r of entity.rels) {
      if (have.has(relationKey(r))) continue;
      const field = def.fields.find((f) => f.name === r.field) as RefFieldDef;
      const groupKey = `${def.kind}|${field.name}|${r.target.kind}`;
      const group = newRels.get(groupKey) ?? {
        def,
        field,
        targetLabel: findKind(r.target.kind)!.label,
        rows: [],
      };
      group.rows.push({ id: entity.id, target: r.target.id, props: toNeo4jProps(r.props) });
      newRels.set(groupKey, group);
    }
    if (
      stored &&
      sameProps(stored, entity) &&
      entity.rels.every((r) => have.has(relationKey(r))) &&
      have.size === want.size
    ) {
      changes.unchanged++;
    }
  }

  for (const [def, list] of upserts) {
    for (let i = 0; i < list.length; i += BATCH)
      await tx.run(cypher.upsertNodes(def), { rows: list.slice(i, i + BATCH) });
  }
  for (let i = 0; i < staleRels.length; i += BATCH) {
    await tx.run(cypher.deleteRelations, { rids: staleRels.slice(i, i + BATCH) });
  }
  changes.relationshipsDeleted = staleRels.length;
  for (const { def, field, targetLabel, rows: list } of newRels.values()) {
    for (let i = 0; i < list.length; i += BATCH) {
      await tx.run(cypher.createRelations(def, field, targetLabel), { rows: list.slice(i, i + BATCH) });
    }
    changes.relationshipsCreated += list.length;
  }
  return changes;
}

/** Keys (`Kind:id`) of every entity in the graph: what references in a merge import may point at. */
export async function existingEntityKeys(tx: Tx): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const def of KINDS) {
    const found = await rows<{ id: string }>(tx, cypher.readNodes(def, false));
    for (const r of found) keys.add(`${def.kind}:${r.id}`);
  }
  return keys;
}
