import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import {
  cellsFromRaw,
  dayOf,
  FAMILIES,
  levelField,
  weekOf,
  type DayRange,
  type FamilyName,
  type RawDay,
} from '@streamscape/metrics';
import type { Graph } from '../graph';
import { rows, type Tx } from '../graph';
import { rollupCypher as cypher, factBounds, ROUTE_TOTAL_WIDTH, TOTAL_KEY } from './cypher';
import { num, readRawFacts, type RawFacts, type RouteMeta } from './raw';

/**
 * Rollups: the cells of every key per ISO week, stored as nodes so that a view over months reads a few
 * thousand nodes instead of millions of facts. Every node holds the cumulative sums of its week's days (`c`,
 * day-major, 7 x fields: `c[d * fields + f]` is field f summed over Monday..day d), the levels at the week's
 * end (`lv`) and a content hash (`h`).
 *
 * Stage and stream nodes also hold `p`, the key's sums over every earlier week, and are dense (every week from
 * the key's first cells to the last fact): the sum of any run of days is then the difference of two prefixes,
 * two node reads per key whatever the window. Key `*` holds the sums over all keys of the family (the
 * enterprise). Route nodes are sparse (routes are many and their facts are events); their `*` node holds the
 * routes reduced for the enterprise: defects whose stages have an order, those found later than made,
 * fixes and fix hours, with its own `p`. Weeks run from the first to the last fact; days after the last fact
 * hold the levels.
 */
const FAMILY_ORDER: readonly FamilyName[] = ['stage', 'stream', 'route'];

/** The layout the stored rollups were written with; others are ignored (the facts are read) and rewritten. */
export const ROLLUP_LAYOUT = `v3;${FAMILY_ORDER.map((f) => `${f}:${FAMILIES[f].fields.join(',')}`).join(';')}`;

export interface RollupState {
  readonly firstDay: number;
  readonly lastDay: number;
  readonly firstWeek: number;
  readonly lastWeek: number;
}

export interface RollupReport {
  /** the days the facts span, or null without facts */
  readonly firstDay: number | null;
  readonly lastDay: number | null;
  readonly weeks: number;
  /** week nodes written (new or changed), kept unchanged and deleted, per family */
  readonly written: Record<FamilyName, number>;
  readonly unchanged: Record<FamilyName, number>;
  readonly deleted: Record<FamilyName, number>;
  readonly durationMs: number;
}

export interface RollupOptions {
  /** weeks of facts read per statement */
  readonly sliceWeeks?: number;
  /** week nodes written per transaction */
  readonly batchSize?: number;
  /** time limit of each read, milliseconds (reads here are long: they scan the facts of a slice) */
  readonly readTimeoutMs?: number;
}

export async function readRollupState(tx: Tx): Promise<RollupState | null> {
  const [row] = await rows<{ firstDay: unknown; lastDay: unknown; layout: unknown }>(tx, cypher.state);
  if (!row || row.layout !== ROLLUP_LAYOUT) return null;
  const firstDay = num(row.firstDay, 'rollup first day');
  const lastDay = num(row.lastDay, 'rollup last day');
  return { firstDay, lastDay, firstWeek: weekOf(firstDay), lastWeek: weekOf(lastDay) };
}

interface WeekNode {
  id: string;
  key: string;
  week: number;
  c: number[];
  lv: number[];
  p?: number[];
  injected?: string;
  found?: string;
  io?: number | null;
  fo?: number | null;
}

function hashOf(node: WeekNode): string {
  const { id: _id, key: _key, week: _week, ...content } = node;
  return createHash('sha1')
    .update(JSON.stringify([ROLLUP_LAYOUT, content]))
    .digest('base64');
}

/** Cumulative day sums of a week (day-major) from cells per day. */
function cumulative(week: number, days: ReadonlyMap<number, readonly number[]>, width: number): number[] {
  const c = new Array<number>(7 * width).fill(0);
  for (let i = 0; i < 7; i++) {
    const cells = days.get(week + i);
    for (let f = 0; f < width; f++)
      c[i * width + f] = (i > 0 ? c[(i - 1) * width + f] : 0) + (cells?.[f] ?? 0);
  }
  return c;
}

const addInto = (into: number[], add: readonly number[], offset = 0, width = add.length) => {
  for (let f = 0; f < width; f++) into[f] += add[offset + f];
};

