import type { KindDef, RefFieldDef } from '@streamscape/domain';
import { label, relType } from './identifiers';

/**
 * Statements that read and write landscape entities, built from the model registry. Values are always
 * parameters: `$ids`, `$rows`. Reads come in two forms: every entity of a kind, or those in `$ids`
 * (looked up one by one through the id index, which `n.id IN $ids OR $ids IS NULL` would not use).
 */
const matchEntities = (def: KindDef, byIds: boolean) =>
  byIds ? `UNWIND $ids AS id MATCH (n:${label(def.label)} {id: id})` : `MATCH (n:${label(def.label)})`;

export const landscapeCypher = {
  readNodes: (def: KindDef, byIds: boolean) =>
    `${matchEntities(def, byIds)} RETURN n.id AS id, properties(n) AS props`,

  readRelations: (def: KindDef, field: RefFieldDef, byIds: boolean) => {
    const pattern = field.reverse
      ? `(n)<-[r:${relType(field.rel)}]-(t)`
      : `(n)-[r:${relType(field.rel)}]->(t)`;
    const targets = field.targets.map(label).join('|');
    return `${matchEntities(def, byIds)}
MATCH ${pattern} WHERE t:${targets}
RETURN n.id AS id, labels(t) AS labels, t.id AS target, properties(r) AS props, elementId(r) AS rid`;
  },

  /** `row.props` holds every property, `id` included: properties absent from the file are removed. */
  upsertNodes: (def: KindDef) =>
    `UNWIND $rows AS row MERGE (n:${label(def.label)} {id: row.id}) SET n = row.props`,

  createRelations: (def: KindDef, field: RefFieldDef, targetLabel: string) => {
    const arrow = field.reverse ? `(t)-[r:${relType(field.rel)}]->(n)` : `(n)-[r:${relType(field.rel)}]->(t)`;
    return `UNWIND $rows AS row
MATCH (n:${label(def.label)} {id: row.id})
MATCH (t:${label(targetLabel)} {id: row.target})
CREATE ${arrow} SET r = row.props`;
  },

  deleteRelations: 'UNWIND $rids AS rid MATCH ()-[r]->() WHERE elementId(r) = rid DELETE r',

  /** replace mode: entities of a kind that the files no longer contain */
  deleteNodesNotIn: (def: KindDef) =>
    `MATCH (n:${label(def.label)}) WHERE NOT n.id IN $ids DETACH DELETE n RETURN count(*) AS deleted`,

  deleteNode: (def: KindDef) => `MATCH (n:${label(def.label)} {id: $id}) DETACH DELETE n`,

  countNodes: (def: KindDef) => `MATCH (n:${label(def.label)}) RETURN count(n) AS count`,
} as const;
