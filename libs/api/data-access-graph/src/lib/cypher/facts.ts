import { label } from './identifiers';

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

  /** export: rows in the file format's columns, ordered so that an export is stable */
  export: {
    'work-items': `MATCH (w:WorkItem)
OPTIONAL MATCH (w)-[:IN_STREAM]->(v:ValueStream)
OPTIONAL MATCH (w)-[:FOUND_IN]->(f:Stage)
OPTIONAL MATCH (w)-[:INJECTED_IN]->(i:Stage)
OPTIONAL MATCH (w)-[:DUPLICATE_OF]->(d:WorkItem)
RETURN w.id AS id, w.type AS type, v.id AS valueStream, w.createdAt AS createdAt, w.startedAt AS startedAt,
       w.doneAt AS doneAt, w.resolution AS resolution, w.severity AS severity, f.id AS foundIn, i.id AS injectedIn,
       d.id AS duplicateOf
ORDER BY id`,
    passages: `MATCH (w:WorkItem)-[p:PASSED]->(s:Stage)
RETURN w.id AS workItem, s.id AS stage, p.enteredAt AS enteredAt, p.leftAt AS leftAt, p.activeHours AS activeHours
ORDER BY workItem, enteredAt, stage`,
    deployments: `MATCH (d:Deployment)
OPTIONAL MATCH (d)-[:OF]->(s:Stage)
OPTIONAL MATCH (d)-[:OF]->(v:ValueStream)
RETURN d.id AS id, s.id AS stage, v.id AS valueStream, d.at AS at, d.status AS status, d.changeCreatedAt AS changeCreatedAt
ORDER BY id`,
    incidents: `MATCH (i:Incident)
OPTIONAL MATCH (i)-[:OF]->(s:Stage)
OPTIONAL MATCH (i)-[:OF]->(v:ValueStream)
OPTIONAL MATCH (i)-[:CAUSED_BY]->(d:Deployment)
RETURN i.id AS id, s.id AS stage, v.id AS valueStream, i.openedAt AS openedAt, i.resolvedAt AS resolvedAt, d.id AS causedBy
ORDER BY id`,
    measures: `MATCH (m:Measure)-[:OF]->(x)
RETURN head(labels(x)) AS scopeLabel, x.id AS scopeId, m.metric AS metric, m.at AS at, m.value AS value
ORDER BY scopeLabel, scopeId, metric, at`,
  },

  existingIds: (factLabel: string) => `UNWIND $ids AS id MATCH (n:${label(factLabel)} {id: id}) RETURN n.id AS id`,
} as const;