/** A route's cells reduced for the enterprise (the same reduction the route series statement makes). */
function reduceRoute(cells: readonly number[], meta: RouteMeta | undefined): number[] {
  const ordered = meta && meta.io !== null && meta.fo !== null;
  const escaped = ordered && meta!.fo! > meta!.io!;
  return [ordered ? cells[0] : 0, escaped ? cells[0] : 0, cells[1], cells[2]];
}

const toParams = (node: WeekNode & { h: string }) => ({ ...node, week: neo4j.int(node.week) });

/**
 * Brings the rollups in line with the facts: recomputes every key's weekly cells from the facts (slice by
 * slice, carrying the levels and prefixes), compares each week with what is stored by content hash, and
 * writes only the weeks that changed; weeks that no longer have cells are deleted. Idempotent: a second run
 * writes nothing. While it runs, the state node is absent, so readers fall back to the facts instead of
 * half-written rollups. Call it after every import (facts and structure: a route's stage orders are part of
 * its rollup).
 */
export async function refreshPerformanceRollups(
  graph: Graph,
  options: RollupOptions = {},
): Promise<RollupReport> {
  const started = Date.now();
  const sliceWeeks = options.sliceWeeks ?? 8;
  const batchSize = options.batchSize ?? 2_000;
  const readOptions = { timeoutMs: options.readTimeoutMs ?? 600_000 };
  const zero = (): Record<FamilyName, number> => ({ stage: 0, stream: 0, route: 0 });
  const written = zero();
  const unchanged = zero();
  const deleted = zero();
  const report = (firstDay: number | null, lastDay: number | null, weeks: number): RollupReport => ({
    firstDay,
    lastDay,
    weeks,
    written,
    unchanged,
    deleted,
    durationMs: Date.now() - started,
  });

  const [bounds] = await graph.read(
    'metrics: fact bounds',
    (tx) => rows<{ first: unknown; last: unknown }>(tx, factBounds),
    readOptions,
  );
  // rollups of another layout are rewritten whatever their hashes say
  const sameLayout = await graph.read(
    'metrics: rollup layout',
    async (tx) => (await readRollupState(tx)) !== null,
  );
  await graph.write('metrics: rollups invalid while refreshing', (tx) => tx.run(cypher.deleteState));
  if (!bounds || bounds.first === null || bounds.last === null) {
    for (const family of FAMILY_ORDER)
      deleted[family] = await deleteWhere(graph, cypher.deleteAll(family), {});
    return report(null, null, 0);
  }
  const firstDay = dayOf(num(bounds.first, 'first fact'));
  const lastDay = dayOf(num(bounds.last, 'last fact'));
  const firstWeek = weekOf(firstDay);
  const lastWeek = weekOf(lastDay);
  const weekParams = { firstWeek: neo4j.int(firstWeek), lastWeek: neo4j.int(lastWeek) };

  for (const family of FAMILY_ORDER) {
    const width = FAMILIES[family].fields.length;
    const dense = family !== 'route';
    const totalWidth = dense ? width : ROUTE_TOTAL_WIDTH;
    deleted[family] += await deleteWhere(graph, cypher.deleteOutside(family), weekParams);
    const stored = new Map<string, string>(
      (
        await graph.read(
          `metrics: stored ${family} rollups`,
          (tx) => rows<{ id: string; h: string }>(tx, cypher.hashes(family), weekParams),
          readOptions,
        )
      ).map((r) => [r.id, sameLayout ? r.h : '']),
    );
    const seen = new Set<string>();
    let pending: (WeekNode & { h: string })[] = [];
    const emit = (node: WeekNode) => {
      seen.add(node.id);
      const h = hashOf(node);
      if (stored.get(node.id) === h) unchanged[family]++;
      else pending.push({ ...node, h });
    };
    const flush = async () => {
      for (let i = 0; i < pending.length; i += batchSize) {
        const batch = pending.slice(i, i + batchSize).map(toParams);
        await graph.write(`metrics: write ${family} rollups`, (tx) =>
          tx.run(cypher.upsert(family), { rows: batch }),
        );
      }
      written[family] += pending.length;
      pending = [];
    };

    // per key: the levels at the end of the last week read, and (dense families) the sums before it
    const carried = new Map<string, { levels: Record<string, number>; prefix: number[] | null }>();
    const totalPrefix = new Array<number>(totalWidth).fill(0);
    for (let slice = firstWeek; slice <= lastWeek; slice += 7 * sliceWeeks) {
      const range: DayRange = { firstDay: slice, endDay: Math.min(slice + 7 * sliceWeeks, lastWeek + 7) };
      const raw = await graph.read(
        `metrics: ${family} facts for rollups`,
        (tx) => readRawFacts(tx, family, null, range, { levels: false }),
        readOptions,
      );
      for (let week = range.firstDay; week < range.endDay; week += 7) {
        const total = new Array<number>(7 * totalWidth).fill(0);
        const totalLevels = new Array<number>(FAMILIES[family].loads.length).fill(0);
        // in key order: the totals add floats, and the same facts must give the same totals bit for bit
        for (const key of [...new Set([...raw.keys(), ...carried.keys()])].sort()) {
          const state = carried.get(key) ?? { levels: {}, prefix: null };
          const facts: RawFacts | undefined = raw.get(key);
          const result = cellsFromRaw(
            FAMILIES[family],
            { firstDay: week, endDay: week + 7 },
            { levels: state.levels, days: (facts?.days ?? new Map()) as Map<number, RawDay> },
          );
          const lv = FAMILIES[family].loads.map((l) => result.levels[levelField(l)] ?? 0);
          const active = result.days.size > 0;
          // dense keys go on every week once they have had cells; route keys only in weeks with cells
          if (!active && !(dense && state.prefix)) {
            if (lv.some((v) => v !== 0)) carried.set(key, { levels: result.levels, prefix: state.prefix });
            continue;
          }
          const c = cumulative(week, result.days, width);
          const node: WeekNode = { id: `${key}|${week}`, key, week, c, lv };
          if (dense) {
            const prefix = state.prefix ?? new Array<number>(width).fill(0);
            node.p = [...prefix];
            addInto(prefix, c, 6 * width, width);
            carried.set(key, { levels: result.levels, prefix });
            for (let i = 0; i < total.length; i++) total[i] += c[i];
            lv.forEach((v, i) => (totalLevels[i] += v));
          } else {
            Object.assign(node, facts?.meta ?? {});
            if (lv.some((v) => v !== 0)) carried.set(key, { levels: result.levels, prefix: null });
            else carried.delete(key);
            for (let d = 0; d < 7; d++) {
              const reduced = reduceRoute(c.slice(d * width, (d + 1) * width), facts?.meta);
              for (let f = 0; f < totalWidth; f++) total[d * totalWidth + f] += reduced[f];
            }
          }
          emit(node);
        }
        const totalNode: WeekNode = {
          id: `${TOTAL_KEY}|${week}`,
          key: TOTAL_KEY,
          week,
          c: total,
          lv: totalLevels,
          p: [...totalPrefix],
        };
        addInto(totalPrefix, total, 6 * totalWidth, totalWidth);
        emit(totalNode);
      }
      if (pending.length >= batchSize) await flush();
    }
    await flush();
    const gone = [...stored.keys()].filter((id) => !seen.has(id));
    for (let i = 0; i < gone.length; i += batchSize) {
      const ids = gone.slice(i, i + batchSize);
      await graph.write(`metrics: delete ${family} rollups`, (tx) =>
        tx.run(cypher.deleteIds(family), { ids }),
      );
    }
    deleted[family] += gone.length;
  }

  await graph.write('metrics: rollup state', (tx) =>
    tx.run(cypher.setState, {
      firstDay: neo4j.int(firstDay),
      lastDay: neo4j.int(lastDay),
      layout: ROLLUP_LAYOUT,
    }),
  );
  return report(firstDay, lastDay, (lastWeek - firstWeek) / 7 + 1);
}

/** Removes every rollup (the views then read the facts). */
export async function dropPerformanceRollups(graph: Graph): Promise<void> {
  await graph.write('metrics: drop rollup state', (tx) => tx.run(cypher.deleteState));
  for (const family of FAMILY_ORDER) await deleteWhere(graph, cypher.deleteAll(family), {});
}

async function deleteWhere(
  graph: Graph,
  statement: string,
  params: Record<string, unknown>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await graph.write('metrics: delete rollups', (tx) =>
      rows<{ n: unknown }>(tx, statement, { ...params, limit: neo4j.int(10_000) }),
    );
    const n = num(row?.n, 'deleted rollups');
    total += n;
    if (n === 0) return total;
  }
}
