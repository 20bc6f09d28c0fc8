import { resolveScope } from './scope';
import { Topology } from './structure';
import { cells, period, TWO_LINES, waiting } from './testing/two-lines.fixture';
import { buildPerformanceView } from './view';
import type { MetricKey } from './definitions';
import type { PeriodCells } from './subject';

const topology = new Topology(TWO_LINES);
const range = { firstDay: 100, endDay: 191 };

function findings(window: PeriodCells, metrics?: MetricKey[]) {
  const scope = resolveScope(topology, { kind: 'enterprise' });
  return buildPerformanceView({ topology, scope, range, buckets: [], window, series: [], metrics }).findings;
}

const rules = (window: PeriodCells) => findings(window).map((f) => [f.rule, f.severity, f.nodes]);

describe('queue-before-stage', () => {
  const waits = (b: number, n = 20) => ({
    a: waiting(n, 1),
    b: waiting(n, b),
    c: waiting(n, 1),
    d: waiting(n, 1),
  });

  it('finds a stage that holds most of the waiting along its flow, with its integration point', () => {
    const [finding] = findings(period({ stages: waits(10) }));
    expect(finding).toMatchObject({
      rule: 'queue-before-stage',
      severity: 'high',
      nodes: ['stage:b', 'integration-point:ip-b'],
      metric: 'wait-time',
      value: 10 / 13,
    });
    expect(finding.message).toMatch(/items wait 10 days there on average, 77 % of the waiting/);
  });

  it('judges wait time even when the view is asked for other metrics', () => {
    expect(findings(period({ stages: waits(10) }), ['flow-velocity']).map((f) => f.id)).toEqual([
      'queue-before-stage:stage:b',
    ]);
  });

  it('stays quiet when the waiting is spread, or too few passages left the stage', () => {
    expect(rules(period({ stages: waits(2) }))).toEqual([]);
    expect(rules(period({ stages: waits(10, 5) }))).toEqual([]);
  });
});

describe('late-integration', () => {
  it('finds a stream whose component and subsystem defects show up at system level or later', () => {
    expect(
      rules(period({ routes: { 'a>d': { defects: 8 }, 'b>c': { defects: 1 }, 'a>b': { defects: 1 } } })),
    ).toContainEqual(['late-integration', 'high', ['value-stream:s', 'stage:d']]);
  });

  it('stays quiet when most are found early, or there are too few', () => {
    const early = rules(period({ routes: { 'a>b': { defects: 8 }, 'a>d': { defects: 2 } } }));
    expect(early.filter(([r]) => r === 'late-integration')).toEqual([]);
    const few = rules(period({ routes: { 'a>d': { defects: 5 } } }));
    expect(few.filter(([r]) => r === 'late-integration')).toEqual([]);
  });
});

describe('high-defect-escape', () => {
  it('finds a stage whose gate lets far more through than its peers, naming where they are found', () => {
    const found = findings(
      period({
        routes: {
          'a>d': { defects: 18 },
          'a>a': { defects: 2 },
          'ta>ta': { defects: 14 },
          'ta>td': { defects: 6 },
        },
      }),
    ).filter((f) => f.rule === 'high-defect-escape');
    expect(found.map((f) => [f.nodes, f.severity, f.value])).toEqual([
      [['stage:a', 'stage:d'], 'high', 0.9],
      [['stage:b', 'stage:d'], 'high', 0.9],
      [['stage:c', 'stage:d'], 'high', 0.9],
    ]);
    expect(found[0].message).toMatch(/90 % of the defects made in or before it pass its quality gate/);
  });

  it('stays quiet when stages escape alike', () => {
    const found = findings(
      period({
        routes: {
          'a>d': { defects: 18 },
          'a>a': { defects: 2 },
          'ta>td': { defects: 18 },
          'ta>ta': { defects: 2 },
        },
      }),
    );
    expect(found.filter((f) => f.rule === 'high-defect-escape')).toEqual([]);
  });
});

describe('slow-feedback-loop', () => {
  const loops = (slow: number) => ({
    'a>d': { fixes: 5, days: slow },
    'a>b': { fixes: 5, days: 10 },
    'a>c': { fixes: 5, days: 10 },
    'b>c': { fixes: 5, days: 10 },
  });

  it('finds a loop far slower than the others of the scope', () => {
    const [finding] = findings(period({ routes: loops(40) })).filter((f) => f.rule === 'slow-feedback-loop');
    expect(finding).toMatchObject({
      severity: 'high',
      nodes: ['stage:d', 'stage:a'],
      value: 40,
      threshold: 20,
    });
    expect(finding.message).toMatch(/declared with 30/);
  });

  it('stays quiet when loops are alike, or too few fixes were measured', () => {
    expect(findings(period({ routes: loops(12) })).filter((f) => f.rule === 'slow-feedback-loop')).toEqual(
      [],
    );
    const few = { ...loops(40), 'a>d': { fixes: 2, days: 40 } };
    expect(findings(period({ routes: few })).filter((f) => f.rule === 'slow-feedback-loop')).toEqual([]);
  });
});

describe('dora-low-band', () => {
  it('finds a stream whose change failure rate or time to restore is in the low band', () => {
    const window = period({
      stages: { c: cells('stage', { deployments: 20, failedDeployments: 8 }) },
      streams: { t: cells('stream', { incidents: 3, restoredCount: 3, restoreHours: 3 * 200 }) },
    });
    expect(rules(window).filter(([r]) => r === 'dora-low-band')).toEqual([
      ['dora-low-band', 'high', ['value-stream:s']],
      ['dora-low-band', 'medium', ['value-stream:t']],
    ]);
  });

  it('stays quiet in higher bands and on small samples', () => {
    const window = period({
      stages: {
        c: cells('stage', { deployments: 20, failedDeployments: 2 }),
        tc: cells('stage', { deployments: 5, failedDeployments: 4 }),
      },
    });
    expect(rules(window).filter(([r]) => r === 'dora-low-band')).toEqual([]);
  });
});
