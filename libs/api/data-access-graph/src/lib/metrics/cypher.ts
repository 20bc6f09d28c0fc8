import { FAMILIES, type FamilyName } from '@streamscape/metrics';

/**
 * Cypher of the metrics engine. Values are always parameters; the only generated parts are field lists and
 * labels from the fixed cell registry (@streamscape/metrics), never from input.
 *
 * Times: `day` is an instant's UTC day index (epoch milliseconds div 86,400,000); `toEnd` the time from an
 * instant to the end of its UTC day (what a load's time-integral needs). Ranges are `[$from, $to)`.
 * Durations (the `...Hours` fields) are summed as integer milliseconds, which add up exactly in any order,
 * so the same facts give the same cells bit for bit; readRawFacts turns them into hours.
 */
const DAY = 86_400_000;
const day = (t: string) => `${t}.epochMillis / ${DAY}`;
const toEnd = (t: string) => `(${DAY} - ${t}.epochMillis % ${DAY})`;
const hours = (a: string, b: string) => `(${b}.epochMillis - ${a}.epochMillis)`;
/** stated active hours as integer milliseconds */
const active = (h: string) => `toInteger(round(${h} * 3600000.0))`;
const inRange = (t: string) => `${t} >= datetime($from) AND ${t} < datetime($to)`;
const before = (t: string) => `${t} < datetime($from)`;
const openAt = (t: string) => `(${t} IS NULL OR ${t} >= datetime($from))`;
const isType = (v: string, type: string) => `sum(CASE ${v} WHEN '${type}' THEN 1 ELSE 0 END)`;
/** a defect that was one: neither closed as a duplicate nor as not-a-defect */
const real = (w: string) => `NOT coalesce(${w}.resolution, '') IN ['DUPLICATE', 'NOT_A_DEFECT']`;

/** `keyed` statements read the keys in `$keys` (anchored on them); the others read every key from an index. */
export interface RawStatement {
  readonly keyed: string;
  readonly all: string;
}

const stageMatch = (keyed: boolean, pattern: string, where: string) =>
  keyed
    ? `MATCH (s:Stage) WHERE s.id IN $keys\nMATCH ${pattern}\nWHERE ${where}`
    : `MATCH ${pattern}\nWHERE ${where}`;

const streamMatch = (keyed: boolean, where: string) =>
  keyed
    ? `MATCH (v:ValueStream) WHERE v.id IN $keys\nMATCH (w:WorkItem)-[:IN_STREAM]->(v)\nWHERE ${where}\nWITH w, v.id AS key`
    : `MATCH (w:WorkItem)\nWHERE ${where}\nWITH w, COLLECT { MATCH (w)-[:IN_STREAM]->(x:ValueStream) RETURN x.id }[0] AS v\nWITH w, coalesce(v, '') AS key`;

const both = (f: (keyed: boolean) => string): RawStatement => ({ keyed: f(true), all: f(false) });

