import { ApiErrorCode } from '@streamscape/api-graphql';
import type { GraphHost } from '@streamscape/graph-nest';
import { VIEW_READ_TIMEOUT_MS, ViewsService } from './views.service';

describe('ViewsService', () => {
  it('reads a domain in one named read with the view time limit, and answers NOT_FOUND when there is none', async () => {
    const read = jest.fn().mockResolvedValue(null);
    const service = new ViewsService({ read } as unknown as GraphHost);
    await expect(service.domainLandscape('atlantis')).rejects.toMatchObject({
      code: ApiErrorCode.NOT_FOUND,
      message: 'There is no domain atlantis',
    });
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith('domainLandscape', expect.any(Function), {
      timeoutMs: VIEW_READ_TIMEOUT_MS,
    });
  });

  it('builds the enterprise view from one read', async () => {
    const read = jest.fn().mockResolvedValue({
      enterprise: { id: 'acme', name: 'ACME' },
      domains: [],
      budgets: [],
      orgUnits: [],
      integrationPoints: [],
      domainDependencies: [],
      multiDomainTeams: [],
      storedFindings: [],
    });
    const service = new ViewsService({ read } as unknown as GraphHost);
    await expect(service.enterpriseLandscape()).resolves.toMatchObject({
      name: 'ACME',
      nodes: [],
      findings: [],
    });
    expect(read).toHaveBeenCalledWith('enterpriseLandscape', expect.any(Function), {
      timeoutMs: VIEW_READ_TIMEOUT_MS,
    });
  });

  it('lists the twelve rules of views 1 and 2 and the four of the transformation view', () => {
    const service = new ViewsService({} as GraphHost);
    expect(service.rules().map((r) => r.id)).toHaveLength(16);
    expect(service.rules().filter((r) => r.views.includes('transformation'))).toHaveLength(4);
  });
});
