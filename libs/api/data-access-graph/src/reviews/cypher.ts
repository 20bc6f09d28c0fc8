/**
 * The statements of portfolio reviews. Review and Snapshot are runtime objects, not landscape kinds: they
 * are not in the model registry, import and export never touch them, and graph stats/fingerprints skip
 * them (inspect.ts). Values are always parameters.
 */

/** The audience rule of docs/reviews.md in Cypher: admins, or a role or group in common with the review's. */
const READABLE = `($admin OR any(x IN coalesce(r.audienceRoles, []) WHERE x IN $roles)
  OR any(x IN coalesce(r.audienceGroups, []) WHERE x IN $groups))`;

const RECORD = `r.id AS id, r.name AS name, toString(r.heldOn) AS heldOn, r.description AS description,
  coalesce(r.audienceRoles, []) AS roles, coalesce(r.audienceGroups, []) AS groups, r.createdBy AS createdBy,
  r.createdAt.epochMillis AS createdAtMs,
  [(r)-[:RECORDS]->(d:Decision) | d.id] AS decisionIds,
  s.takenAt.epochMillis AS takenAtMs, s.windowFrom.epochMillis AS windowFromMs,
  s.windowTo.epochMillis AS windowToMs, s.entityCount AS entityCount, s.findingCount AS findingCount,
  s.storedBytes AS storedBytes`;

export const reviewsCypher = {
  exists: 'MATCH (r:Review {id: $id}) RETURN count(r) AS count',
  create: `CREATE (r:Review {id: $id, name: $name, heldOn: date($heldOn), audienceRoles: $roles,
  audienceGroups: $groups, createdBy: $createdBy, createdAt: datetime()})
SET r.description = $description
CREATE (s:Snapshot {id: $id, takenAt: datetime(), windowFrom: datetime($windowFrom),
  windowTo: datetime($windowTo), views: $views, entities: $entities, metrics: $metrics,
  findings: $findings, decisions: $decisions, entityCount: $entityCount, findingCount: $findingCount,
  storedBytes: $storedBytes})
CREATE (r)-[:HAS_SNAPSHOT]->(s)
WITH r
UNWIND $decisionIds AS decisionId
MATCH (d:Decision {id: decisionId})
CREATE (r)-[:RECORDS]->(d)
RETURN count(d) AS linked`,
  one: `MATCH (r:Review {id: $id})-[:HAS_SNAPSHOT]->(s:Snapshot)
RETURN ${RECORD}`,
  count: `MATCH (r:Review) WHERE ${READABLE} RETURN count(r) AS count`,
  page: `MATCH (r:Review)-[:HAS_SNAPSHOT]->(s:Snapshot) WHERE ${READABLE}
WITH r, s ORDER BY r.heldOn DESC, r.createdAt DESC, r.id SKIP $offset LIMIT $limit
RETURN ${RECORD}`,
  /** the latest review held before this one (same day: created before it) that the viewer may open */
  previous: `MATCH (this:Review {id: $id})
MATCH (r:Review)-[:HAS_SNAPSHOT]->(s:Snapshot)
WHERE r <> this AND ${READABLE}
  AND (r.heldOn < this.heldOn OR (r.heldOn = this.heldOn AND r.createdAt < this.createdAt))
WITH r, s ORDER BY r.heldOn DESC, r.createdAt DESC LIMIT 1
RETURN ${RECORD}`,
  /** one packed part of a snapshot; `$part` is one of SNAPSHOT_PARTS */
  part: 'MATCH (:Review {id: $id})-[:HAS_SNAPSHOT]->(s:Snapshot) RETURN s[$part] AS packed',
  comparable: `MATCH (r:Review)-[:HAS_SNAPSHOT]->(s:Snapshot) WHERE r.id IN $ids
RETURN r.id AS id, s.entities AS entities, s.findings AS findings, s.metrics AS metrics`,
} as const;