/** Raw facts of the stage family, per stage and day; every statement returns `key`, `day` and named fields. */
export const stageRaw: Record<string, RawStatement> = {
  passagesLeft: both(
    (k) => `${stageMatch(k, '(w:WorkItem)-[p:PASSED]->(s:Stage)', inRange('p.leftAt'))}
WITH s.id AS key, ${day('p.leftAt')} AS day, ${hours('p.enteredAt', 'p.leftAt')} AS el, CASE WHEN p.activeHours IS NULL THEN null ELSE ${active('p.activeHours')} END AS a,
     w.type AS type, ${toEnd('p.leftAt')} AS toEnd
RETURN key, day, count(*) AS passagesDone, sum(el) AS elapsedHours, count(a) AS measuredCount,
       sum(CASE WHEN a IS NULL THEN 0 ELSE el END) AS measuredHours, sum(coalesce(a, 0)) AS activeHours,
       sum(CASE WHEN a IS NULL OR el <= a THEN 0 ELSE el - a END) AS waitHours,
       ${isType('type', 'FEATURE')} AS doneFeature, ${isType('type', 'DEFECT')} AS doneDefect,
       ${isType('type', 'RISK')} AS doneRisk, ${isType('type', 'DEBT')} AS doneDebt,
       count(*) AS passExits, sum(toEnd) AS passExitHours`,
  ),
  passagesEntered: both(
    (k) => `${stageMatch(k, '(:WorkItem)-[p:PASSED]->(s:Stage)', inRange('p.enteredAt'))}
RETURN s.id AS key, ${day('p.enteredAt')} AS day, count(*) AS passEntries, sum(${toEnd('p.enteredAt')}) AS passEntryHours`,
  ),
  deployments: both(
    (k) => `${stageMatch(k, '(d:Deployment)-[:OF]->(s:Stage)', inRange('d.at'))}
RETURN s.id AS key, ${day('d.at')} AS day, count(*) AS deployments,
       sum(CASE WHEN d.status = 'FAILED' OR EXISTS { (d)<-[:CAUSED_BY]-(:Incident) } THEN 1 ELSE 0 END) AS failedDeployments,
       count(d.changeCreatedAt) AS leadCount,
       sum(CASE WHEN d.changeCreatedAt IS NULL OR d.changeCreatedAt > d.at THEN 0 ELSE ${hours('d.changeCreatedAt', 'd.at')} END) AS leadHours`,
  ),
  incidents: both(
    (k) => `${stageMatch(k, '(i:Incident)-[:OF]->(s:Stage)', inRange('i.openedAt'))}
RETURN s.id AS key, ${day('i.openedAt')} AS day, count(*) AS incidents, count(i.resolvedAt) AS restoredCount,
       sum(CASE WHEN i.resolvedAt IS NULL OR i.resolvedAt < i.openedAt THEN 0 ELSE ${hours('i.openedAt', 'i.resolvedAt')} END) AS restoreHours`,
  ),
  defectsCreated: both(
    (k) => `${stageMatch(k, "(w:WorkItem {type: 'DEFECT'})-[:FOUND_IN]->(s:Stage)", inRange('w.createdAt'))}
RETURN s.id AS key, ${day('w.createdAt')} AS day, count(*) AS defectsCreated, count(*) AS defectEntries,
       sum(${toEnd('w.createdAt')}) AS defectEntryHours`,
  ),
  defectsClosed: both(
    (k) => `${stageMatch(k, "(w:WorkItem {type: 'DEFECT'})-[:FOUND_IN]->(s:Stage)", inRange('w.doneAt'))}
WITH s.id AS key, w, ${real('w')} AS real
RETURN key, ${day('w.doneAt')} AS day, count(*) AS defectsClosed,
       sum(CASE w.resolution WHEN 'DUPLICATE' THEN 1 ELSE 0 END) AS duplicatesClosed,
       sum(CASE w.resolution WHEN 'NOT_A_DEFECT' THEN 1 ELSE 0 END) AS nonDefectsClosed,
       sum(CASE WHEN real THEN 1 ELSE 0 END) AS resolutionCount,
       sum(CASE WHEN real THEN ${hours('w.createdAt', 'w.doneAt')} ELSE 0 END) AS resolutionHours,
       count(*) AS defectExits, sum(${toEnd('w.doneAt')}) AS defectExitHours`,
  ),
  phases: both(
    (k) => `${stageMatch(
      k,
      "(w:WorkItem {type: 'DEFECT'})-[p:PASSED]->(s:Stage)",
      `${inRange('w.doneAt')} AND ${real('w')} AND p.leftAt IS NOT NULL`,
    )}
WITH s.id AS key, w, sum(${hours('p.enteredAt', 'p.leftAt')}) AS h
RETURN key, ${day('w.doneAt')} AS day, count(*) AS phaseCount, sum(h) AS phaseHours`,
  ),
};

/** Levels of the stage family at `$from`: open passages, open defects found in the stage. */
export const stageLevels: Record<string, RawStatement> = {
  passages: both(
    (
      k,
    ) => `${stageMatch(k, '(:WorkItem)-[p:PASSED]->(s:Stage)', `${before('p.enteredAt')} AND ${openAt('p.leftAt')}`)}
RETURN s.id AS key, count(*) AS loadHoursLevel`,
  ),
  defects: both(
    (k) => `${stageMatch(
      k,
      "(w:WorkItem {type: 'DEFECT'})-[:FOUND_IN]->(s:Stage)",
      `${before('w.createdAt')} AND ${openAt('w.doneAt')}`,
    )}
RETURN s.id AS key, count(*) AS defectLoadHoursLevel`,
  ),
};

