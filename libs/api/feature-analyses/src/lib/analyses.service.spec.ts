import { ApiErrorCode } from '@streamscape/api-graphql';
import type { GraphHost } from '@streamscape/graph-nest';
import { AnalysesService } from './analyses.service';
import { CentralityOrder } from './centrality/central-components.model';

function serviceReading(answer: unknown) {
  const read = jest.fn().mockResolvedValue(answer);
  return { service: new AnalysesService({ read } as unknown as GraphHost), read };
}

describe('AnalysesService', () => {
  it('answers NOT_FOUND for an unknown component', async () => {
    const { service, read } = serviceReading(null);
    await expect(service.componentImpact({ componentId: 'nope', maxDepth: 3 })).rejects.toMatchObject({
      code: ApiErrorCode.NOT_FOUND,
      message: 'No component "nope"',
    });
    expect(read).toHaveBeenCalledWith('componentImpact', expect.any(Function));
  });

  it('names the unknown ends of a path, by kind', async () => {
    const { service } = serviceReading({ found: false, missing: ['a', 'b'] });
    await expect(
      service.dependencyPath({ fromId: 'a', toId: 'b', kind: 'TEAM', maxDepth: 5 }),
    ).rejects.toMatchObject({ code: ApiErrorCode.NOT_FOUND, message: 'No Team "a" and no "b"' });
  });

  it('refuses a path from a node to itself without reading', async () => {
    const { service, read } = serviceReading(null);
    await expect(
      service.dependencyPath({ fromId: 'a', toId: 'a', kind: 'COMPONENT', maxDepth: 5 }),
    ).rejects.toMatchObject({ code: ApiErrorCode.BAD_USER_INPUT, fields: [{ field: 'toId' }] });
    expect(read).not.toHaveBeenCalled();
  });

  it('gives a path its length, and null when there is none', async () => {
    const route = {
      kind: 'COMPONENT',
      from: { id: 'a', kind: 'Component', name: null },
      to: { id: 'c', kind: 'Component', name: null },
      components: [],
      steps: [
        { from: 'a', to: 'b', weight: 1 },
        { from: 'b', to: 'c', weight: 1 },
      ],
      follows: ['DEPENDS_ON'],
    };
    const found = serviceReading({ found: true, route });
    await expect(
      found.service.dependencyPath({ fromId: 'a', toId: 'c', kind: 'COMPONENT', maxDepth: 5 }),
    ).resolves.toMatchObject({ length: 2 });
    const none = serviceReading({ found: true, route: null });
    await expect(
      none.service.dependencyPath({ fromId: 'a', toId: 'c', kind: 'COMPONENT', maxDepth: 5 }),
    ).resolves.toBeNull();
  });

  const graph = {
    components: [
      { id: 'api', name: 'API' },
      { id: 'core', name: 'Core' },
      { id: 'db', name: 'Database' },
      { id: 'ui', name: null },
    ],
    edges: [
      { from: 'ui', to: 'api', weight: 1 },
      { from: 'api', to: 'core', weight: 1 },
      { from: 'api', to: 'db', weight: 3 },
      { from: 'core', to: 'db', weight: 2 },
      { from: 'db', to: 'api', weight: 1 },
    ],
  };

  it('lists cycles as component ids with their length', async () => {
    const { service } = serviceReading(graph);
    await expect(service.dependencyCycles({ limit: 10 })).resolves.toEqual({
      cycles: [
        { componentIds: ['api', 'db'], length: 2 },
        { componentIds: ['api', 'core', 'db'], length: 3 },
      ],
      truncated: false,
    });
  });

  it('ranks components by the chosen measure, ties by id, with names', async () => {
    const { service } = serviceReading(graph);
    const byDegree = await service.centralComponents({ limit: 2, orderBy: CentralityOrder.WEIGHTED_DEGREE });
    expect(byDegree.map((c) => [c.rank, c.id, c.name, c.weightedDegree])).toEqual([
      [1, 'api', 'API', 6],
      [2, 'db', 'Database', 6],
    ]);
    const byDependents = await service.centralComponents({
      limit: 4,
      orderBy: CentralityOrder.WEIGHTED_IN_DEGREE,
    });
    expect(byDependents.map((c) => c.id)).toEqual(['db', 'api', 'core', 'ui']);
    const byRank = await service.centralComponents({ limit: 4, orderBy: CentralityOrder.PAGE_RANK });
    expect(byRank[byRank.length - 1].id).toBe('ui');
  });
});
