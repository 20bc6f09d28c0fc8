/**
 * The analyses' statements, each with its parameters named in a comment. Values are always parameters;
 * traversals go one level per statement so that depth limits stay parameters too (Cypher takes only
 * literals as variable-length bounds).
 */
export const analysesCypher = {
  /** $id: a component id */
  component: 'MATCH (c:Component {id: $id}) RETURN c.id AS id, c.name AS name',

  /** $ids: component ids */
  components: 'UNWIND $ids AS id MATCH (c:Component {id: id}) RETURN c.id AS id, c.name AS name',

  /** $ids: component ids; one level of DEPENDS_ON against its direction (who depends on them) */
  dependentsOf: `UNWIND $ids AS id
MATCH (:Component {id: id})<-[:DEPENDS_ON]-(d:Component)
RETURN id AS via, d.id AS id, d.name AS name`,

  /** $ids: component ids; one level of DEPENDS_ON along its direction (what they depend on) */
  dependenciesOf: `UNWIND $ids AS id
MATCH (:Component {id: id})-[r:DEPENDS_ON]->(d:Component)
RETURN id AS via, d.id AS id, d.name AS name, r.weight AS weight`,

  /** $ids: component ids; the streams that build them, in one of their stages or directly */
  streamsBuilding: `UNWIND $ids AS id
MATCH (:Component {id: id})-[:BUILT_IN]->(x)-[:STAGE_OF*0..1]->(vs:ValueStream)
RETURN DISTINCT id AS component, vs.id AS id, vs.name AS name`,

  /** $ids: value stream ids; the domain each belongs to, through its parent streams */
  domainsOf: `UNWIND $ids AS id
MATCH (:ValueStream {id: id})-[:PART_OF*1..]->(d:Domain)
RETURN DISTINCT id AS stream, d.id AS id, d.name AS name`,

  /** $ids: component ids; the teams that own them */
  ownersOf: `UNWIND $ids AS id
MATCH (t:Team)-[:OWNS]->(:Component {id: id})
RETURN DISTINCT id AS component, t.id AS id, t.name AS name`,

  /** $id: a team id; the components it owns */
  teamComponents: `MATCH (n:Team {id: $id})
OPTIONAL MATCH (n)-[:OWNS]->(c:Component)
RETURN n.name AS name, collect(DISTINCT c.id) AS components`,

  /** $id: a value stream id; the components built in it, its stages or its sub-streams */
  streamComponents: `MATCH (n:ValueStream {id: $id})
OPTIONAL MATCH (n)<-[:STAGE_OF|PART_OF*0..]-()<-[:BUILT_IN]-(c:Component)
RETURN n.name AS name, collect(DISTINCT c.id) AS components`,

  /** $id: a domain id; the components built in any of its streams */
  domainComponents: `MATCH (n:Domain {id: $id})
OPTIONAL MATCH (n)<-[:PART_OF]-(:ValueStream)<-[:STAGE_OF|PART_OF*0..]-()<-[:BUILT_IN]-(c:Component)
RETURN n.name AS name, collect(DISTINCT c.id) AS components`,

  /** no parameters: every component, for analyses over the whole dependency graph */
  allComponents: 'MATCH (c:Component) RETURN c.id AS id, c.name AS name ORDER BY id',

  /** no parameters: every dependency between components, with its weight */
  allDependencies: `MATCH (a:Component)-[r:DEPENDS_ON]->(b:Component)
RETURN a.id AS from, b.id AS to, r.weight AS weight`,
} as const;
