import { Topology, resolveScope } from '@streamscape/metrics';
import { MetricBucket, MetricsSource } from './models/enums';
import { toLandscape, toMetricValue } from './performance.mapper';

describe('performance mapper', () => {
  it('keeps values and maps bands and breakdowns', () => {
    expect(toMetricValue({ metric: 'change-failure-rate', value: 0.2, sampleSize: 10, band: 'low' })).toEqual(
      {
        metric: 'change-failure-rate',
        value: 0.2,
        sampleSize: 10,
        band: 'low',
        breakdown: null,
      },
    );
  });

  it('turns day indexes into UTC instants and findings into node ids', () => {
    const topology = new Topology({
      enterprise: { id: 'e', name: 'E' },
      domains: [],
      streams: [],
      stages: [],
      integrationPoints: [],
      feedbackLoops: [],
      teams: [],
      orgUnits: [],
    });
    const scope = resolveScope(topology, { kind: 'enterprise' });
    const bucket = { index: 0, firstDay: 20514, endDay: 20521, label: '2026-03-02' };
    const landscape = toLandscape(
      {
        scope,
        range: { firstDay: 20514, endDay: 20521 },
        buckets: [bucket],
        metrics: [],
        nodes: [],
        edges: [],
        comparison: { metrics: [], rows: [] },
        trends: [{ metric: 'flow-velocity', points: [{ bucket, value: 3, sampleSize: 3 }] }],
        findings: [
          {
            id: 'queue-before-stage:stage:s',
            rule: 'queue-before-stage',
            severity: 'high',
            message: 'm',
            nodes: ['stage:s'],
            metric: 'wait-time',
            value: 0.6,
            threshold: 0.45,
          },
        ],
      },
      MetricBucket.WEEK,
      MetricsSource.ROLLUPS,
    );
    expect(landscape.window).toEqual({
      from: new Date('2026-03-02T00:00:00Z'),
      to: new Date('2026-03-09T00:00:00Z'),
      days: 7,
    });
    expect(landscape.trends[0].points[0]).toEqual({
      label: '2026-03-02',
      from: new Date('2026-03-02T00:00:00Z'),
      to: new Date('2026-03-09T00:00:00Z'),
      value: 3,
      sampleSize: 3,
    });
    expect(landscape.findings[0]).toMatchObject({ rule: 'queue-before-stage', nodeIds: ['stage:s'] });
    expect(landscape.scope).toEqual({ kind: 'enterprise', id: 'e', name: 'E', nodeId: 'enterprise:e' });
  });
});