const deploymentReturn = `RETURN v.id AS key, ${day('d.at')} AS day, count(*) AS deployments,
       sum(CASE WHEN d.status = 'FAILED' OR EXISTS { (d)<-[:CAUSED_BY]-(:Incident) } THEN 1 ELSE 0 END) AS failedDeployments,
       count(d.changeCreatedAt) AS leadCount,
       sum(CASE WHEN d.changeCreatedAt IS NULL OR d.changeCreatedAt > d.at THEN 0 ELSE ${hours('d.changeCreatedAt', 'd.at')} END) AS leadHours`;
const incidentReturn = `RETURN v.id AS key, ${day('i.openedAt')} AS day, count(*) AS incidents, count(i.resolvedAt) AS restoredCount,
       sum(CASE WHEN i.resolvedAt IS NULL OR i.resolvedAt < i.openedAt THEN 0 ELSE ${hours('i.openedAt', 'i.resolvedAt')} END) AS restoreHours`;

/** Raw facts of the stream family, per stream (`''` for items that name none) and day. */
export const streamRaw: Record<string, RawStatement> = {
  itemsDone: both(
    (k) => `${streamMatch(k, inRange('w.doneAt'))}
WITH key, w, ${day('w.doneAt')} AS day,
     CASE WHEN w.startedAt IS NULL THEN null ELSE ${hours('w.startedAt', 'w.doneAt')} END AS flow,
     CASE WHEN w.startedAt IS NULL THEN 0
          ELSE COLLECT { MATCH (w)-[p:PASSED]->() RETURN sum(${active('coalesce(p.activeHours, 0.0)')}) }[0] END AS active
RETURN key, day, count(*) AS itemsDone,
       ${isType('w.type', 'FEATURE')} AS doneFeature, ${isType('w.type', 'DEFECT')} AS doneDefect,
       ${isType('w.type', 'RISK')} AS doneRisk, ${isType('w.type', 'DEBT')} AS doneDebt,
       count(flow) AS flowCount, sum(coalesce(flow, 0)) AS flowHours, sum(active) AS flowActiveHours,
       sum(CASE WHEN flow IS NULL THEN 0 ELSE 1 END) AS itemExits,
       sum(CASE WHEN flow IS NULL THEN 0 ELSE ${toEnd('w.doneAt')} END) AS itemExitHours`,
  ),
  itemsStarted: both(
    (k) => `${streamMatch(k, inRange('w.startedAt'))}
RETURN key, ${day('w.startedAt')} AS day, count(*) AS itemEntries, sum(${toEnd('w.startedAt')}) AS itemEntryHours`,
  ),
  defectsCreated: both(
    (k) => `${streamMatch(k, `w.type = 'DEFECT' AND ${inRange('w.createdAt')}`)}
RETURN key, ${day('w.createdAt')} AS day, count(*) AS defectsCreated, count(*) AS defectEntries,
       sum(${toEnd('w.createdAt')}) AS defectEntryHours`,
  ),
  defectsClosed: both(
    (k) => `${streamMatch(k, `w.type = 'DEFECT' AND ${inRange('w.doneAt')}`)}
WITH key, w, ${real('w')} AS real
RETURN key, ${day('w.doneAt')} AS day, count(*) AS defectsClosed,
       sum(CASE w.resolution WHEN 'DUPLICATE' THEN 1 ELSE 0 END) AS duplicatesClosed,
       sum(CASE w.resolution WHEN 'NOT_A_DEFECT' THEN 1 ELSE 0 END) AS nonDefectsClosed,
       sum(CASE WHEN real THEN 1 ELSE 0 END) AS resolutionCount,
       sum(CASE WHEN real THEN ${hours('w.createdAt', 'w.doneAt')} ELSE 0 END) AS resolutionHours,
       sum(CASE WHEN real AND w.startedAt IS NOT NULL THEN 1 ELSE 0 END) AS backlogCount,
       sum(CASE WHEN real AND w.startedAt IS NOT NULL THEN ${hours('w.createdAt', 'w.startedAt')} ELSE 0 END) AS backlogHours,
       count(*) AS defectExits, sum(${toEnd('w.doneAt')}) AS defectExitHours`,
  ),
  deployments: both((k) =>
    k
      ? `MATCH (v:ValueStream) WHERE v.id IN $keys
MATCH (d:Deployment)-[:OF]->(v) WHERE ${inRange('d.at')}
${deploymentReturn}`
      : `MATCH (d:Deployment)-[:OF]->(v:ValueStream) WHERE ${inRange('d.at')}
${deploymentReturn}`,
  ),
  incidents: both((k) =>
    k
      ? `MATCH (v:ValueStream) WHERE v.id IN $keys
MATCH (i:Incident)-[:OF]->(v) WHERE ${inRange('i.openedAt')}
${incidentReturn}`
      : `MATCH (i:Incident)-[:OF]->(v:ValueStream) WHERE ${inRange('i.openedAt')}
${incidentReturn}`,
  ),
};

