/**
 * The transformation view's statements: read-only, parameters only. `$kinds` is the list of model kinds,
 * so a node's kind is the first of its labels that is one (`kindOf`).
 */
import { label } from '../lib/cypher/identifiers';

const kindOf = (v: string): string => `[l IN labels(${v}) WHERE l IN $kinds][0]`;

/**
 * What surrounds a node: what contains it up to the enterprise (stage -> stream -> domain -> enterprise,
 * component -> where it is built, team -> what it works on and its org unit, budget -> what it funds), and
 * who owns it, is responsible for it, is obliged to it or delivers it (for a generation or variant: its product).
 */
const CONTEXT_RETURN = `RETURN ${kindOf('x')} AS kind, x.id AS id, x.name AS name,
           COLLECT {
             MATCH (x)-[:STAGE_OF|PART_OF|BUILT_IN|AT|GENERATION_OF|VARIANT_OF|MEMBER_OF|WORKS_ON|FUNDS*1..8]->(c)
             RETURN DISTINCT [${kindOf('c')}, c.id]
           } AS containers,
           [(o)-[:OWNS|RESPONSIBLE_FOR|OBLIGED_TO|DELIVERS]->(x) | [${kindOf('o')}, o.id]] +
           [(o)-[:OBLIGED_TO|DELIVERS]->(:Product)<-[:GENERATION_OF|VARIANT_OF]-(x) | [${kindOf('o')}, o.id]] AS owners`;

/** The context of the nodes of one kind (`$ids`), e.g. what a step tried in a what-if changes. */
export const nodeContext = (kind: string): string => `
    UNWIND $ids AS nodeId
    MATCH (x:${label(kind)} {id: nodeId})
    ${CONTEXT_RETURN}`;

export const transformationCypher = {
  initiatives: `
    MATCH (i:Initiative)
    OPTIONAL MATCH (i)-[:OWNED_BY]->(o)
    RETURN i.id AS id, i.name AS name, i.description AS description,
           ${kindOf('o')} AS ownerKind, o.id AS ownerId
    ORDER BY id`,

  /** every step (the reader narrows to an initiative and what its steps require) */
  steps: `
    MATCH (s:TransformationStep)
    OPTIONAL MATCH (i:Initiative)-[:INCLUDES]->(s)
    WITH s, min(i.id) AS initiative
    RETURN s.id AS id, s.name AS name, s.description AS description, s.status AS status,
           s.effortWeeks AS effortWeeks, s.plannedStart AS plannedStart, initiative,
           [(s)-[:REQUIRES]->(r:TransformationStep) | r.id] AS requires,
           [(s)-[:CHANGES]->(x) | [${kindOf('x')}, x.id]] AS changes,
           [(s)-[r:SETS]->(x) | {kind: ${kindOf('x')}, id: x.id, field: r.field, value: r.value}] AS sets
    ORDER BY id`,

  domains: `
    MATCH (d:Domain)
    RETURN d.id AS id, d.name AS name, d.operatingMode AS mode, d.targetOperatingMode AS targetMode
    ORDER BY id`,

  streams: `
    MATCH (v:ValueStream)
    OPTIONAL MATCH (v)-[:PART_OF]->(p:ValueStream)
    OPTIONAL MATCH (v)-[:PART_OF]->(d:Domain)
    RETURN v.id AS id, v.name AS name, p.id AS parent, d.id AS domain,
           v.operatingMode AS mode, v.targetOperatingMode AS targetMode
    ORDER BY id`,

  teams: `
    MATCH (t:Team)
    RETURN t.id AS id, t.name AS name, t.type AS type, t.operatingMode AS mode,
           [(t)-[:WORKS_ON]->(v:ValueStream) | v.id] +
           [(t)-[:WORKS_ON]->(:Stage)-[:STAGE_OF]->(v:ValueStream) | v.id] AS streams
    ORDER BY id`,

  components: `
    MATCH (c:Component)
    RETURN c.id AS id, c.name AS name, c.generation AS generation,
           [(c)-[:BUILT_IN]->(:Stage)-[:STAGE_OF]->(v:ValueStream) | v.id] +
           [(c)-[:BUILT_IN]->(v:ValueStream) | v.id] AS streams,
           [(t:Team)-[:OWNS]->(c) | t.id] AS owners
    ORDER BY id`,

  generations: `
    MATCH (g:Generation)
    OPTIONAL MATCH (g)-[:GENERATION_OF]->(p:Product)
    RETURN g.id AS id, g.name AS name, p.id AS product, p.name AS productName,
           g.status AS status, g.endOfLife AS endOfLife
    ORDER BY id`,

  /** dependencies that touch a legacy or next-generation component (the generations side by side) */
  generationDependencies: `
    MATCH (a:Component)-[r:DEPENDS_ON]->(b:Component)
    WHERE a.generation IN ['LEGACY', 'NEXT'] OR b.generation IN ['LEGACY', 'NEXT']
    RETURN a.id AS from, b.id AS to, r.weight AS weight
    ORDER BY from, to`,

  /** stream -> stream: a component built in one depends on a component built in the other */
  streamComponentDependencies: `
    MATCH (a:Component)-[:DEPENDS_ON]->(b:Component)
    MATCH (a)-[:BUILT_IN]->(x)-[:STAGE_OF*0..1]->(va:ValueStream)
    MATCH (b)-[:BUILT_IN]->(y)-[:STAGE_OF*0..1]->(vb:ValueStream)
    WHERE va <> vb
    RETURN va.id AS from, vb.id AS to, collect(DISTINCT [a.id, b.id]) AS pairs
    ORDER BY from, to`,

  /** team -> team: a component one owns depends on a component the other owns */
  teamComponentDependencies: `
    MATCH (ta:Team)-[:OWNS]->(a:Component)-[:DEPENDS_ON]->(b:Component)<-[:OWNS]-(tb:Team)
    WHERE ta <> tb
    RETURN ta.id AS from, tb.id AS to, collect(DISTINCT [a.id, b.id]) AS pairs
    ORDER BY from, to`,

  /** stream -> stream: it delivers to an integration point at a stage of the other */
  streamIntegrationDependencies: `
    MATCH (va:ValueStream)-[:DELIVERS_TO]->(ip:IntegrationPoint)-[:AT]->(:Stage)-[:STAGE_OF]->(vb:ValueStream)
    WHERE va <> vb
    RETURN va.id AS from, vb.id AS to, collect(DISTINCT ip.id) AS points
    ORDER BY from, to`,

  /** stream -> stream: a stage of the other flows into one of its stages (it waits for that input) */
  streamFlowDependencies: `
    MATCH (upstream:Stage)-[:FLOWS_TO]->(downstream:Stage)
    MATCH (downstream)-[:STAGE_OF]->(va:ValueStream), (upstream)-[:STAGE_OF]->(vb:ValueStream)
    WHERE va <> vb
    RETURN va.id AS from, vb.id AS to, collect(DISTINCT [upstream.id, downstream.id]) AS stages
    ORDER BY from, to`,

  /** the context (CONTEXT_RETURN) of every node a step touches */
  touchedContext: `
    MATCH (:TransformationStep)-[:CHANGES|SETS]->(x)
    WITH DISTINCT x
    ${CONTEXT_RETURN}`,
} as const;

export type TransformationStatement = keyof typeof transformationCypher;
