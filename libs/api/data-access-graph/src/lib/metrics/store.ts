import neo4j from 'neo4j-driver';
import {
  dayOf,
  dayStartMs,
  emptyScopeCells,
  FAMILIES,
  measuresIn,
  segmentsOf,
  weekOf,
  sumPeriod,
  sumSeries,
  type Bucket,
  type Cells,
  type DayRange,
  type FamilyName,
  type KeyDayCells,
  type PeriodCells,
  type ScopeCells,
  type Segment,
  type SeriesSpec,
} from '@streamscape/metrics';
import { rows, type Tx } from '../graph';
import { factBounds, measureCypher, rollupCypher as cypher, ROUTE_TOTAL_WIDTH, TOTAL_KEY } from './cypher';
import { num, readRawCells, type RouteMeta } from './raw';
import { readRollupState, type RollupState } from './rollups';

export interface CellsQuery {
  readonly range: DayRange;
  readonly buckets: readonly Bucket[];
  /** the stages and streams read per key over the window; null: every key */
  readonly stages: readonly string[] | null;
  readonly streams: readonly string[] | null;
  /** routes read per key: injected or found in these stages; null: every route */
  readonly routeStages: readonly string[] | null;
  /** the scope's sums per bucket; null: no trends */
  readonly series: SeriesSpec | null;
  /** a measure metric (engagement) and the measured entities (`Label:id`, null: all); null: no measures */
  readonly measure: { readonly metric: string; readonly nodes: readonly string[] | null } | null;
  /** `facts` ignores the rollups (to compare, or before they are built) */
  readonly source?: 'auto' | 'facts';
  /**
   * false: from the rollups, leave the window's routes out (`window.routes` empty), for a caller that reads
   * them side by side with `readRouteWindow`; the facts path reads them whatever this says
   */
  readonly windowRoutes?: boolean;
}

export interface CellsResult {
  readonly window: PeriodCells;
  readonly series: ScopeCells[];
  readonly source: 'rollups' | 'facts';
}

const iso = (day: number) => new Date(dayStartMs(day)).toISOString();

/** Measure rows per entity and day over a range. */
async function readMeasureRows(tx: Tx, range: DayRange, measure: CellsQuery['measure']) {
  if (!measure) return [];
  const found = await rows<{ node: string; day: unknown; sum: unknown; count: unknown }>(tx, measureCypher, {
    metric: measure.metric,
    from: iso(range.firstDay),
    to: iso(range.endDay),
    nodes: measure.nodes ? [...measure.nodes] : null,
  });
  return found.map((r) => ({
    node: r.node,
    day: num(r.day, 'measure day'),
    sum: num(r.sum, 'measure sum'),
    count: num(r.count, 'measure count'),
  }));
}

/**
 * The cells a performance view needs: per key over the window, and the scope's sums per bucket. Read from the
 * rollups when they are built (the facts only where a window reaches past them), else from the facts.
 */
export async function readPerformanceCells(tx: Tx, query: CellsQuery): Promise<CellsResult> {
  const measureRows = await readMeasureRows(tx, query.range, query.measure);
  const measures = {
    window: measuresIn(measureRows, query.range),
    buckets: query.buckets.map((b) => measuresIn(measureRows, b)),
  };
  const state = query.source === 'facts' ? null : await rollupStateOf(tx);
  if (!state) return readFromFacts(tx, query, measures);
  return readFromRollups(tx, query, state, measures);
}

/**
 * The rollup state, read once per transaction: a KPI board reads cells hundreds of times in one transaction,
 * which sees one state throughout.
 */
const rollupStates = new WeakMap<Tx, Promise<RollupState | null>>();
function rollupStateOf(tx: Tx): Promise<RollupState | null> {
  let state = rollupStates.get(tx);
  if (!state) {
    state = readRollupState(tx);
    rollupStates.set(tx, state);
  }
  return state;
}

type Measures = { window: PeriodCells['measures']; buckets: PeriodCells['measures'][] };

/** Keys of both lists (null: every key); the facts path reads the window's keys and the series' at once. */
const union = (a: readonly string[] | null, ...more: (readonly string[] | null | undefined)[]) =>
  a === null || more.some((m) => m === null) ? null : [...new Set([...a, ...more.flatMap((m) => m ?? [])])];

async function readFromFacts(tx: Tx, q: CellsQuery, measures: Measures): Promise<CellsResult> {
  const s = q.series;
  const stage = await readRawCells(tx, 'stage', union(q.stages, s?.stages), q.range);
  const stream = await readRawCells(tx, 'stream', union(q.streams, s?.streams), q.range);
  const route = await readRawCells(tx, 'route', union(q.routeStages, s?.injected, s?.found), q.range);
  const cells: KeyDayCells = { stage: stage.cells, stream: stream.cells, route: route.cells };
  const orders = (key: string): RouteMeta | { io: null; fo: null } =>
    route.meta.get(key) ?? { io: null, fo: null };
  return {
    window: sumPeriod(cells, q.range, measures.window),
    series: q.series ? sumSeries(cells, q.series, q.buckets, orders, measures.buckets) : [],
    source: 'facts',
  };
}

