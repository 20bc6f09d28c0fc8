/**
 * The statements behind the landscape views. Values are always parameters (`$domainIds`); every label
 * and type is a literal. A component belongs to the streams whose stages build it (or that build it
 * directly), a stream to its domain through its parent streams.
 */

/** a component -> the value streams that build it (through one of their stages, or directly) */
const BUILT_BY = '-[:BUILT_IN]->(:Stage|ValueStream)-[:STAGE_OF*0..1]->';

/** a team -> the value stream it works on (directly, or on one of its stages) */
const WORKS_IN = '-[:WORKS_ON]->(:Stage|ValueStream)-[:STAGE_OF*0..1]->';

export const viewsCypher = {
  enterprise: 'MATCH (e:Enterprise) RETURN e.id AS id, e.name AS name ORDER BY id LIMIT 1',

  /** every domain with its stream counts, its top-level streams, the teams working in it and its obligations */
  domains: `MATCH (d:Domain)
RETURN d.id AS id, d.name AS name, d.operatingMode AS operatingMode, d.targetOperatingMode AS targetOperatingMode,
  COUNT { (s:ValueStream)-[:PART_OF*1..]->(d) } AS valueStreams,
  COUNT { (s:ValueStream)-[:PART_OF]->(:ValueStream)-[:PART_OF*0..]->(d) } AS subStreams,
  COUNT { MATCH (t:Team)${WORKS_IN}(:ValueStream)-[:PART_OF*1..]->(d) RETURN DISTINCT t } AS teams,
  COLLECT {
    MATCH (s:ValueStream)-[:PART_OF]->(d)
    RETURN {id: s.id, name: s.name, type: s.type, operatingMode: s.operatingMode,
      subStreams: COUNT { (:ValueStream)-[:PART_OF*1..]->(s) }} AS stream ORDER BY s.id
  } AS streams,
  [(d)-[o:OBLIGED_TO]->(t) | {
    kind: o.kind, label: labels(t)[0], id: t.id, name: t.name, status: t.status, endOfLife: t.endOfLife,
    product: [(t)-[:GENERATION_OF]->(p:Product) | {id: p.id, name: p.name}][0],
    generations: [(g:Generation)-[:GENERATION_OF]->(t) | {id: g.id, status: g.status, endOfLife: g.endOfLife}]
  }] AS obligations
ORDER BY id`,

  /** every budget, who provides it, and the domains it reaches: directly, through a stream or a team */
  budgets: `MATCH (b:Budget)
OPTIONAL MATCH (o:OrgUnit)-[:PROVIDES]->(b)
RETURN b.id AS id, b.name AS name, b.model AS model, b.fiscalYear AS fiscalYear, b.amount AS amount,
  b.currency AS currency, o.id AS providedBy, COUNT { (b)-[:FUNDS]->() } AS targets,
  COLLECT {
    MATCH (b)-[:FUNDS]->(d:Domain) RETURN {domain: d.id, via: 'Domain', target: d.id} AS reach
    UNION
    MATCH (b)-[:FUNDS]->(s:ValueStream)-[:PART_OF*1..]->(d:Domain) RETURN {domain: d.id, via: 'ValueStream', target: s.id} AS reach
    UNION
    MATCH (b)-[:FUNDS]->(t:Team)${WORKS_IN}(:ValueStream)-[:PART_OF*1..]->(d:Domain)
    RETURN {domain: d.id, via: 'Team', target: t.id} AS reach
  } AS reaches
ORDER BY id`,

  orgUnits: `MATCH (o:OrgUnit)
OPTIONAL MATCH (o)-[:PART_OF]->(p:OrgUnit)
RETURN o.id AS id, o.name AS name, o.type AS type, p.id AS parent
ORDER BY id`,

  /** every integration point, where it sits, who is responsible and which streams deliver to it */
  integrationPoints: `MATCH (ip:IntegrationPoint)
OPTIONAL MATCH (ip)-[:AT]->(st:Stage)-[:STAGE_OF]->(s:ValueStream)
OPTIONAL MATCH (s)-[:PART_OF*1..]->(d:Domain)
RETURN ip.id AS id, ip.name AS name, ip.level AS level, st.id AS stage, s.id AS stream, d.id AS domain,
  [(r)-[:RESPONSIBLE_FOR]->(ip) | {label: labels(r)[0], id: r.id, name: r.name}] AS responsible,
  COLLECT {
    MATCH (v:ValueStream)-[:DELIVERS_TO]->(ip)
    OPTIONAL MATCH (v)-[:PART_OF*1..]->(vd:Domain)
    RETURN {stream: v.id, domain: vd.id} AS delivery
  } AS deliveries
ORDER BY id`,

  /**
   * Component dependencies between domains, summed per pair (weight defaults to 1). A dependency between
   * two components that share a domain is internal, whatever other domains build them. Two MATCH clauses:
   * in one, the two ends could not share a stream's relationships and a shared domain would go unseen.
   */
  domainDependencies: `MATCH (d:Domain)<-[:PART_OF*1..]-(:ValueStream)<-[:STAGE_OF*0..1]-(:Stage|ValueStream)<-[:BUILT_IN]-(:Component)-[r:DEPENDS_ON]->(b:Component)
MATCH (b)${BUILT_BY}(:ValueStream)-[:PART_OF*1..]->(e:Domain)
WITH r, collect(DISTINCT d.id) AS from, collect(DISTINCT e.id) AS to
WHERE none(x IN from WHERE x IN to)
UNWIND from AS source
UNWIND to AS target
RETURN source, target, sum(coalesce(r.weight, 1)) AS weight, count(*) AS dependencies
ORDER BY source, target`,

  /** teams working on streams of more than one domain, with the streams they work on per domain */
  multiDomainTeams: `MATCH (t:Team)${WORKS_IN}(s:ValueStream)-[:PART_OF*1..]->(d:Domain)
WITH t, d, count(DISTINCT s) AS streams
WITH t, collect({domain: d.id, streams: streams}) AS domains
WHERE size(domains) > 1
RETURN t.id AS id, t.name AS name, t.type AS type, domains
ORDER BY id`,

  /** findings recorded by people or imported, with what they are about */
  storedFindings: `MATCH (f:Finding)
RETURN f.id AS id, f.name AS name, f.description AS description, f.kind AS kind, f.severity AS severity,
  f.status AS status, [(f)-[:ABOUT]->(x) | {label: labels(x)[0], id: x.id}] AS about
ORDER BY id`,

  domainIds: 'MATCH (d:Domain) RETURN d.id AS id ORDER BY id',

  /** $domainIds: each domain, its obligations, its streams (the tree) and their stages with flows and feedback */
  domain: `UNWIND $domainIds AS domainId
MATCH (d:Domain {id: domainId})
RETURN d.id AS id, d.name AS name, d.operatingMode AS operatingMode, d.targetOperatingMode AS targetOperatingMode,
  [(d)-[o:OBLIGED_TO]->(t) | {kind: o.kind, label: labels(t)[0], id: t.id, name: t.name}] AS obligations,
  COLLECT {
    MATCH (s:ValueStream)-[:PART_OF*1..]->(d)
    MATCH (s)-[:PART_OF]->(p)
    RETURN {
      id: s.id, name: s.name, parentLabel: labels(p)[0], parent: p.id, type: s.type,
      operatingMode: s.operatingMode, targetOperatingMode: s.targetOperatingMode,
      delivers: [(s)-[:DELIVERS]->(x) | {label: labels(x)[0], id: x.id}],
      deliversTo: [(s)-[:DELIVERS_TO]->(ip:IntegrationPoint) | ip.id]
    } AS stream
  } AS streams,
  COLLECT {
    MATCH (st:Stage)-[:STAGE_OF]->(s:ValueStream)-[:PART_OF*1..]->(d)
    RETURN {
      id: st.id, name: st.name, stream: s.id, order: st.order, integrationLevel: st.integrationLevel,
      qualityGate: st.qualityGate, wipLimit: st.wipLimit,
      flowsTo: [(st)-[:FLOWS_TO]->(n:Stage) | {id: n.id, name: n.name}],
      feedbackTo: [(st)-[f:FEEDBACK_TO]->(n:Stage) | {id: n.id, name: n.name, delayDays: f.delayDays}]
    } AS stage
  } AS stages`,

  /**
   * $domainIds: the components built in each domain's streams, with their owners and their dependencies
   * both ways (the other end may lie outside the domain).
   */
  domainComponents: `UNWIND $domainIds AS domainId
MATCH (d:Domain {id: domainId})<-[:PART_OF*1..]-(s:ValueStream)
MATCH (c:Component)-[:BUILT_IN]->(x:Stage|ValueStream)-[:STAGE_OF*0..1]->(s)
WITH d, c, collect(DISTINCT {stage: CASE WHEN x:Stage THEN x.id END, stream: s.id}) AS builtIn
RETURN d.id AS forDomain, c.id AS id, c.name AS name, c.generation AS generation, builtIn,
  [(t:Team)-[:OWNS]->(c) | t.id] AS owners,
  [(c)-[r:DEPENDS_ON]->(o:Component) | {id: o.id, weight: coalesce(r.weight, 1)}] AS dependsOn,
  [(o:Component)-[r:DEPENDS_ON]->(c) | {id: o.id, weight: coalesce(r.weight, 1)}] AS dependedOnBy
ORDER BY forDomain, id`,

  /** $domainIds: components outside each domain that depend on, or are depended on by, the domain's */
  domainExternalComponents: `UNWIND $domainIds AS domainId
MATCH (d:Domain {id: domainId})<-[:PART_OF*1..]-(:ValueStream)<-[:STAGE_OF*0..1]-(:Stage|ValueStream)<-[:BUILT_IN]-(c:Component)
WITH d, collect(DISTINCT c) AS inside
UNWIND inside AS c
MATCH (c)-[:DEPENDS_ON]-(x:Component)
WHERE NOT x IN inside
WITH DISTINCT d, x
RETURN d.id AS forDomain, x.id AS id, x.name AS name, x.generation AS generation,
  [(t:Team)-[:OWNS]->(x) | t.id] AS owners,
  COLLECT { MATCH (x)${BUILT_BY}(:ValueStream)-[:PART_OF*1..]->(od:Domain) RETURN DISTINCT {id: od.id, name: od.name} } AS domains
ORDER BY forDomain, id`,

  /**
   * $domainIds: the teams that work on each domain's streams or stages, own its components, or own a
   * component on the other end of one of its dependencies; with everything they own and work on (for
   * their load) and their interactions, each marked whether their components depend on each other.
   */
  domainTeams: `UNWIND $domainIds AS domainId
MATCH (d:Domain {id: domainId})
CALL (d) {
  MATCH (t:Team)${WORKS_IN}(:ValueStream)-[:PART_OF*1..]->(d) RETURN t
  UNION
  MATCH (t:Team)-[:OWNS]->(:Component)${BUILT_BY}(:ValueStream)-[:PART_OF*1..]->(d) RETURN t
  UNION
  MATCH (t:Team)-[:OWNS]->(:Component)-[:DEPENDS_ON]-(:Component)${BUILT_BY}(:ValueStream)-[:PART_OF*1..]->(d) RETURN t
}
RETURN d.id AS forDomain, t.id AS id, t.name AS name, t.type AS type, t.size AS size,
  [(t)-[:OWNS]->(c:Component) | c.id] AS owns,
  COLLECT {
    MATCH (t)-[:WORKS_ON]->(w:Stage|ValueStream)-[:STAGE_OF*0..1]->(s:ValueStream)
    OPTIONAL MATCH (s)-[:PART_OF*1..]->(wd:Domain)
    RETURN {label: labels(w)[0], id: w.id, stream: s.id, domain: wd.id} AS work
  } AS worksOn,
  [(t)-[i:INTERACTS_WITH]-(o:Team) WHERE o <> t | {
    team: o.id, name: o.name, mode: i.mode, outgoing: startNode(i) = t,
    owns: COUNT { (o)-[:OWNS]->(:Component) },
    dependent: EXISTS { (t)-[:OWNS]->(:Component)-[:DEPENDS_ON]-(:Component)<-[:OWNS]-(o) }
  }] AS interactions
ORDER BY forDomain, id`,

  /**
   * $domainIds: the products each domain's streams deliver (directly or as variants) or that it is obliged
   * to, with variants, generations and every stream in the landscape that delivers one of its variants.
   */
  domainProducts: `UNWIND $domainIds AS domainId
MATCH (d:Domain {id: domainId})
CALL (d) {
  MATCH (s:ValueStream)-[:PART_OF*1..]->(d)
  MATCH (s)-[:DELIVERS]->(:Product|Variant)-[:VARIANT_OF*0..1]->(p:Product)
  RETURN p
  UNION
  MATCH (d)-[:OBLIGED_TO]->(:Product|Generation)-[:GENERATION_OF*0..1]->(p:Product) RETURN p
}
WITH DISTINCT d, p
RETURN d.id AS forDomain, p.id AS id, p.name AS name,
  [(v:Variant)-[:VARIANT_OF]->(p) | {id: v.id, name: v.name}] AS variants,
  [(g:Generation)-[:GENERATION_OF]->(p) | {id: g.id, name: g.name, status: g.status, endOfLife: g.endOfLife}] AS generations,
  COLLECT {
    MATCH (s:ValueStream)-[:DELIVERS]->(v:Variant)-[:VARIANT_OF]->(p)
    OPTIONAL MATCH (s)-[:PART_OF*1..]->(sd:Domain)
    RETURN {variant: v.id, stream: s.id, domain: sd.id} AS delivery
  } AS variantDeliveries
ORDER BY forDomain, id`,

  /** $domainIds: integration points at each domain's stages or that its streams deliver to */
  domainIntegrationPoints: `UNWIND $domainIds AS domainId
MATCH (d:Domain {id: domainId})
CALL (d) {
  MATCH (ip:IntegrationPoint)-[:AT]->(:Stage)-[:STAGE_OF]->(:ValueStream)-[:PART_OF*1..]->(d) RETURN ip
  UNION
  MATCH (ip:IntegrationPoint)<-[:DELIVERS_TO]-(:ValueStream)-[:PART_OF*1..]->(d) RETURN ip
}
OPTIONAL MATCH (ip)-[:AT]->(st:Stage)-[:STAGE_OF]->(s:ValueStream)
OPTIONAL MATCH (s)-[:PART_OF*1..]->(sd:Domain)
RETURN d.id AS forDomain, ip.id AS id, ip.name AS name, ip.level AS level, st.id AS stage, s.id AS stream, sd.id AS domain,
  [(r)-[:RESPONSIBLE_FOR]->(ip) | {label: labels(r)[0], id: r.id, name: r.name}] AS responsible,
  COLLECT {
    MATCH (v:ValueStream)-[:DELIVERS_TO]->(ip)
    OPTIONAL MATCH (v)-[:PART_OF*1..]->(vd:Domain)
    RETURN {stream: v.id, domain: vd.id} AS delivery
  } AS deliveries
ORDER BY forDomain, id`,
} as const;
