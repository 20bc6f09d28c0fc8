import { METRIC_IDS } from '@streamscape/domain';
import { LINE_FACTS, LINE_STRUCTURE, LINE_WINDOW } from './testing/line.fixture';
import { metric, viewOf } from './testing/view-of';

// Hand-computed over the line fixture and the week W = 2026-03-02 .. 2026-03-09 (7 days, 168 hours).
describe('every metric over the line fixture, by hand', () => {
  const view = viewOf(LINE_STRUCTURE, LINE_FACTS, { kind: 'enterprise' }, LINE_WINDOW);
  const m = (id: Parameters<typeof metric>[1]) => metric(view.metrics, id);

  it('computes every metric id of the format', () => {
    expect(view.metrics.map((v) => v.metric)).toEqual(expect.arrayContaining([...METRIC_IDS]));
  });

  it('DORA: frequency, lead time, change failure rate, time to restore, with bands', () => {
    // dp1, dp2 (stages) and dp3 (stream) in W; dp4 is after it
    expect(m('deployment-frequency')).toMatchObject({ value: 3, sampleSize: 3, band: 'high' });
    // (48 + 6 + 2) hours / 3 = 18.67 hours
    expect(m('lead-time-for-changes').value).toBeCloseTo(56 / 3 / 24, 10);
    expect(m('lead-time-for-changes').band).toBe('elite');
    // dp2 failed, dp3 caused i1
    expect(m('change-failure-rate')).toMatchObject({ value: 2 / 3, band: 'low' });
    // i1 restored in 3 hours; i2 is still open and left out
    expect(m('time-to-restore')).toMatchObject({ value: 3, sampleSize: 1, band: 'high' });
  });

  it('flow: velocity, time, load, efficiency, distribution (a reopened item counts once)', () => {
    // f1, d1, d2, r1, d4 done in W; f2 and d3 are not done; b1 was done before
    expect(m('flow-velocity')).toMatchObject({ value: 5, sampleSize: 5 });
    // 72 + 66 + 12 + 48 + 24 = 222 hours over 5 items
    expect(m('flow-time').value).toBeCloseTo(222 / 5 / 24, 10);
    // started and not done, integrated over W: f1 60 + f2 96 (open) + d1 66 + d2 12 + r1 48 + d4 24 = 306 hours
    expect(m('flow-load').value).toBeCloseTo(306 / 168, 10);
    // active hours of their passages: 21 + 14 + 1 + 3 (both passages of r1) + 2 = 41
    expect(m('flow-efficiency').value).toBeCloseTo(41 / 222, 10);
    expect(m('flow-distribution').value).toBeCloseTo(1 / 5, 10);
    expect(m('flow-distribution').breakdown?.map((b) => [b.key, b.value])).toEqual([
      ['feature', 0.2],
      ['defect', 0.6],
      ['risk', 0.2],
      ['debt', 0],
    ]);
  });

  it('quality: escape, resolution time by phase, inflow, outflow, backlog, ratios, feedback', () => {
    // d1 (sub-comp -> line-sys) and d3 (line-sys -> line-veh) both escaped their origin; d2 duplicate, d4 not a defect
    expect(m('defect-escape-rate')).toMatchObject({ value: 1, sampleSize: 2 });
    // d1 only (d2 duplicate, d4 not a defect): 72 hours
    const resolution = m('defect-resolution-time');
    expect(resolution).toMatchObject({ value: 3, sampleSize: 1 });
    expect(resolution.breakdown?.map((b) => [b.key, b.value])).toEqual([
      ['backlog', 0.25],
      ['stage:sub-comp', 1],
      ['stage:sub-int', 0.75],
      ['stage:line-sys', 1],
    ]);
    // created in W: d1, d2, d3, d4 (created 10:00+02:00 = 08:00 UTC on Monday)
    expect(m('defect-inflow')).toMatchObject({ value: 4, sampleSize: 4 });
    expect(m('defect-outflow')).toMatchObject({ value: 3, sampleSize: 3 });
    // open defects integrated over W: d1 72 + d2 24 + d3 96 + d4 28 = 220 hours
    expect(m('defect-backlog').value).toBeCloseTo(220 / 168, 10);
    expect(m('duplicate-ratio').value).toBeCloseTo(1 / 3, 10);
    expect(m('non-defect-ratio').value).toBeCloseTo(1 / 3, 10);
    // d1 found Tuesday 00:00, its fix left sub-comp Wednesday 06:00
    expect(m('feedback-cycle-time')).toMatchObject({ value: 30 / 24, sampleSize: 1 });
  });

  it('wait time per passage: every passage that left a stage in W, both passages of the reopened item', () => {
    // 18 + 9 + 24 (f1) + 16 + 16 + 20 (d1) + 11 (d2) + 22 + 11 (r1) + 22 (d4) = 169 hours over 10 passages
    expect(m('wait-time')).toMatchObject({ value: 169 / 10 / 24, sampleSize: 10 });
  });

  it('engagement: the mean of each team mean in W', () => {
    // t1: (3 + 4) / 2, t2: 5; the February score is outside W
    expect(m('engagement')).toMatchObject({ value: 4.25, sampleSize: 2 });
  });
});