/** Levels of the stream family at `$from`: items started and not done, defects created and not done. */
export const streamLevels: Record<string, RawStatement> = {
  items: both(
    (k) => `${streamMatch(k, `${before('w.startedAt')} AND ${openAt('w.doneAt')}`)}
RETURN key, count(*) AS loadHoursLevel`,
  ),
  defects: both(
    (k) => `${streamMatch(k, `w.type = 'DEFECT' AND ${before('w.createdAt')} AND ${openAt('w.doneAt')}`)}
RETURN key, count(*) AS defectLoadHoursLevel`,
  ),
};

/**
 * Defect routes: `$keys` here are stage ids, and a route is read when it was injected or found in one of them.
 * The fix of a defect is its first passage through the injection stage that began at or after it was found.
 */
const routeMatch = (keyed: boolean, where: string) =>
  `MATCH (w:WorkItem {type: 'DEFECT'})-[:INJECTED_IN]->(i:Stage), (w)-[:FOUND_IN]->(f:Stage)
WHERE ${where} AND ${real('w')}${keyed ? ' AND (i.id IN $keys OR f.id IN $keys)' : ''}`;

export const routeRaw: Record<string, RawStatement> = {
  defects: both(
    (k) => `${routeMatch(k, inRange('w.createdAt'))}
RETURN i.id + '>' + f.id AS key, i.id AS injected, f.id AS found, i.order AS io, f.order AS fo,
       ${day('w.createdAt')} AS day, count(*) AS defects`,
  ),
  feedback: both(
    (k) => `MATCH (w:WorkItem {type: 'DEFECT'})-[p:PASSED]->(i:Stage)
WHERE ${inRange('p.leftAt')} AND p.enteredAt >= w.createdAt AND ${real('w')}
MATCH (w)-[:INJECTED_IN]->(i)
MATCH (w)-[:FOUND_IN]->(f:Stage)
WHERE NOT EXISTS { MATCH (w)-[q:PASSED]->(i) WHERE q.enteredAt >= w.createdAt AND q.enteredAt < p.enteredAt }${
      k ? ' AND (i.id IN $keys OR f.id IN $keys)' : ''
    }
RETURN i.id + '>' + f.id AS key, i.id AS injected, f.id AS found, i.order AS io, f.order AS fo,
       ${day('p.leftAt')} AS day, count(*) AS feedbackCount, sum(${hours('w.createdAt', 'p.leftAt')}) AS feedbackHours`,
  ),
};

export const RAW: Record<
  FamilyName,
  { events: Record<string, RawStatement>; levels: Record<string, RawStatement> }
> = {
  stage: { events: stageRaw, levels: stageLevels },
  stream: { events: streamRaw, levels: streamLevels },
  route: { events: routeRaw, levels: {} },
};

/** The first and last instants any cell is keyed by (null without facts). */
export const factBounds = `CALL () {
  MATCH (w:WorkItem) RETURN min(w.createdAt) AS a, max(coalesce(w.doneAt, w.startedAt, w.createdAt)) AS b
  UNION ALL MATCH (w:WorkItem) WHERE w.startedAt IS NOT NULL RETURN min(w.startedAt) AS a, max(w.startedAt) AS b
  UNION ALL MATCH (w:WorkItem) WHERE w.doneAt IS NOT NULL RETURN min(w.doneAt) AS a, max(w.doneAt) AS b
  UNION ALL MATCH ()-[p:PASSED]->() RETURN min(p.enteredAt) AS a, max(coalesce(p.leftAt, p.enteredAt)) AS b
  UNION ALL MATCH (d:Deployment) RETURN min(d.at) AS a, max(d.at) AS b
  UNION ALL MATCH (i:Incident) RETURN min(i.openedAt) AS a, max(i.openedAt) AS b
}
RETURN min(a).epochMillis AS first, max(b).epochMillis AS last`;

