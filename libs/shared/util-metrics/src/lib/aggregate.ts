import { findKindByRefName } from '@streamscape/domain';
import { dayOf, type Bucket, type DayRange } from './calendar';
import {
  addCells,
  emptyCells,
  FAMILIES,
  parseRouteKey,
  ROUTE_FAMILY,
  STAGE_FAMILY,
  STREAM_FAMILY,
  type Cells,
  type FamilyName,
} from './cells';
import type { MeasureTotal } from './measures';
import type { MeasureFact } from './reference';
import type { ResolvedScope } from './scope';
import type { Topology } from './structure';
import type { PeriodCells, ScopeCells } from './subject';

/** Cells per family, key and day. */
export type KeyDayCells = Record<FamilyName, ReadonlyMap<string, ReadonlyMap<number, readonly number[]>>>;

const inRange = (day: number, range: DayRange) => day >= range.firstDay && day < range.endDay;

/**
 * What a scope's trend sums: its stages and streams (null: every key), and how its routes reduce to escape
 * and feedback. Escape counts defects injected in `injected` (null: anywhere) and calls them escaped when
 * found in a stage of higher order than `order` (a stage scope: the stage's) or, with `order` null, than the
 * stage that injected them. Feedback counts fixes of defects found in `found` (null: anywhere).
 */
export interface SeriesSpec {
  readonly stages: readonly string[] | null;
  readonly streams: readonly string[] | null;
  readonly injected: readonly string[] | null;
  readonly order: number | null;
  readonly found: readonly string[] | null;
}

export function seriesSpec(topology: Topology, scope: ResolvedScope): SeriesSpec {
  const all = scope.kind === 'enterprise';
  if (scope.grain === 'stage' && scope.stages.length === 1) {
    const stage = scope.stages[0];
    return {
      stages: scope.stages,
      streams: [],
      injected: [...topology.upstream(stage)],
      order: topology.order(stage),
      found: scope.stages,
    };
  }
  return {
    stages: all ? null : scope.stages,
    streams: all ? null : scope.streams,
    injected: all ? null : scope.stages,
    order: null,
    found: all ? null : scope.stages,
  };
}

/** The stage orders of a route: from the topology, or as the facts were read. */
export type RouteOrders = (key: string) => { io: number | null; fo: number | null };

export const topologyOrders =
  (topology: Topology): RouteOrders =>
  (key) => {
    const { injected, found } = parseRouteKey(key);
    return { io: topology.order(injected), fo: topology.order(found) };
  };

/** Route cells reduced to a scope's escape and feedback (the same reduction the rollup statement does). */
export function reduceRoutes(
  routes: ReadonlyMap<string, readonly number[]>,
  spec: SeriesSpec,
  orders: RouteOrders,
): Pick<ScopeCells, 'escape' | 'feedback'> {
  const injected = spec.injected ? new Set(spec.injected) : null;
  const found = spec.found ? new Set(spec.found) : null;
  const [defects, fixes, fixHours] = ['defects', 'feedbackCount', 'feedbackHours'].map((f) =>
    ROUTE_FAMILY.fields.indexOf(f),
  );
  const escape = { defects: 0, escaped: 0 };
  const feedback = { count: 0, hours: 0 };
  for (const [key, c] of routes) {
    const route = parseRouteKey(key);
    const { io, fo } = orders(key);
    if ((!injected || injected.has(route.injected)) && io !== null && fo !== null) {
      escape.defects += c[defects];
      if (fo > (spec.order ?? io)) escape.escaped += c[defects];
    }
    if (!found || found.has(route.found)) {
      feedback.count += c[fixes];
      feedback.hours += c[fixHours];
    }
  }
  return { escape, feedback };
}

/** Each key's cells summed over the days of a range. */
export function sumPeriod(
  cells: KeyDayCells,
  range: DayRange,
  measures: readonly MeasureTotal[] = [],
): PeriodCells {
  const sum = (name: FamilyName) => {
    const out = new Map<string, Cells>();
    for (const [key, days] of cells[name]) {
      const acc = emptyCells(FAMILIES[name]);
      let any = false;
      for (const [day, c] of days) {
        if (!inRange(day, range)) continue;
        addCells(acc, c);
        any = true;
      }
      if (any) out.set(key, acc);
    }
    return out;
  };
  return { stages: sum('stage'), streams: sum('stream'), routes: sum('route'), measures };
}

function sumKeys(
  cells: ReadonlyMap<string, readonly number[]>,
  keys: readonly string[] | null,
  width: number,
): Cells {
  const out = new Array<number>(width).fill(0);
  if (keys === null) for (const c of cells.values()) addCells(out, c);
  else for (const k of keys) addCells(out, cells.get(k) ?? []);
  return out;
}

/** The scope's cells bucket by bucket. */
export function sumSeries(
  cells: KeyDayCells,
  spec: SeriesSpec,
  buckets: readonly Bucket[],
  orders: RouteOrders,
  measures: readonly (readonly MeasureTotal[])[] = [],
): ScopeCells[] {
  return buckets.map((b, i) => {
    const period = sumPeriod(cells, b);
    return {
      stage: sumKeys(period.stages, spec.stages, STAGE_FAMILY.fields.length),
      stream: sumKeys(period.streams, spec.streams, STREAM_FAMILY.fields.length),
      ...reduceRoutes(period.routes, spec, orders),
      measures: measures[i] ?? [],
    };
  });
}

export const emptyScopeCells = (): ScopeCells => ({
  stage: emptyCells(STAGE_FAMILY),
  stream: emptyCells(STREAM_FAMILY),
  escape: { defects: 0, escaped: 0 },
  feedback: { count: 0, hours: 0 },
  measures: [],
});

/** `team:bms-software` -> `Team:bms-software`, the form measures are keyed by in the view. */
export function measuredKey(ref: string): string {
  const at = ref.indexOf(':');
  const label = findKindByRefName(ref.slice(0, at))?.label ?? ref.slice(0, at);
  return `${label}:${ref.slice(at + 1)}`;
}

/** Measure totals per entity of the days in a range, from per-entity-and-day rows. */
export function measuresIn(
  rows: readonly { node: string; day: number; sum: number; count: number }[],
  range: DayRange,
): MeasureTotal[] {
  const byNode = new Map<string, { sum: number; count: number }>();
  for (const r of rows) {
    if (!inRange(r.day, range)) continue;
    const acc = byNode.get(r.node) ?? { sum: 0, count: 0 };
    acc.sum += r.sum;
    acc.count += r.count;
    byNode.set(r.node, acc);
  }
  return [...byNode].map(([node, a]) => ({ node, ...a }));
}

/** Per-entity-and-day measure rows of one metric, from measure facts. */
export function measureRows(
  facts: readonly MeasureFact[],
  metric: string,
): { node: string; day: number; sum: number; count: number }[] {
  return facts
    .filter((m) => m.metric === metric)
    .map((m) => ({ node: measuredKey(m.scope), day: dayOf(Date.parse(m.at)), sum: m.value, count: 1 }));
}