/** Segment parameters: integers, as list indexes and `range()` need them. */
const segmentParams = (segments: readonly Segment[]) =>
  segments.map((s) => ({
    bucket: neo4j.int(s.bucket),
    week: neo4j.int(s.week),
    lo: neo4j.int(s.lo),
    hi: neo4j.int(s.hi),
    full: s.full,
  }));

function cellsOf(row: Record<string, unknown>, width: number, what: string): Cells {
  return Array.from({ length: width }, (_, i) => num(row[`f${i}`], `${what} f${i}`));
}

/**
 * Cells per key from a statement that returns `key` and `cells` (a list) per record, read by index: thousands
 * of records, so no object per record (Record.toObject) and no copy of the list. (One record holding every
 * key would be slower: a message larger than a Bolt chunk is decoded with a buffer allocated per float.)
 */
async function cellsByKey(
  tx: Tx,
  statement: string,
  params: Record<string, unknown>,
  into: Map<string, Cells>,
  what: string,
): Promise<Map<string, Cells>> {
  for (const record of (await tx.run(statement, params)).records) {
    const row = record.get(1) as unknown[];
    // sums of floats arrive as numbers: keep the driver's list; integers are converted (num)
    for (let f = 0; f < row.length; f++) {
      if (typeof row[f] !== 'number') row[f] = num(row[f], `${what} f${f}`);
    }
    into.set(record.get(0) as string, row as number[]);
  }
  return into;
}

const keyList = (keys: readonly string[] | null) => (keys ? [...keys] : null);

async function readFromRollups(
  tx: Tx,
  q: CellsQuery,
  state: RollupState,
  measures: Measures,
): Promise<CellsResult> {
  const horizonEnd = state.lastWeek + 7;
  // the sums of a key before day d: dense nodes hold them at every week up to the last fact
  const point = (day: number) =>
    day >= horizonEnd
      ? { week: neo4j.int(state.lastWeek), dow: neo4j.int(7) }
      : { week: neo4j.int(weekOf(day)), dow: neo4j.int(day - weekOf(day)) };
  // days after the last fact: no events, the levels go on
  const beyond = (b: DayRange) => Math.max(0, b.endDay - Math.max(b.firstDay, horizonEnd));
  const levelsAtEnd = async (family: 'stage' | 'stream', keys: readonly string[] | null) => {
    const found = await rows<{ key: string; levels: unknown[] }>(tx, cypher.lastLevels(family), {
      week: neo4j.int(state.lastWeek),
      keys: keyList(keys),
    });
    return new Map(found.map((r) => [r.key, (r.levels ?? []).map((v) => num(v, 'level'))]));
  };

  const windowByKey = async (family: 'stage' | 'stream', keys: readonly string[] | null) => {
    const out = new Map<string, Cells>();
    if (keys && keys.length === 0) return out;
    const width = FAMILIES[family].fields.length;
    await cellsByKey(
      tx,
      cypher.windowByKey(family, keys !== null),
      {
        points: [
          { ...point(q.range.firstDay), sign: -1 },
          { ...point(q.range.endDay), sign: 1 },
        ],
        keys: keyList(keys),
      },
      out,
      `${family} rollup`,
    );
    const days = beyond(q.range);
    if (days > 0) {
      for (const [key, lv] of await levelsAtEnd(family, keys)) {
        const cells = out.get(key) ?? new Array<number>(width).fill(0);
        addLevels(family, cells, lv, days);
        out.set(key, cells);
      }
    }
    return out;
  };

  const stages = await windowByKey('stage', q.stages);
  const streams = await windowByKey('stream', q.streams);
  const routes =
    q.windowRoutes === false
      ? new Map<string, Cells>()
      : await routeWindow(tx, q.range, q.routeStages, state);
  const within = (s: Segment) => s.week >= state.firstWeek && s.week <= state.lastWeek;
  const window: PeriodCells = { stages, streams, routes, measures: measures.window };
  if (!q.series) return { window, series: [], source: 'rollups' };

  const spec = q.series;
  const series = q.buckets.map((_, i) => ({ ...emptyScopeCells(), measures: measures.buckets[i] ?? [] }));
  // every bucket is the difference of the prefixes at its ends; the enterprise reads the family totals
  const ends = [...new Set(q.buckets.flatMap((b) => [b.firstDay, b.endDay]))].sort((a, b) => a - b);
  const endIndex = new Map(ends.map((d, i) => [d, i]));
  const points = ends.map((d, i) => ({ ...point(d), index: neo4j.int(i) }));
  const prefixes = async (family: FamilyName, keys: readonly string[], n: number) => {
    const at = ends.map(() => new Array<number>(n).fill(0));
    const found = await rows<Record<string, unknown>>(tx, cypher.prefixByPoint(family, n), {
      points,
      keys: [...keys],
    });
    for (const r of found) at[num(r['point'], 'point')] = cellsOf(r, n, `${family} prefix`);
    return at;
  };
  const between = (at: number[][], b: Bucket) => {
    const [from, to] = [at[endIndex.get(b.firstDay)!], at[endIndex.get(b.endDay)!]];
    return to.map((v, f) => v - from[f]);
  };
  for (const family of ['stage', 'stream'] as const) {
    const keys = (family === 'stage' ? spec.stages : spec.streams) ?? [TOTAL_KEY];
    if (keys.length === 0) continue;
    const at = await prefixes(family, keys, FAMILIES[family].fields.length);
    const levels = q.buckets.some((b) => beyond(b) > 0)
      ? [...(await levelsAtEnd(family, keys)).values()]
      : [];
    q.buckets.forEach((b, i) => {
      const cells = between(at, b);
      for (const lv of levels) addLevels(family, cells, lv, beyond(b));
      series[i] = { ...series[i], [family]: cells };
    });
  }
  if (spec.injected === null && spec.found === null) {
    const at = await prefixes('route', [TOTAL_KEY], ROUTE_TOTAL_WIDTH);
    q.buckets.forEach((b, i) => {
      const [defects, escaped, count, hours] = between(at, b);
      series[i] = { ...series[i], escape: { defects, escaped }, feedback: { count, hours } };
    });
  } else {
    const bucketSegments = segmentsOf(q.buckets).filter(within);
    const stagesOfSpec = [...new Set([...(spec.injected ?? []), ...(spec.found ?? [])])];
    if (bucketSegments.length && stagesOfSpec.length) {
      const found = await rows<Record<string, unknown>>(tx, cypher.routeSeries, {
        segments: segmentParams(bucketSegments),
        stages: stagesOfSpec,
        injected: spec.injected ? [...spec.injected] : [],
        found: spec.found ? [...spec.found] : [],
        order: spec.order === null ? null : neo4j.int(spec.order),
        ...weekBounds(bucketSegments),
      });
      for (const r of found) {
        const b = num(r['bucket'], 'bucket');
        series[b] = {
          ...series[b],
          escape: { defects: num(r['defects'], 'escape defects'), escaped: num(r['escaped'], 'escaped') },
          feedback: { count: num(r['feedbackCount'], 'fixes'), hours: num(r['feedbackHours'], 'fix hours') },
        };
      }
    }
  }
  return { window, series, source: 'rollups' };
}

