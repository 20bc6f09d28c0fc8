import { ApiErrorCode } from '@streamscape/api-graphql';
import type { GraphHost } from '@streamscape/graph-nest';
import { MetricBucket, ScopeKind } from './models/enums';
import { PerformanceService } from './performance.service';

describe('PerformanceService', () => {
  const read = jest.fn();
  const service = new PerformanceService({ read } as unknown as GraphHost);
  const args = (from: string, to: string, bucket = MetricBucket.WEEK) => ({
    scope: { kind: ScopeKind.ENTERPRISE },
    window: { from: new Date(from), to: new Date(to) },
    bucket,
    metrics: null,
  });

  beforeEach(() => read.mockReset());

  it('refuses an inverted window, a window over ten years and too many buckets before reading anything', async () => {
    await expect(service.landscape(args('2026-03-09', '2026-03-02'))).rejects.toMatchObject({
      code: ApiErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'window.to', message: 'must not be before from' }],
    });
    await expect(service.landscape(args('2010-01-01', '2026-03-02'))).rejects.toMatchObject({
      code: ApiErrorCode.BAD_USER_INPUT,
    });
    await expect(service.landscape(args('2024-01-01', '2026-03-02', MetricBucket.DAY))).rejects.toMatchObject(
      {
        code: ApiErrorCode.BAD_USER_INPUT,
        fields: [{ field: 'bucket', message: 'at most 400 buckets' }],
      },
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('reads a domain in one named read transaction', async () => {
    read.mockResolvedValue({ missing: null, landscape: { source: 'facts' } });
    const domain = {
      ...args('2026-03-02', '2026-03-09'),
      scope: { kind: ScopeKind.DOMAIN, id: 'powertrain' },
    };
    await expect(service.landscape(domain)).resolves.toEqual({ source: 'facts' });
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith('performanceLandscape', expect.any(Function));
  });

  it('reads the enterprise in three named read transactions side by side', async () => {
    const down = new Error('database down');
    read.mockRejectedValue(down);
    await expect(service.landscape(args('2026-03-02', '2026-03-09'))).rejects.toBe(down);
    expect(read.mock.calls.map(([name]) => name)).toEqual([
      'performanceLandscape: structure',
      'performanceLandscape: cells',
      'performanceLandscape: routes',
    ]);
  });

  it('lists a definition for every metric, with DORA limits on the four keys', () => {
    const definitions = service.definitions();
    expect(definitions).toHaveLength(19);
    expect(definitions.filter((d) => d.doraLimits).map((d) => d.id)).toEqual([
      'deployment-frequency',
      'lead-time-for-changes',
      'change-failure-rate',
      'time-to-restore',
    ]);
  });
});
