import { measureRows, measuresIn, seriesSpec, sumPeriod, sumSeries, topologyOrders } from '../aggregate';
import { bucketsOf, windowDays, type BucketSize } from '../calendar';
import type { MetricValue } from '../compute';
import type { MetricKey } from '../definitions';
import { referenceCells, type FactSet } from '../reference';
import { resolveScope, type ScopeRef } from '../scope';
import { Topology, type PerformanceStructure } from '../structure';
import { buildPerformanceView, type PerformanceView } from '../view';

/** The performance view of a scope computed from facts through the reference implementation (for specs). */
export function viewOf(
  structure: PerformanceStructure,
  facts: FactSet,
  scope: ScopeRef,
  window: { from: string; to: string },
  bucket: BucketSize = 'week',
): PerformanceView {
  const topology = new Topology(structure);
  const resolved = resolveScope(topology, scope);
  const range = windowDays(window.from, window.to);
  const cells = referenceCells(facts, { firstDay: range.firstDay - 400, endDay: range.endDay + 400 });
  const measures = measureRows(facts.measures ?? [], 'engagement');
  const buckets = bucketsOf(range, bucket);
  return buildPerformanceView({
    topology,
    scope: resolved,
    range,
    buckets,
    window: sumPeriod(cells, range, measuresIn(measures, range)),
    series: sumSeries(
      cells,
      seriesSpec(topology, resolved),
      buckets,
      topologyOrders(topology),
      buckets.map((b) => measuresIn(measures, b)),
    ),
  });
}

export const metric = (values: readonly MetricValue[], id: MetricKey): MetricValue => {
  const found = values.find((v) => v.metric === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
