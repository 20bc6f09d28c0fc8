import {
  keyResultStatus,
  kpiParameters,
  kpiStatus,
  kpiWindows,
  parseScopeRef,
  piecesOf,
  sumScopeCells,
  trendOf,
  windowValue,
} from './kpi';
import { emptyScopeCells } from './aggregate';
import { cells } from './testing/two-lines.fixture';

describe('KPI evaluation', () => {
  it('is on track when the value reaches the target in its direction', () => {
    expect(kpiStatus('flow-time', 20, { value: 30, direction: 'down' })).toBe('on-track');
    expect(kpiStatus('flow-time', 30, { value: 30, direction: 'down' })).toBe('on-track');
    expect(kpiStatus('flow-time', 31, { value: 30, direction: 'down' })).toBe('off-track');
    expect(kpiStatus('flow-velocity', 1900, { value: 2000, direction: 'up' })).toBe('off-track');
    // no direction: the metric's own
    expect(kpiStatus('flow-velocity', 2100, { value: 2000, direction: null })).toBe('on-track');
    expect(kpiStatus('flow-velocity', null, { value: 2000, direction: 'up' })).toBe('no-data');
    expect(kpiStatus('flow-velocity', 5, { value: null, direction: 'up' })).toBe('no-target');
  });

  it('calls a trend by its first and last known values, in the target direction', () => {
    const down = { value: 10, direction: 'down' as const };
    expect(trendOf('flow-time', down, [20, null, 15])).toBe('improving');
    expect(trendOf('flow-time', down, [15, 20])).toBe('worsening');
    expect(trendOf('flow-time', down, [20, 20.5])).toBe('flat');
    expect(trendOf('flow-time', down, [null, 20])).toBe('unknown');
  });

  it('judges key results against their own target and date', () => {
    const target = { value: 20, by: '2027-06-30' };
    const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
    expect(keyResultStatus('lead-time-for-changes', 15, target, 'down', day('2026-11-01'))).toBe('achieved');
    expect(keyResultStatus('lead-time-for-changes', 25, target, 'down', day('2026-11-01'))).toBe('open');
    expect(keyResultStatus('lead-time-for-changes', 25, target, 'down', day('2027-07-01'))).toBe('missed');
    expect(keyResultStatus('lead-time-for-changes', null, target, 'down', day('2027-07-01'))).toBe('no-data');
  });

  it('evaluates overlapping windows a week apart, oldest first', () => {
    expect(kpiWindows(100, 30, 3)).toEqual([
      { index: 0, firstDay: 56, endDay: 86, label: '1970-03-27' },
      { index: 1, firstDay: 63, endDay: 93, label: '1970-04-03' },
      { index: 2, firstDay: 70, endDay: 100, label: '1970-04-10' },
    ]);
    const { pieces, parts } = piecesOf(kpiWindows(100, 30, 3));
    expect(pieces.map((p) => [p.firstDay, p.endDay])).toEqual([
      [56, 63],
      [63, 70],
      [70, 86],
      [86, 93],
      [93, 100],
    ]);
    expect(parts).toEqual([
      [0, 1, 2],
      [1, 2, 3],
      [2, 3, 4],
    ]);
    const half = { ...emptyScopeCells(), stream: cells('stream', { itemsDone: 7 }) };
    const week = sumScopeCells([half, half]);
    const subject = { grain: 'stream' as const, stages: [], streams: ['s'], measured: null };
    expect(windowValue(subject, 'flow-velocity', week, 7).value).toBe(14);
  });

  it('reads scope references and the parameters a KPI serves', () => {
    expect(parseScopeRef('value-stream:ev-drive')).toEqual({ kind: 'value-stream', id: 'ev-drive' });
    expect(parseScopeRef('org-unit:vso')).toEqual({ kind: 'org-unit', id: 'vso' });
    expect(parseScopeRef('product:edu')).toBeNull();
    expect(kpiParameters('flow-time', ['quality', 'quality', null])).toEqual(['quality']);
    expect(kpiParameters('flow-time', [])).toEqual(['time-to-market']);
  });
});
