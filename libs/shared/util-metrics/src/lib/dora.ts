import type { MetricKey } from './definitions';

export type DoraBand = 'elite' | 'high' | 'medium' | 'low';
export const DORA_BANDS: readonly DoraBand[] = ['elite', 'high', 'medium', 'low'];

interface BandLimits {
  /** the unit the limits are in, which is the metric's unit */
  readonly unit: string;
  /** elite, high, medium limits; beyond medium is low */
  readonly limits: readonly [number, number, number];
  /** true: a value at or above a limit reaches the band (frequencies); false: at or below (times, rates) */
  readonly higherIsBetter: boolean;
}

/**
 * The software delivery performance levels of DORA's Accelerate State of DevOps Report 2023
 * (dora.dev/research/2023), with each level's range read at its slower end:
 * deployment frequency elite = on demand (at least daily), high = daily to weekly, medium = weekly to monthly;
 * lead time for changes elite < 1 day, high <= 1 week, medium <= 1 month;
 * change failure rate elite <= 5 %, high <= 10 %, medium <= 15 %;
 * failed deployment recovery time elite < 1 hour, high < 1 day, medium <= 1 week. Everything beyond is low.
 */
export const DORA_LIMITS: Partial<Record<MetricKey, BandLimits>> = {
  'deployment-frequency': { unit: 'deployments/week', limits: [7, 1, 7 / 30.4375], higherIsBetter: true },
  'lead-time-for-changes': { unit: 'days', limits: [1, 7, 30], higherIsBetter: false },
  'change-failure-rate': { unit: 'ratio', limits: [0.05, 0.1, 0.15], higherIsBetter: false },
  'time-to-restore': { unit: 'hours', limits: [1, 24, 168], higherIsBetter: false },
};

/** The DORA band of a four-keys value; undefined for other metrics or no value. */
export function doraBand(metric: MetricKey, value: number | null | undefined): DoraBand | undefined {
  const limits = DORA_LIMITS[metric];
  if (!limits || value === null || value === undefined || !Number.isFinite(value)) return undefined;
  const [elite, high, medium] = limits.limits;
  if (limits.higherIsBetter) {
    if (value >= elite) return 'elite';
    if (value >= high) return 'high';
    if (value >= medium) return 'medium';
    return 'low';
  }
  // elite lead time and recovery are strictly below a day / an hour; rates and the other limits are inclusive
  const eliteStrict = metric === 'lead-time-for-changes' || metric === 'time-to-restore';
  if (eliteStrict ? value < elite : value <= elite) return 'elite';
  if (metric === 'time-to-restore' ? value < high : value <= high) return 'high';
  if (value <= medium) return 'medium';
  return 'low';
}