// ---- rollups -------------------------------------------------------------------------------------

/** Rollup nodes: one per family, key and ISO week (`week` = its Monday's day index). */
export const ROLLUP_LABEL: Record<FamilyName, string> = {
  stage: 'MetricsStageWeek',
  stream: 'MetricsStreamWeek',
  route: 'MetricsRouteWeek',
};
export const ROLLUP_STATE_LABEL = 'MetricsRollup';
/** The key of the node that sums a family over all its keys (ids are slugs, so it is never a real key). */
export const TOTAL_KEY = '*';
/** The enterprise's route total: defects with ordered stages, escaped, fixes, fix hours. */
export const ROUTE_TOTAL_WIDTH = 4;

const width = (family: FamilyName) => FAMILIES[family].fields.length;

const sums = (n: number) => Array.from({ length: n }, (_, i) => `sum(v[${i}]) AS f${i}`).join(', ');
/** `[f0, f1, ...]`: a key's cells as one list (read by index, without an object per record) */
const fieldList = (n: number) => `[${Array.from({ length: n }, (_, i) => `f${i}`).join(', ')}]`;
const signedSums = (n: number) =>
  Array.from({ length: n }, (_, i) => `sum(sign * v[${i}]) AS f${i}`).join(', ');

/**
 * The cells of one segment (days `lo..hi` of a week) from a node's cumulative days `c`, bound once per row
 * (indexing a property in place would read it from the store again for every element).
 */
const segmentCells = (n: number) =>
  `[f IN range(0, ${n - 1}) | c[seg.hi * ${n} + f] - CASE WHEN seg.lo = 0 THEN 0.0 ELSE c[(seg.lo - 1) * ${n} + f] END]`;

/** A key's sums before a point (`dow` days into week `week`, 0..7): its prefix plus the days of the week before it. */
const prefixCells = (n: number) =>
  `[f IN range(0, ${n - 1}) | p[f] + CASE WHEN pt.dow = 0 THEN 0.0 ELSE c[(pt.dow - 1) * ${n} + f] END]`;

const pointMatch = (family: FamilyName, keyed: boolean) =>
  keyed
    ? `UNWIND $points AS pt
UNWIND $keys AS key
MATCH (r:${ROLLUP_LABEL[family]} {id: key + '|' + toString(pt.week)})`
    : `UNWIND $points AS pt
MATCH (r:${ROLLUP_LABEL[family]} {week: pt.week})
WHERE r.key <> '${TOTAL_KEY}'`;

/** Route nodes of the weeks read, injected or found in `$stages`, found through their stage indexes. */
const routesOfStages = `CALL () {
  UNWIND $stages AS s MATCH (r:${ROLLUP_LABEL.route} {injected: s}) WHERE r.week >= $firstWeek AND r.week <= $lastWeek RETURN r
  UNION
  UNWIND $stages AS s MATCH (r:${ROLLUP_LABEL.route} {found: s}) WHERE r.week >= $firstWeek AND r.week <= $lastWeek RETURN r
}
UNWIND [seg IN $segments WHERE seg.week = r.week] AS seg`;

const allRoutes = `UNWIND $segments AS seg
MATCH (r:${ROLLUP_LABEL.route} {week: seg.week})
WHERE r.key <> '${TOTAL_KEY}'`;

