import type { SearchQuery } from '@streamscape/web-api';
import { searchHits } from './search-results';

describe('searchHits', () => {
  it('flattens the per-kind answers in order', () => {
    const conn = (...nodes: [string, string, string][]) => ({
      edges: nodes.map(([id, name, kind]) => ({ node: { id, name, kind } })),
    });
    const data = {
      domains: conn(['powertrain', 'Powertrain', 'Domain']),
      valueStreams: conn(),
      stages: conn(['pt-dev', 'Powertrain Development', 'Stage']),
      teams: conn(),
      components: conn(),
      products: conn(),
      integrationPoints: conn(),
      orgUnits: conn(),
      budgets: conn(),
    } as unknown as SearchQuery;
    expect(searchHits(data)).toEqual([
      { id: 'powertrain', name: 'Powertrain', kind: 'Domain' },
      { id: 'pt-dev', name: 'Powertrain Development', kind: 'Stage' },
    ]);
    expect(searchHits(undefined)).toEqual([]);
  });
});
