/**
 * Time in the metrics engine: UTC instants, counted in whole UTC days. A day is its index since
 * 1970-01-01 (day 0, a Thursday); ISO weeks start on Monday 00:00 UTC.
 */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export type BucketSize = 'day' | 'week' | 'month';

/** Whole UTC days [firstDay, endDay). */
export interface DayRange {
  readonly firstDay: number;
  readonly endDay: number;
}

export interface Bucket extends DayRange {
  readonly index: number;
  /** the calendar label: `2026-03-02` (day, or the week's Monday), `2026-03` (month) */
  readonly label: string;
}

/**
 * A piece of a bucket inside one ISO week, the unit in which rollups are read:
 * days `lo..hi` (0 = Monday) of the week starting at day `week`.
 */
export interface Segment {
  readonly bucket: number;
  readonly week: number;
  readonly lo: number;
  readonly hi: number;
  readonly full: boolean;
}

export const dayOf = (ms: number): number => Math.floor(ms / DAY_MS);
export const dayStartMs = (day: number): number => day * DAY_MS;
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const dayCount = (range: DayRange): number => Math.max(0, range.endDay - range.firstDay);

/** Monday of the ISO week holding `day`. */
export const weekOf = (day: number): number => day - ((((day + 3) % 7) + 7) % 7);

/** A Date, an ISO string (any offset) or epoch milliseconds as epoch milliseconds, or NaN. */
export function toMs(value: Date | string | number): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  return Date.parse(value);
}

/**
 * The whole UTC days a window [from, to) touches: `from` goes back to the start of its UTC day, `to` forward to
 * the end of the UTC day of its last instant. An offset such as +02:00 is converted to UTC first.
 * An empty or inverted window gives an empty range at `from`.
 */
export function windowDays(from: Date | string | number, to: Date | string | number): DayRange {
  const a = toMs(from);
  const b = toMs(to);
  if (!Number.isFinite(a) || !Number.isFinite(b))
    throw new RangeError('window: from and to must be instants');
  const firstDay = dayOf(a);
  if (b <= a) return { firstDay, endDay: firstDay };
  return { firstDay, endDay: dayOf(b - 1) + 1 };
}

/** The `days` whole days up to the end of the UTC day holding `at` (exclusive of later days). */
export function trailingDays(at: Date | string | number, days: number): DayRange {
  const endDay = dayOf(toMs(at) - 1) + 1;
  return { firstDay: endDay - days, endDay };
}

function monthStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return dayOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

function nextMonthStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return dayOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** Calendar buckets (UTC days, ISO weeks or calendar months) clipped to the range, in order. */
export function bucketsOf(range: DayRange, size: BucketSize): Bucket[] {
  const out: Bucket[] = [];
  let day = range.firstDay;
  while (day < range.endDay) {
    const start = size === 'day' ? day : size === 'week' ? weekOf(day) : monthStart(day);
    const next = size === 'day' ? day + 1 : size === 'week' ? start + 7 : nextMonthStart(day);
    const endDay = Math.min(next, range.endDay);
    const label = size === 'month' ? isoDay(start).slice(0, 7) : isoDay(start);
    out.push({ index: out.length, firstDay: day, endDay, label });
    day = endDay;
  }
  return out;
}

/** Buckets cut at ISO week boundaries: what a rollup read sums (a full week is read from its total). */
export function segmentsOf(buckets: readonly Bucket[]): Segment[] {
  const out: Segment[] = [];
  for (const b of buckets) {
    let day = b.firstDay;
    while (day < b.endDay) {
      const week = weekOf(day);
      const end = Math.min(week + 7, b.endDay);
      out.push({
        bucket: b.index,
        week,
        lo: day - week,
        hi: end - 1 - week,
        full: day === week && end === week + 7,
      });
      day = end;
    }
  }
  return out;
}

/** The ISO 8601 duration a KPI window is written in (`P90D`, `P12W`, `P3M`, `P1Y`) as days; months count 30, years 365. */
export function durationDays(iso: string): number {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T.*)?$/.exec(iso.trim());
  if (!m || iso.trim() === 'P')
    throw new RangeError(`not an ISO 8601 duration in days, weeks, months or years: ${iso}`);
  const [, y, mo, w, d] = m.map((x) => (x === undefined ? 0 : Number(x)));
  const days = y * 365 + mo * 30 + w * 7 + d;
  if (days <= 0) throw new RangeError(`a window must be at least one day: ${iso}`);
  return days;
}