export const rollupCypher = {
  state: `MATCH (m:${ROLLUP_STATE_LABEL} {id: 'performance'}) RETURN m.firstDay AS firstDay, m.lastDay AS lastDay, m.layout AS layout`,
  setState: `MERGE (m:${ROLLUP_STATE_LABEL} {id: 'performance'}) SET m.firstDay = $firstDay, m.lastDay = $lastDay, m.layout = $layout`,

  /**
   * Stage or stream cells per key between points: each point (`$points`: week, dow, sign) reads the key's
   * prefix there; the end point adds, the start point subtracts. `$keys` null: every key. A record per key:
   * `key` and its `cells` as one list.
   */
  windowByKey: (family: FamilyName, keyed: boolean) => `${pointMatch(family, keyed)}
WITH r.key AS key, pt, r.p AS p, CASE WHEN pt.dow = 0 THEN null ELSE r.c END AS c
WITH key, pt.sign AS sign, ${prefixCells(width(family))} AS v
WITH key, ${signedSums(width(family))}
RETURN key, ${fieldList(width(family))} AS cells`,

  /** Prefixes summed over `$keys` at each point (`$points`: week, dow, index): trend buckets are their differences. */
  prefixByPoint: (family: FamilyName, n: number) => `${pointMatch(family, true)}
WITH pt, r.p AS p, CASE WHEN pt.dow = 0 THEN null ELSE r.c END AS c
WITH pt.index AS point, ${prefixCells(n)} AS v
RETURN point, ${sums(n)}`,

  /**
   * Route cells per key over the segments (`$segments`), the routes of `$stages` or (null) all; `key` and
   * `cells` as windowByKey.
   */
  routesByKey: (keyed: boolean) => `${keyed ? routesOfStages : allRoutes}
WITH seg, r.key AS key, r.c AS c
WITH key, ${segmentCells(width('route'))} AS v
WITH key, ${sums(width('route'))}
RETURN key, ${fieldList(width('route'))} AS cells`,

  /**
   * Routes per bucket reduced for a scope: defects injected in `$stages`... precisely: injected in `$injected`,
   * escaped when found in a stage of higher order than `$order` (null: than the injecting stage), fixes of
   * defects found in `$found`. `$stages` is the union of both lists.
   */
  routeSeries: `${routesOfStages}
WITH seg, r.injected AS injected, r.found AS found, r.io AS io, r.fo AS fo, r.c AS c
WITH seg.bucket AS bucket, injected, found, io, fo, ${segmentCells(width('route'))} AS v,
     injected IN $injected AND io IS NOT NULL AND fo IS NOT NULL AS counted,
     found IN $found AS fed
RETURN bucket,
       sum(CASE WHEN counted THEN v[0] ELSE 0.0 END) AS defects,
       sum(CASE WHEN counted AND fo > coalesce($order, io) THEN v[0] ELSE 0.0 END) AS escaped,
       sum(CASE WHEN fed THEN v[1] ELSE 0.0 END) AS feedbackCount,
       sum(CASE WHEN fed THEN v[2] ELSE 0.0 END) AS feedbackHours`,

  /** levels at the end of the last rolled-up week, per key (`$keys` null: every key but the total) */
  lastLevels: (family: FamilyName) => `MATCH (r:${ROLLUP_LABEL[family]} {week: $week})
WHERE CASE WHEN $keys IS NULL THEN r.key <> '${TOTAL_KEY}' ELSE r.key IN $keys END
RETURN r.key AS key, r.lv AS levels`,

  /** content hashes of the stored weeks between two weeks (inclusive) */
  hashes: (family: FamilyName) => `MATCH (r:${ROLLUP_LABEL[family]})
WHERE r.week >= $firstWeek AND r.week <= $lastWeek
RETURN r.id AS id, r.h AS h`,

  upsert: (family: FamilyName) => `UNWIND $rows AS row
MERGE (r:${ROLLUP_LABEL[family]} {id: row.id})
SET r = row`,

  deleteIds: (family: FamilyName) => `UNWIND $ids AS id
MATCH (r:${ROLLUP_LABEL[family]} {id: id})
DELETE r`,

  /** weeks outside the rolled-up range (after facts were removed), a slice at a time */
  deleteOutside: (family: FamilyName) => `MATCH (r:${ROLLUP_LABEL[family]})
WHERE r.week < $firstWeek OR r.week > $lastWeek
WITH r LIMIT $limit DELETE r RETURN count(*) AS n`,

  deleteAll: (family: FamilyName) =>
    `MATCH (r:${ROLLUP_LABEL[family]}) WITH r LIMIT $limit DELETE r RETURN count(*) AS n`,
  deleteState: `MATCH (m:${ROLLUP_STATE_LABEL}) DELETE m`,
} as const;