const weekBounds = (segments: readonly Segment[]) => ({
  firstWeek: neo4j.int(Math.min(...segments.map((s) => s.week))),
  lastWeek: neo4j.int(Math.max(...segments.map((s) => s.week))),
});

/** The route cells over a range from the rollups: routes injected or found in `routeStages` (null: every route). */
async function routeWindow(
  tx: Tx,
  range: DayRange,
  routeStages: readonly string[] | null,
  state: RollupState,
): Promise<Map<string, Cells>> {
  const routes = new Map<string, Cells>();
  const windowBucket: Bucket = { index: 0, firstDay: range.firstDay, endDay: range.endDay, label: '' };
  const windowSegments = segmentsOf([windowBucket]).filter(
    (s) => s.week >= state.firstWeek && s.week <= state.lastWeek,
  );
  if (!windowSegments.length || (routeStages && routeStages.length === 0)) return routes;
  return cellsByKey(
    tx,
    cypher.routesByKey(routeStages !== null),
    {
      segments: segmentParams(windowSegments),
      stages: keyList(routeStages),
      ...weekBounds(windowSegments),
    },
    routes,
    'route rollup',
  );
}

/**
 * The window's route cells from the rollups, in a transaction of its own (they are the largest read of the
 * enterprise view); null when the rollups are not built, or not built as `layout` says (a refresh ran between).
 */
export async function readRouteWindow(
  tx: Tx,
  range: DayRange,
  routeStages: readonly string[] | null,
): Promise<{ routes: Map<string, Cells>; state: RollupState } | null> {
  const state = await readRollupState(tx);
  return state ? { routes: await routeWindow(tx, range, routeStages, state), state } : null;
}

/** Days past the last fact: each level (open passages, items, defects) loads every day with 24 hours. */
function addLevels(family: FamilyName, cells: Cells, levels: readonly number[], days: number): void {
  FAMILIES[family].loads.forEach((l, i) => {
    cells[FAMILIES[family].fields.indexOf(l.field)] += 24 * days * (levels[i] ?? 0);
  });
}

/** Every fact-derived cell of one family per key and day over a range (for checks and tools). */
export async function readCellsFromFacts(
  tx: Tx,
  family: FamilyName,
  keys: readonly string[] | null,
  range: DayRange,
): Promise<Map<string, Map<number, Cells>>> {
  return (await readRawCells(tx, family, keys, range)).cells;
}

/** The UTC days the facts span (from the rollup state when built, else from the facts), or null without facts. */
export async function readFactHorizon(tx: Tx): Promise<{ firstDay: number; lastDay: number } | null> {
  const state = await readRollupState(tx);
  if (state) return { firstDay: state.firstDay, lastDay: state.lastDay };
  const [row] = await rows<{ first: unknown; last: unknown }>(tx, factBounds);
  if (!row || row.first === null || row.last === null) return null;
  return { firstDay: dayOf(num(row.first, 'first fact')), lastDay: dayOf(num(row.last, 'last fact')) };
}
