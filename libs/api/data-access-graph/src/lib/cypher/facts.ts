import { factDef, FACT_TYPES, type FactType } from '@streamscape/domain';
import { label } from './identifiers';

interface Projection {
  /** the variable that holds the fact (a node, or the PASSED relationship) */
  readonly var: string;
  readonly matchAll: string;
  /** the facts whose keys are in `$keys` */
  readonly matchKeys: string;
  /** the facts named by `$marks` (each `m` has the fact's key fields) */
  readonly matchMarks: string;
  readonly project: string;
  readonly order: string;
}

const workItemTail = `OPTIONAL MATCH (w)-[:IN_STREAM]->(v:ValueStream)
OPTIONAL MATCH (w)-[:FOUND_IN]->(f:Stage)
OPTIONAL MATCH (w)-[:INJECTED_IN]->(i:Stage)
OPTIONAL MATCH (w)-[:DUPLICATE_OF]->(d:WorkItem)`;
const ofTail = (x: string) => `OPTIONAL MATCH (${x})-[:OF]->(s:Stage)
OPTIONAL MATCH (${x})-[:OF]->(v:ValueStream)`;

/** How each fact type is read back in its file columns: one projection serves export and change detection. */
const PROJECTIONS: Record<FactType, Projection> = {
  'work-items': {
    var: 'w',
    matchAll: `MATCH (w:WorkItem)\n${workItemTail}`,
    matchKeys: `UNWIND $keys AS key MATCH (w:WorkItem {id: key})\n${workItemTail}`,
    matchMarks: 'UNWIND $marks AS m MATCH (w:WorkItem {id: m.id})',
    project: `RETURN w.id AS id, w.type AS type, v.id AS valueStream, w.createdAt AS createdAt, w.startedAt AS startedAt,
       w.doneAt AS doneAt, w.resolution AS resolution, w.severity AS severity, f.id AS foundIn, i.id AS injectedIn,
       d.id AS duplicateOf`,
    order: 'id',
  },
  passages: {
    var: 'p',
    matchAll: 'MATCH (w:WorkItem)-[p:PASSED]->(s:Stage)',
    matchKeys: `UNWIND $keys AS key
MATCH (w:WorkItem {id: key.workItem})-[p:PASSED]->(s:Stage {id: key.stage}) WHERE p.enteredAt = datetime(key.enteredAt)`,
    matchMarks: `UNWIND $marks AS m
MATCH (:WorkItem {id: m.workItem})-[p:PASSED]->(:Stage {id: m.stage}) WHERE p.enteredAt = datetime(m.enteredAt)`,
    project:
      'RETURN w.id AS workItem, s.id AS stage, p.enteredAt AS enteredAt, p.leftAt AS leftAt, p.activeHours AS activeHours',
    order: 'workItem, enteredAt, stage',
  },
  deployments: {
    var: 'd',
    matchAll: `MATCH (d:Deployment)\n${ofTail('d')}`,
    matchKeys: `UNWIND $keys AS key MATCH (d:Deployment {id: key})\n${ofTail('d')}`,
    matchMarks: 'UNWIND $marks AS m MATCH (d:Deployment {id: m.id})',
    project:
      'RETURN d.id AS id, s.id AS stage, v.id AS valueStream, d.at AS at, d.status AS status, d.changeCreatedAt AS changeCreatedAt',
    order: 'id',
  },
  incidents: {
    var: 'i',
    matchAll: `MATCH (i:Incident)\n${ofTail('i')}\nOPTIONAL MATCH (i)-[:CAUSED_BY]->(c:Deployment)`,
    matchKeys: `UNWIND $keys AS key MATCH (i:Incident {id: key})\n${ofTail('i')}\nOPTIONAL MATCH (i)-[:CAUSED_BY]->(c:Deployment)`,
    matchMarks: 'UNWIND $marks AS m MATCH (i:Incident {id: m.id})',
    project:
      'RETURN i.id AS id, s.id AS stage, v.id AS valueStream, i.openedAt AS openedAt, i.resolvedAt AS resolvedAt, c.id AS causedBy',
    order: 'id',
  },
  measures: {
    var: 'm2',
    matchAll: 'MATCH (m2:Measure)-[:OF]->(x)',
    matchKeys: 'UNWIND $keys AS key MATCH (m2:Measure {key: key})-[:OF]->(x)',
    matchMarks: 'UNWIND $marks AS m MATCH (m2:Measure {key: m.key})',
    project:
      'RETURN head(labels(x)) AS scopeLabel, x.id AS scopeId, m2.metric AS metric, m2.at AS at, m2.value AS value',
    order: 'scopeLabel, scopeId, metric, at',
  },
};

/**
 * Statements that write flow facts, one row batch at a time (`$rows`). Timestamps arrive as ISO strings
 * and are stored as Neo4j datetimes; `datetime(null)` is null, which removes the property.
 * Re-importing a fact replaces its values and relationships, so an import is idempotent.
 */
