import { findKind, KINDS, type KindDef, type KindName } from '@streamscape/domain';
import { label, relType } from '../cypher/identifiers';
import type { EntityLink } from './entity-links';

const labelOf = (kind: KindName) => label(findKind(kind)!.label);
const anyOf = (kinds: readonly KindName[]) => kinds.map(labelOf).join('|');
const ordered = (kind: KindName) => findKind(kind)!.fields.some((f) => f.name === 'order');

/** `(n)-[r:REL]->(t:A|B)` or the arrow reversed, for the link's direction. */
function step(link: EntityLink, from: string, to: string, rel = ''): string {
  const type = `[${rel}:${relType(link.rel)}]`;
  return link.direction === 'out' ? `(${from})-${type}->(${to})` : `(${from})<-${type}-(${to})`;
}

/** name contains `$search` (case-insensitive) and the tags hold every one of `$tags`; null skips a test */
const FILTER = `($search IS NULL OR toLower(n.name) CONTAINS toLower($search))
  AND ($tags IS NULL OR all(tag IN $tags WHERE tag IN coalesce(n.tags, [])))`;

/**
 * Statements for reading and editing single entities through the API, built from the model registry:
 * labels and types pass the identifier guards, values are always parameters.
 */
export const entityCypher = {
  /** `$ids`: the entities asked for, in any order; absent ones are simply not returned */
  byIds: (def: KindDef) =>
    `UNWIND $ids AS id MATCH (n:${label(def.label)} {id: id}) RETURN n.id AS id, properties(n) AS props`,

  /**
   * One page of a kind in name order, with the size of the whole filtered list, in one round trip.
   * With a `parent` link the match starts at the parent (`$parent`, an id, of one of `$parentLabels`),
   * which the id constraint finds by index. Collecting the sorted matches costs one pass, as a SKIP would.
   */
  list: (def: KindDef, parent?: EntityLink) => {
    const match = parent
      ? `MATCH ${step(parent, `n:${label(def.label)}`, `p:${anyOf(parent.to)} {id: $parent}`)}
WHERE any(l IN labels(p) WHERE l IN $parentLabels)
WITH DISTINCT n
WHERE ${FILTER}`
      : `MATCH (n:${label(def.label)})
WHERE ${FILTER}`;
    return `${match}
WITH n ORDER BY n.name, n.id
WITH collect(n) AS matched
RETURN size(matched) AS total, [x IN matched[$offset..($offset + $limit)] | properties(x)] AS page`;
  },

  /**
   * The neighbours of many entities over one link, for a DataLoader batch: one row per (entity, neighbour),
   * with the neighbour's properties so that its own fields need no further read. Neighbours come by name,
   * or first by `order` where every kind at the other end has one (stages in Assembly Line order).
   */
  related: (link: EntityLink) =>
    `UNWIND $ids AS id
MATCH ${step(link, `n:${labelOf(link.from)} {id: id}`, `t:${anyOf(link.to)}`, 'r')}
RETURN id, labels(t) AS labels, properties(t) AS node, properties(r) AS props
ORDER BY ${link.to.every(ordered) ? 't.order, ' : ''}t.name, t.id`,

  /**
   * How many entities of each referring kind name `$id` in a reference field (column `r<i>` for the i-th
   * group). A kind that refers over several fields counts each entity once (UNION is distinct).
   */
  referringEntities: (def: KindDef, groups: readonly { links: readonly EntityLink[] }[]) => {
    const counts = groups.map(({ links }, i) => {
      const parts = links.map(
        (link) => `MATCH ${step(link, 'n', `k:${anyOf(link.to)}`)} WHERE k <> n RETURN DISTINCT k`,
      );
      return `COUNT { ${parts.join(' UNION ')} } AS r${i}`;
    });
    return `MATCH (n:${label(def.label)} {id: $id})\nRETURN ${counts.length ? counts.join(',\n  ') : 'null AS none'}`;
  },

  /** Facts (work items, deployments, incidents, measures) pointing at `$id`: whatever is not an entity. */
  referringFacts: (def: KindDef) =>
    `MATCH (n:${label(def.label)} {id: $id})<--(f) WHERE NOT f:${anyOf(KINDS.map((k) => k.kind))}
RETURN labels(f) AS labels, count(DISTINCT f) AS count`,

  /**
   * The chain over `link` from the would-be target `$target` (one of `$targetLabels`) back to `$id`: if it
   * exists, pointing `$id` at the target closes a cycle. Each node has at most one such link (partOf), so
   * the walk is a line, not a search.
   */
  chainBack: (def: KindDef, link: EntityLink) => {
    const hops =
      link.direction === 'out' ? `-[:${relType(link.rel)}*0..]->` : `<-[:${relType(link.rel)}*0..]-`;
    return `MATCH (s:${label(def.label)} {id: $id})
MATCH (t:${anyOf(link.to)} {id: $target}) WHERE any(l IN labels(t) WHERE l IN $targetLabels)
MATCH chain = (t)${hops}(s)
RETURN [x IN nodes(chain) | {labels: labels(x), id: x.id}] AS chain
LIMIT 1`;
  },

  /** which of `$ids` exist as entities of this kind */
  existing: (def: KindDef) => `MATCH (n:${label(def.label)}) WHERE n.id IN $ids RETURN n.id AS id`,

  /** the entity and every relationship it has, whichever side declared it */
  detachDelete: (def: KindDef) => `MATCH (n:${label(def.label)} {id: $id}) DETACH DELETE n`,
} as const;
