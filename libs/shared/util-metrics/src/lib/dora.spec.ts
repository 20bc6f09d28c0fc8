import { doraBand } from './dora';

describe('DORA bands (State of DevOps 2023)', () => {
  it.each([
    ['deployment-frequency', 7, 'elite'],
    ['deployment-frequency', 6.9, 'high'],
    ['deployment-frequency', 1, 'high'],
    ['deployment-frequency', 0.5, 'medium'],
    ['deployment-frequency', 0.2, 'low'],
    ['lead-time-for-changes', 0.9, 'elite'],
    ['lead-time-for-changes', 1, 'high'],
    ['lead-time-for-changes', 7, 'high'],
    ['lead-time-for-changes', 30, 'medium'],
    ['lead-time-for-changes', 31, 'low'],
    ['change-failure-rate', 0.05, 'elite'],
    ['change-failure-rate', 0.1, 'high'],
    ['change-failure-rate', 0.15, 'medium'],
    ['change-failure-rate', 0.16, 'low'],
    ['time-to-restore', 0.5, 'elite'],
    ['time-to-restore', 1, 'high'],
    ['time-to-restore', 24, 'medium'],
    ['time-to-restore', 168, 'medium'],
    ['time-to-restore', 169, 'low'],
  ] as const)('%s %p is %s', (metric, value, band) => {
    expect(doraBand(metric, value)).toBe(band);
  });

  it('has no band for other metrics or missing values', () => {
    expect(doraBand('flow-time', 3)).toBeUndefined();
    expect(doraBand('change-failure-rate', null)).toBeUndefined();
  });
});