describe('a stage scope counts passages, and escape past the stage', () => {
  const view = viewOf(LINE_STRUCTURE, LINE_FACTS, { kind: 'stage', id: 'line-sys' }, LINE_WINDOW);
  const m = (id: Parameters<typeof metric>[1]) => metric(view.metrics, id);

  it('measures the stage', () => {
    expect(m('flow-velocity').value).toBe(2);
    expect(m('flow-time').value).toBeCloseTo(30 / 24, 10);
    expect(m('flow-efficiency').value).toBeCloseTo(16 / 60, 10);
    expect(m('wait-time').value).toBeCloseTo(22 / 24, 10);
    expect(m('flow-load').value).toBeCloseTo(60 / 168, 10);
    expect(m('flow-distribution').value).toBe(0.5);
    expect(m('deployment-frequency').value).toBe(2);
    expect(m('change-failure-rate').value).toBe(0.5);
    expect(m('lead-time-for-changes')).toMatchObject({ value: 27 / 24, band: 'high' });
    // i2 is open: nothing restored
    expect(m('time-to-restore')).toMatchObject({ value: null, sampleSize: 0 });
    expect(m('defect-inflow').value).toBe(1);
    expect(m('defect-outflow').value).toBe(1);
    expect(m('defect-resolution-time').value).toBe(3);
    expect(m('defect-backlog').value).toBeCloseTo(72 / 168, 10);
    expect(m('feedback-cycle-time').value).toBeCloseTo(30 / 24, 10);
  });

  it('escape past line-sys: d1 was found there, d3 (made there) escaped to line-veh', () => {
    expect(m('defect-escape-rate')).toMatchObject({ value: 0.5, sampleSize: 2 });
  });

  it('an integration point measures its stage', () => {
    const point = viewOf(LINE_STRUCTURE, LINE_FACTS, { kind: 'integration-point', id: 'ip1' }, LINE_WINDOW);
    expect(point.metrics).toEqual(view.metrics);
  });
});

describe('boundary cases', () => {
  it('an empty window has no values', () => {
    const view = viewOf(
      LINE_STRUCTURE,
      LINE_FACTS,
      { kind: 'enterprise' },
      { from: LINE_WINDOW.from, to: LINE_WINDOW.from },
    );
    expect(view.range).toEqual({ firstDay: view.range.firstDay, endDay: view.range.firstDay });
    expect(view.buckets).toEqual([]);
    expect(view.metrics.every((v) => v.value === null)).toBe(true);
  });

  it('a window with no facts counts zero and averages nothing', () => {
    const view = viewOf(
      LINE_STRUCTURE,
      LINE_FACTS,
      { kind: 'value-stream', id: 'other' },
      {
        from: '2026-03-10T00:00:00Z',
        to: '2026-03-17T00:00:00Z',
      },
    );
    expect(metric(view.metrics, 'flow-velocity').value).toBe(0);
    expect(metric(view.metrics, 'flow-time').value).toBeNull();
    expect(metric(view.metrics, 'flow-load').value).toBe(0);
    // dp4 of other-b on 2026-03-10
    expect(metric(view.metrics, 'deployment-frequency').value).toBe(1);
  });

  it('an open item keeps loading the days after the last fact', () => {
    const view = viewOf(
      LINE_STRUCTURE,
      LINE_FACTS,
      { kind: 'value-stream', id: 'sub' },
      {
        from: '2026-04-06T00:00:00Z',
        to: '2026-04-13T00:00:00Z',
      },
    );
    // f2 started and never finished: one item in progress all week
    expect(metric(view.metrics, 'flow-load').value).toBe(1);
  });

  it('a value stream counts its sub-streams', () => {
    const line = viewOf(LINE_STRUCTURE, LINE_FACTS, { kind: 'value-stream', id: 'line' }, LINE_WINDOW);
    // f1, d1, d2 (sub) and r1 (line)
    expect(metric(line.metrics, 'flow-velocity').value).toBe(4);
    const sub = viewOf(LINE_STRUCTURE, LINE_FACTS, { kind: 'value-stream', id: 'sub' }, LINE_WINDOW);
    expect(metric(sub.metrics, 'flow-velocity').value).toBe(3);
  });

  it('trends bucket by calendar: daily values add up to the week', () => {
    const view = viewOf(LINE_STRUCTURE, LINE_FACTS, { kind: 'enterprise' }, LINE_WINDOW, 'day');
    const velocity = view.trends.find((t) => t.metric === 'flow-velocity')!;
    expect(velocity.points.map((p) => [p.bucket.label, p.value])).toEqual([
      ['2026-03-02', 0],
      ['2026-03-03', 1],
      ['2026-03-04', 1],
      ['2026-03-05', 1],
      ['2026-03-06', 1],
      ['2026-03-07', 0],
      ['2026-03-08', 1],
    ]);
    const load = view.trends.find((t) => t.metric === 'flow-load')!;
    expect(load.points.reduce((a, p) => a + (p.value ?? 0) * 24, 0)).toBeCloseTo(306, 8);
  });
});
