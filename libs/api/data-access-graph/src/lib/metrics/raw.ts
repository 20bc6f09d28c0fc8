import { isInt } from 'neo4j-driver';
import {
  cellsFromRaw,
  dayStartMs,
  FAMILIES,
  type Cells,
  type DayRange,
  type FamilyName,
  type RawDay,
} from '@streamscape/metrics';
import { rows, type Tx } from '../graph';
import { toSafeNumber } from '../values';
import { RAW } from './cypher';

/** What a route key names, with the stages' `order` when the facts were read. */
export interface RouteMeta {
  readonly injected: string;
  readonly found: string;
  readonly io: number | null;
  readonly fo: number | null;
}

/** One key's raw facts over a range: events per day, levels at the range start, and route meta. */
export interface RawFacts {
  readonly levels: Record<string, number>;
  readonly days: Map<number, Record<string, number>>;
  meta?: RouteMeta;
}

const META = new Set(['key', 'day', 'injected', 'found', 'io', 'fo']);
const MS_PER_HOUR = 3_600_000;

/** A raw field as the cells count it: durations arrive in milliseconds, cells hold hours. */
const cellValue = (field: string, value: number) => (field.endsWith('Hours') ? value / MS_PER_HOUR : value);

/** Integers and floats from Neo4j as numbers; counts beyond 2^53 are refused (toSafeNumber). */
export function num(value: unknown, what: string): number {
  if (value === null || value === undefined) return 0;
  if (isInt(value) || typeof value === 'bigint') return toSafeNumber(value, what);
  return typeof value === 'number' ? value : Number(value);
}

const iso = (day: number) => new Date(dayStartMs(day)).toISOString();

/**
 * Reads one family's raw facts over a range: every event statement grouped by key and day, and (with
 * `levels`) the open passages/items/defects at the range start. `keys` null reads every key from the
 * time indexes; a list reads those keys (for routes: stages, a route is read when either end is one of them).
 * The stream family's key `''` (items that name no stream) is only read with `keys` null.
 */
export async function readRawFacts(
  tx: Tx,
  family: FamilyName,
  keys: readonly string[] | null,
  range: DayRange,
  options: { levels: boolean } = { levels: true },
): Promise<Map<string, RawFacts>> {
  const out = new Map<string, RawFacts>();
  if (range.endDay <= range.firstDay || (keys && keys.length === 0)) return out;
  const params = { from: iso(range.firstDay), to: iso(range.endDay), keys: keys ? [...keys] : null };
  const keyOf = (key: string): RawFacts => {
    let k = out.get(key);
    if (!k) out.set(key, (k = { levels: {}, days: new Map() }));
    return k;
  };
  const statements = RAW[family];
  for (const [name, statement] of Object.entries(statements.events)) {
    for (const row of await rows<Record<string, unknown>>(
      tx,
      keys ? statement.keyed : statement.all,
      params,
    )) {
      const k = keyOf(row['key'] as string);
      const day = num(row['day'], `${family} ${name} day`);
      const cells = k.days.get(day) ?? {};
      for (const [field, value] of Object.entries(row)) {
        if (!META.has(field))
          cells[field] = (cells[field] ?? 0) + cellValue(field, num(value, `${family} ${name} ${field}`));
      }
      k.days.set(day, cells);
      if (row['injected'] !== undefined && !k.meta) {
        k.meta = {
          injected: row['injected'] as string,
          found: row['found'] as string,
          io: row['io'] === null ? null : num(row['io'], 'stage order'),
          fo: row['fo'] === null ? null : num(row['fo'], 'stage order'),
        };
      }
    }
  }
  if (options.levels) {
    for (const [name, statement] of Object.entries(statements.levels)) {
      for (const row of await rows<Record<string, unknown>>(
        tx,
        keys ? statement.keyed : statement.all,
        params,
      )) {
        const k = keyOf(row['key'] as string);
        for (const [field, value] of Object.entries(row)) {
          if (field !== 'key') k.levels[field] = num(value, `${family} ${name} ${field}`);
        }
      }
    }
  }
  return out;
}

/** Cells per key and day over a range, loads derived from the levels at its start (cellsFromRaw). */
export async function readRawCells(
  tx: Tx,
  family: FamilyName,
  keys: readonly string[] | null,
  range: DayRange,
): Promise<{ cells: Map<string, Map<number, Cells>>; meta: Map<string, RouteMeta> }> {
  const raw = await readRawFacts(tx, family, keys, range);
  const cells = new Map<string, Map<number, Cells>>();
  const meta = new Map<string, RouteMeta>();
  for (const [key, r] of raw) {
    const { days } = cellsFromRaw(FAMILIES[family], range, {
      levels: r.levels,
      days: r.days as Map<number, RawDay>,
    });
    if (days.size) cells.set(key, days);
    if (r.meta) meta.set(key, r.meta);
  }
  return { cells, meta };
}
