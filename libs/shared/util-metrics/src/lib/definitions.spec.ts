import { METRIC_IDS } from '@streamscape/domain';
import { compareByDirection, isMetricKey, metricDefinition, METRICS } from './definitions';

describe('metric definitions', () => {
  it('defines every metric id a Kpi may name, once', () => {
    for (const id of METRIC_IDS) expect(metricDefinition(id).kpi).toBe(true);
    expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
    expect(METRICS.filter((m) => !m.kpi).map((m) => m.id)).toEqual(['defect-backlog']);
  });

  it('states a unit, a direction and a parameter for each', () => {
    for (const m of METRICS) {
      expect(m.unitLabel).toBeTruthy();
      expect(['higher-is-better', 'lower-is-better']).toContain(m.direction);
      expect(['time-to-market', 'productivity', 'quality', 'engagement']).toContain(m.parameter);
    }
  });

  it('knows which way is better', () => {
    expect(compareByDirection('flow-time', 2, 3)).toBeGreaterThan(0);
    expect(compareByDirection('flow-velocity', 2, 3)).toBeLessThan(0);
    expect(isMetricKey('flow-time')).toBe(true);
    expect(isMetricKey('happiness')).toBe(false);
    expect(() => metricDefinition('happiness')).toThrow('Unknown metric happiness');
  });
});
