import { frozenEnterprise, kpiBoardSummary } from './snapshot';

describe('frozen snapshot parts', () => {
  it('reads the enterprise view as frozen: graph and figures', () => {
    const view = frozenEnterprise({
      name: 'Acme',
      domains: 2,
      integrationPointsWithoutResponsible: 1,
      nodes: [
        {
          id: 'domain:pt',
          kind: 'DOMAIN',
          label: 'PT',
          parent: null,
          attributes: [{ name: 'x', value: 1, text: null }],
        },
        { id: 'broken' },
      ],
      edges: [
        { id: 'e1', kind: 'FUNDS', source: 'budget:b', target: 'domain:pt', weight: 5, attributes: [] },
      ],
    });
    expect(view?.name).toBe('Acme');
    expect(view?.nodes).toEqual([
      {
        id: 'domain:pt',
        kind: 'DOMAIN',
        label: 'PT',
        parent: null,
        attributes: [{ name: 'x', value: 1, text: null }],
      },
    ]);
    expect(view?.edges[0]).toMatchObject({ id: 'e1', source: 'budget:b', weight: 5 });
    expect(view?.figures).toEqual([
      { label: 'Domains', value: 2 },
      { label: 'Without owner', value: 1 },
    ]);
  });

  it('answers null for a part without a graph', () => {
    expect(frozenEnterprise(null)).toBeNull();
    expect(frozenEnterprise({ name: 'x' })).toBeNull();
  });

  it('summarises the KPI board per parameter with counts by status', () => {
    const groups = kpiBoardSummary({
      groups: [
        {
          parameter: 'TIME_TO_MARKET',
          kpis: [
            {
              id: 'lt',
              name: 'Lead time',
              unit: 'days',
              status: 'ON_TRACK',
              current: { value: 3 },
              target: { value: 5 },
            },
            {
              id: 'df',
              name: 'Deploys',
              unit: '/week',
              status: 'NO_DATA',
              current: { value: null },
              target: {},
            },
            { id: 'x', name: 'X', unit: '', status: 'ON_TRACK', current: { value: 1 }, target: null },
          ],
        },
        { parameter: 'QUALITY', kpis: [] },
      ],
    });
    expect(groups[0]).toEqual({
      parameter: 'TIME_TO_MARKET',
      byStatus: { ON_TRACK: 2, NO_DATA: 1 },
      kpis: [
        { id: 'lt', name: 'Lead time', current: 3, unit: 'days', target: 5, status: 'ON_TRACK' },
        { id: 'df', name: 'Deploys', current: null, unit: '/week', target: null, status: 'NO_DATA' },
        { id: 'x', name: 'X', current: 1, unit: '', target: null, status: 'ON_TRACK' },
      ],
    });
    expect(groups[1]).toEqual({ parameter: 'QUALITY', byStatus: {}, kpis: [] });
    expect(kpiBoardSummary('nonsense')).toEqual([]);
  });
});