export const factCypher = {
  workItems: `UNWIND $rows AS row
MERGE (w:WorkItem {id: row.id})
SET w.type = row.type, w.createdAt = datetime(row.createdAt), w.startedAt = datetime(row.startedAt),
    w.doneAt = datetime(row.doneAt), w.resolution = row.resolution, w.severity = row.severity
WITH w, row
CALL (w) { MATCH (w)-[old:IN_STREAM|FOUND_IN|INJECTED_IN|DUPLICATE_OF]->() DELETE old }
CALL (w, row) { MATCH (v:ValueStream {id: row.valueStream}) CREATE (w)-[:IN_STREAM]->(v) }
CALL (w, row) { MATCH (s:Stage {id: row.foundIn}) CREATE (w)-[:FOUND_IN]->(s) }
CALL (w, row) { MATCH (s:Stage {id: row.injectedIn}) CREATE (w)-[:INJECTED_IN]->(s) }`,

  /** after all work items exist, as a duplicate may point at a later row */
  duplicates: `UNWIND $rows AS row
MATCH (w:WorkItem {id: row.id})
MATCH (o:WorkItem {id: row.duplicateOf})
CREATE (w)-[:DUPLICATE_OF]->(o)`,

  passages: `UNWIND $rows AS row
MATCH (w:WorkItem {id: row.workItem})
MATCH (s:Stage {id: row.stage})
MERGE (w)-[p:PASSED {enteredAt: datetime(row.enteredAt)}]->(s)
SET p.leftAt = datetime(row.leftAt), p.activeHours = row.activeHours`,

  deployments: `UNWIND $rows AS row
MERGE (d:Deployment {id: row.id})
SET d.at = datetime(row.at), d.status = row.status, d.changeCreatedAt = datetime(row.changeCreatedAt)
WITH d, row
CALL (d) { MATCH (d)-[old:OF]->() DELETE old }
CALL (d, row) { MATCH (s:Stage {id: row.stage}) CREATE (d)-[:OF]->(s) }
CALL (d, row) { MATCH (v:ValueStream {id: row.valueStream}) CREATE (d)-[:OF]->(v) }`,

  incidents: `UNWIND $rows AS row
MERGE (i:Incident {id: row.id})
SET i.openedAt = datetime(row.openedAt), i.resolvedAt = datetime(row.resolvedAt)
WITH i, row
CALL (i) { MATCH (i)-[old:OF|CAUSED_BY]->() DELETE old }
CALL (i, row) { MATCH (s:Stage {id: row.stage}) CREATE (i)-[:OF]->(s) }
CALL (i, row) { MATCH (v:ValueStream {id: row.valueStream}) CREATE (i)-[:OF]->(v) }
CALL (i, row) { MATCH (d:Deployment {id: row.causedBy}) CREATE (i)-[:CAUSED_BY]->(d) }`,

  /** a measure is keyed by scope, metric and time; the scope's label comes from the registry */
  measures: (scopeLabel: string) => `UNWIND $rows AS row
MATCH (x:${label(scopeLabel)} {id: row.scopeId})
MERGE (m:Measure {key: row.key})
SET m.metric = row.metric, m.at = datetime(row.at), m.value = row.value
MERGE (m)-[:OF]->(x)`,

  /** export: every stored fact of a type in the file format's columns, in a stable order */
  export: Object.fromEntries(
    FACT_TYPES.map((t) => [
      t,
      `${PROJECTIONS[t].matchAll}\n${PROJECTIONS[t].project}\nORDER BY ${PROJECTIONS[t].order}`,
    ]),
  ) as Record<FactType, string>,

  /** the stored version of the facts with these keys (`$keys`), in the file format, with the import that wrote them */
  byKey: Object.fromEntries(
    FACT_TYPES.map((t) => [
      t,
      `${PROJECTIONS[t].matchKeys}\n${PROJECTIONS[t].project}, ${PROJECTIONS[t].var}._import AS _import`,
    ]),
  ) as Record<FactType, string>,

  /** journaled imports: which import last wrote a fact, and the fact's file row before it (`_prev`, JSON) */
  mark: Object.fromEntries(
    FACT_TYPES.map((t) => [
      t,
      `${PROJECTIONS[t].matchMarks}\nSET ${PROJECTIONS[t].var}._import = m.import, ${PROJECTIONS[t].var}._prev = m.prev`,
    ]),
  ) as Record<FactType, string>,

  /** rollback: facts an import created (no `_prev`), deleted a slice at a time */
  deleteCreated: (t: FactType) =>
    t === 'passages'
      ? 'MATCH ()-[p:PASSED {_import: $importId}]->() WHERE p._prev IS NULL WITH p LIMIT $limit DELETE p RETURN count(*) AS n'
      : `MATCH (n:${label(factDef(t).label)} {_import: $importId}) WHERE n._prev IS NULL WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS n`,

  /** rollback and finish: facts an import changed, with their previous file row */
  changed: (t: FactType) =>
    t === 'passages'
      ? 'MATCH ()-[p:PASSED {_import: $importId}]->() WHERE p._prev IS NOT NULL RETURN p._prev AS prev LIMIT $limit'
      : `MATCH (n:${label(factDef(t).label)} {_import: $importId}) WHERE n._prev IS NOT NULL RETURN n._prev AS prev LIMIT $limit`,

  /** finish: forget the previous rows once the import is complete */
  clearPrevious: (t: FactType) =>
    t === 'passages'
      ? 'MATCH ()-[p:PASSED {_import: $importId}]->() WHERE p._prev IS NOT NULL WITH p LIMIT $limit REMOVE p._prev RETURN count(*) AS n'
      : `MATCH (n:${label(factDef(t).label)} {_import: $importId}) WHERE n._prev IS NOT NULL WITH n LIMIT $limit REMOVE n._prev RETURN count(*) AS n`,

  existingIds: (factLabel: string) =>
    `UNWIND $ids AS id MATCH (n:${label(factLabel)} {id: id}) RETURN n.id AS id`,
} as const;
