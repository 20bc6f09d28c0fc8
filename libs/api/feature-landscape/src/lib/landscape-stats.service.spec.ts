import type { GraphHost } from '@streamscape/graph-nest';
import { LandscapeStatsService } from './landscape-stats.service';

describe('LandscapeStatsService', () => {
  it('reads graphStats in one named read and lists the counts by name', async () => {
    const read = jest
      .fn()
      .mockResolvedValue({ nodes: { Team: 3, Domain: 1 }, relationships: { OWNS: 4, DEPENDS_ON: 2 } });
    const service = new LandscapeStatsService({ read } as unknown as GraphHost);
    await expect(service.stats()).resolves.toEqual({
      nodes: [
        { name: 'Domain', count: 1 },
        { name: 'Team', count: 3 },
      ],
      relationships: [
        { name: 'DEPENDS_ON', count: 2 },
        { name: 'OWNS', count: 4 },
      ],
    });
    expect(read).toHaveBeenCalledWith('landscapeStats', expect.any(Function));
  });
});
