/** Measures (survey scores) of one measured entity in a period: their sum and count. */
export interface MeasureTotal {
  /** the measured entity, `Label:id` (`Team:bms-software`) */
  readonly node: string;
  readonly sum: number;
  readonly count: number;
}

/** Measure totals by entity, summed: what aggregateMeasures looks entities up in. */
export type MeasureIndex = ReadonlyMap<string, { readonly sum: number; readonly count: number }>;

const indexes = new WeakMap<readonly MeasureTotal[], MeasureIndex>();

/** The totals by entity, built once per list (a view aggregates the same list for thousands of nodes). */
export function measureIndex(totals: readonly MeasureTotal[]): MeasureIndex {
  let index = indexes.get(totals);
  if (!index) {
    const byNode = new Map<string, { sum: number; count: number }>();
    for (const t of totals) {
      const acc = byNode.get(t.node) ?? { sum: 0, count: 0 };
      acc.sum += t.sum;
      acc.count += t.count;
      byNode.set(t.node, acc);
    }
    indexes.set(totals, (index = byNode));
  }
  return index;
}

/**
 * A measure aggregated over a scope: each measured entity's mean in the period, then the mean of those, so a
 * team surveyed twice weighs as much as a team surveyed once. `measured` null takes every entity.
 */
export function aggregateMeasures(
  totals: readonly MeasureTotal[],
  measured: ReadonlySet<string> | null,
): { value: number | null; sampleSize: number } {
  const index = measureIndex(totals);
  const means: number[] = [];
  if (measured === null || measured.size > index.size) {
    for (const [node, a] of index)
      if (a.count > 0 && (!measured || measured.has(node))) means.push(a.sum / a.count);
  } else {
    for (const node of measured) {
      const a = index.get(node);
      if (a && a.count > 0) means.push(a.sum / a.count);
    }
  }
  if (means.length === 0) return { value: null, sampleSize: 0 };
  return { value: means.reduce((a, b) => a + b, 0) / means.length, sampleSize: means.length };
}
