import { parsePerformanceRoute, performanceHref, scopeInputOf, windowOf } from './performance-route';

describe('performance route', () => {
  it('defaults to the enterprise, flow time and the last 90 days', () => {
    expect(parsePerformanceRoute({})).toEqual({ scope: 'enterprise', metric: 'flow-time', days: 90 });
    expect(performanceHref(parsePerformanceRoute({}))).toBe('/performance');
  });

  it('round-trips a scope, metric and window through the URL', () => {
    const route = parsePerformanceRoute({ scope: 'domain:adas', metric: 'wait-time', window: '30' });
    expect(performanceHref(route)).toBe('/performance?scope=domain%3Aadas&metric=wait-time&window=30');
    expect(
      parsePerformanceRoute(Object.fromEntries(new URLSearchParams(performanceHref(route).split('?')[1]))),
    ).toEqual(route);
  });

  it('ignores an unknown scope, a bad window and a half or reversed custom range', () => {
    expect(parsePerformanceRoute({ scope: 'team:x', window: '-3', from: '2026-01-02' })).toEqual({
      scope: 'enterprise',
      metric: 'flow-time',
      days: 90,
    });
    expect(parsePerformanceRoute({ from: '2026-02-01', to: '2026-01-01' }).from).toBeUndefined();
  });

  it('maps view ids to the API scope', () => {
    expect(scopeInputOf('enterprise')).toEqual({ kind: 'ENTERPRISE' });
    expect(scopeInputOf('domain:adas')).toEqual({ kind: 'DOMAIN', id: 'adas' });
    expect(scopeInputOf('value-stream:ev-drive')).toEqual({ kind: 'VALUE_STREAM', id: 'ev-drive' });
  });

  it('ends "the last n days" at the last day with facts, and includes the last day of a custom range', () => {
    expect(windowOf({ scope: 'enterprise', metric: 'x', days: 30 }, '2026-11-01T00:00:00.000Z')).toEqual({
      from: '2026-10-02T00:00:00.000Z',
      to: '2026-11-01T00:00:00.000Z',
    });
    expect(
      windowOf({ scope: 'enterprise', metric: 'x', days: 30, from: '2026-09-01', to: '2026-09-30' }, ''),
    ).toEqual({ from: '2026-09-01T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z' });
  });
});
