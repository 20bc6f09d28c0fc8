import neo4j from 'neo4j-driver';
import { findKind, kindDef, KINDS, type KindName, type Ref } from '@streamscape/domain';
import { rows, type Tx } from '../graph';
import { toJs, toSafeNumber } from '../values';
import { entityCypher as cypher } from './entity-cypher';
import { referringLinks, type EntityLink } from './entity-links';

/**
 * An entity as stored, in plain JavaScript: `props` are the node's properties without `id` (integers as
 * numbers, dates as ISO strings, enums in graph spelling, groups as prefixed properties).
 */
export interface EntityNode {
  readonly kind: KindName;
  readonly id: string;
  readonly props: Readonly<Record<string, unknown>>;
}

/** A neighbour over a link, with the properties of the relationship that leads to it. */
export interface RelatedEntity {
  readonly node: EntityNode;
  readonly props: Readonly<Record<string, unknown>>;
}

export interface EntityListFilter {
  /** case-insensitive part of the name */
  readonly search?: string | null;
  /** the entity must carry every one */
  readonly tags?: readonly string[] | null;
  /** only entities linked to this one (e.g. partOf it) */
  readonly parent?: { readonly link: EntityLink; readonly id: string; readonly kinds: readonly KindName[] };
}

export interface EntityPage {
  readonly total: number;
  readonly nodes: EntityNode[];
}

/** How many entities of each kind, and facts of each label, refer to an entity. */
export interface EntityReferences {
  readonly entities: { readonly kind: KindName; readonly count: number }[];
  readonly facts: { readonly label: string; readonly count: number }[];
}

function toNode(kind: KindName, props: Record<string, unknown>): EntityNode {
  const { id, ...rest } = toJs(props) as Record<string, unknown>;
  return { kind, id: id as string, props: rest };
}

/** The kind among a node's labels that the caller expects there. */
function kindAmong(labels: readonly string[], kinds: readonly KindName[]): KindName {
  const kind = kinds.find((k) => labels.includes(findKind(k)!.label));
  if (!kind) throw new Error(`a node labelled ${labels.join(':')} is none of ${kinds.join(', ')}`);
  return kind;
}

/** The entities of one kind with these ids, in the order of `ids` (absent ones left out). */
export async function findEntities(tx: Tx, kind: KindName, ids: readonly string[]): Promise<EntityNode[]> {
  const found = await rows<{ id: string; props: Record<string, unknown> }>(tx, cypher.byIds(kindDef(kind)), {
    ids,
  });
  const byId = new Map(found.map((r) => [r.id, toNode(kind, r.props)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One page of a kind, ordered by name then id, and how many match the filter in all. */
export async function listEntities(
  tx: Tx,
  kind: KindName,
  filter: EntityListFilter,
  page: { readonly offset: number; readonly limit: number },
): Promise<EntityPage> {
  const def = kindDef(kind);
  const { parent } = filter;
  const [result] = await rows<{ total: unknown; page: Record<string, unknown>[] }>(
    tx,
    cypher.list(def, parent?.link),
    {
      search: filter.search ?? null,
      tags: filter.tags?.length ? filter.tags : null,
      offset: neo4j.int(page.offset),
      limit: neo4j.int(page.limit),
      ...(parent ? { parent: parent.id, parentLabels: parent.kinds.map((k) => kindDef(k).label) } : {}),
    },
  );
  return {
    total: toSafeNumber(result.total, `${kind} count`),
    nodes: result.page.map((props) => toNode(kind, props)),
  };
}

/**
 * The neighbours of each of `ids` over one link, in one statement: the batch function behind a
 * relationship field's DataLoader. Every id gets a list (empty when it has no neighbours).
 */
export async function relatedEntities(
  tx: Tx,
  link: EntityLink,
  ids: readonly string[],
): Promise<Map<string, RelatedEntity[]>> {
  const found = await rows<{
    id: string;
    labels: string[];
    node: Record<string, unknown>;
    props: Record<string, unknown>;
  }>(tx, cypher.related(link), { ids });
  const byId = new Map<string, RelatedEntity[]>(ids.map((id) => [id, []]));
  for (const r of found) {
    byId.get(r.id)?.push({
      node: toNode(kindAmong(r.labels, link.to), r.node),
      props: toJs(r.props) as Record<string, unknown>,
    });
  }
  return byId;
}

/** Who refers to an entity: other entities through their reference fields, and facts. */
export async function entityReferences(tx: Tx, kind: KindName, id: string): Promise<EntityReferences> {
  const def = kindDef(kind);
  const groups = referringLinks(kind);
  const [counts] = await rows<Record<string, unknown>>(tx, cypher.referringEntities(def, groups), { id });
  const facts = await rows<{ labels: string[]; count: unknown }>(tx, cypher.referringFacts(def), { id });
  return {
    entities: counts
      ? groups
          .map((g, i) => ({ kind: g.kind, count: toSafeNumber(counts[`r${i}`], `${g.kind} references`) }))
          .filter((c) => c.count > 0)
      : [],
    facts: facts
      .map((f) => ({
        label: [...f.labels].sort().join(':'),
        count: toSafeNumber(f.count, 'fact references'),
      }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}

/**
 * The chain of entities from `target` back to the entity `id` over `link` (e.g. partOf), when one exists:
 * then `id` -> `target` would close a cycle. `target.kind` narrows a bare id to one kind.
 */
export async function chainBack(
  tx: Tx,
  kind: KindName,
  id: string,
  link: EntityLink,
  target: Ref,
): Promise<Ref[] | null> {
  const [found] = await rows<{ chain: { labels: string[]; id: string }[] }>(
    tx,
    cypher.chainBack(kindDef(kind), link),
    { id, target: target.id, targetLabels: [kindDef(target.kind).label] },
  );
  if (!found) return null;
  return found.chain.map((n) => ({
    kind: kindAmong(
      n.labels,
      KINDS.map((k) => k.kind),
    ),
    id: n.id,
  }));
}

/** Which of these references name entities in the graph, as `Kind:id` keys (the validator's `known`). */
export async function existingRefs(tx: Tx, refs: readonly Ref[]): Promise<Set<string>> {
  const byKind = new Map<KindName, string[]>();
  for (const r of refs) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r.id]);
  const keys = new Set<string>();
  for (const [kind, ids] of byKind) {
    const found = await rows<{ id: string }>(tx, cypher.existing(kindDef(kind)), { ids: [...new Set(ids)] });
    for (const r of found) keys.add(`${kind}:${r.id}`);
  }
  return keys;
}

/** Deletes the entity with all its relationships; the entities at their other ends stay. */
export async function deleteEntity(tx: Tx, kind: KindName, id: string): Promise<void> {
  await tx.run(cypher.detachDelete(kindDef(kind)), { id });
}
