/** Heat-map colours for metric values: the better end green, the worse end red, no value neutral grey. */

export type MetricDirectionLike = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

export const HEAT_GOOD = '#2f9e44';
export const HEAT_MIDDLE = '#fab005';
export const HEAT_BAD = '#e03131';
/** a node without a value: nothing to measure there in the window */
export const HEAT_NONE = '#ced4da';

export interface HeatScale {
  /** the smallest and largest value coloured; null when no value was given */
  min: number | null;
  max: number | null;
  direction: MetricDirectionLike;
  colour(value: number | null | undefined): string;
  /** the legend from the low end to the high end of the values, as CSS gradient stops */
  gradient: string;
}

function hex(colour: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
}

function mix(a: string, b: string, t: number): string {
  const [ca, cb] = [hex(a), hex(b)];
  return `#${ca
    .map((x, i) => Math.round(x + (cb[i] - x) * t))
    .map((x) => x.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** 0 is the best end, 1 the worst, through yellow. */
export function heatColourAt(badness: number): string {
  const t = Math.min(Math.max(badness, 0), 1);
  return t <= 0.5 ? mix(HEAT_GOOD, HEAT_MIDDLE, t * 2) : mix(HEAT_MIDDLE, HEAT_BAD, (t - 0.5) * 2);
}

/**
 * A linear scale over the values present (nulls and non-finite values left out). When every value is the
 * same there is nothing to compare, so they all take the middle colour.
 */
export function heatScale(
  values: readonly (number | null | undefined)[],
  direction: MetricDirectionLike,
): HeatScale {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const min = present.length ? Math.min(...present) : null;
  const max = present.length ? Math.max(...present) : null;
  const higherIsBetter = direction === 'HIGHER_IS_BETTER';
  const colour = (value: number | null | undefined): string => {
    if (typeof value !== 'number' || !Number.isFinite(value) || min === null || max === null)
      return HEAT_NONE;
    if (max === min) return HEAT_MIDDLE;
    const t = (Math.min(Math.max(value, min), max) - min) / (max - min);
    return heatColourAt(higherIsBetter ? 1 - t : t);
  };
  const [low, high] = higherIsBetter ? [HEAT_BAD, HEAT_GOOD] : [HEAT_GOOD, HEAT_BAD];
  const gradient =
    min === null
      ? HEAT_NONE
      : min === max
        ? HEAT_MIDDLE
        : `linear-gradient(90deg, ${low}, ${HEAT_MIDDLE}, ${high})`;
  return { min, max, direction, colour, gradient };
}