// ---- structure, measures, measurement system --------------------------------------------------------

export const structureCypher = {
  enterprise: 'MATCH (e:Enterprise) RETURN e.id AS id, coalesce(e.name, e.id) AS name ORDER BY id LIMIT 1',
  domains: 'MATCH (d:Domain) RETURN d.id AS id, coalesce(d.name, d.id) AS name ORDER BY id',
  streams: `MATCH (v:ValueStream)
RETURN v.id AS id, coalesce(v.name, v.id) AS name,
       COLLECT { MATCH (v)-[:PART_OF]->(p:ValueStream) RETURN p.id }[0] AS parent,
       COLLECT { MATCH (v)-[:PART_OF*1..20]->(d:Domain) RETURN d.id }[0] AS domain
ORDER BY id`,
  stages: `MATCH (s:Stage)
RETURN s.id AS id, coalesce(s.name, s.id) AS name, s.order AS order, s.integrationLevel AS level,
       COLLECT { MATCH (s)-[:STAGE_OF]->(v:ValueStream) RETURN v.id }[0] AS stream,
       COLLECT { MATCH (s)-[:FLOWS_TO]->(n:Stage) RETURN n.id ORDER BY n.id } AS flowsTo
ORDER BY id`,
  integrationPoints: `MATCH (p:IntegrationPoint)
RETURN p.id AS id, coalesce(p.name, p.id) AS name, p.level AS level,
       COLLECT { MATCH (p)-[:AT]->(s:Stage) RETURN s.id }[0] AS stage
ORDER BY id`,
  feedbackLoops: `MATCH (a:Stage)-[f:FEEDBACK_TO]->(b:Stage)
RETURN a.id AS from, b.id AS to, f.delayDays AS delayDays ORDER BY from, to`,
  teams: `MATCH (t:Team)
RETURN t.id AS id, coalesce(t.name, t.id) AS name,
       COLLECT { MATCH (t)-[:WORKS_ON]->(v:ValueStream) RETURN v.id ORDER BY v.id } AS streams,
       COLLECT { MATCH (t)-[:WORKS_ON]->(s:Stage) RETURN s.id ORDER BY s.id } AS stages,
       COLLECT { MATCH (t)-[:MEMBER_OF]->(o:OrgUnit) RETURN o.id }[0] AS orgUnit
ORDER BY id`,
  orgUnits: `MATCH (o:OrgUnit)
RETURN o.id AS id, coalesce(o.name, o.id) AS name, COLLECT { MATCH (o)-[:PART_OF]->(p:OrgUnit) RETURN p.id }[0] AS parent
ORDER BY id`,
} as const;

/** Measures of one metric in `[$from, $to)` per measured entity and day; `$nodes` (`Label:id`) null: all. */
export const measureCypher = `MATCH (m:Measure)-[:OF]->(x)
WHERE m.metric = $metric AND ${inRange('m.at')}
WITH head(labels(x)) + ':' + x.id AS node, ${day('m.at')} AS day, m.value AS value
WHERE $nodes IS NULL OR node IN $nodes
RETURN node, day, sum(value) AS sum, count(*) AS count`;

export const measurementCypher = {
  objectives:
    'MATCH (o:Objective) RETURN o.id AS id, coalesce(o.name, o.id) AS name, o.parameter AS parameter ORDER BY id',
  keyResults: `MATCH (r:KeyResult)
RETURN r.id AS id, coalesce(r.name, r.id) AS name, r.targetValue AS targetValue, r.targetBy AS targetBy,
       COLLECT { MATCH (r)-[:KEY_RESULT_OF]->(o:Objective) RETURN o.id }[0] AS objective,
       COLLECT { MATCH (r)-[:MEASURED_BY]->(k:Kpi) RETURN k.id }[0] AS kpi
ORDER BY id`,
  kpis: `MATCH (k:Kpi)
RETURN k.id AS id, coalesce(k.name, k.id) AS name, k.metric AS metric, k.window AS window,
       k.targetValue AS targetValue, k.targetDirection AS targetDirection,
       COLLECT { MATCH (k)-[:SCOPE]->(x) RETURN {label: head(labels(x)), id: x.id} }[0] AS scope
ORDER BY id`,
} as const;
