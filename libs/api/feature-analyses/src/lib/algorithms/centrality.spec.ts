import { centrality } from './centrality';

describe('centrality', () => {
  const ids = ['api', 'core', 'db', 'ui'];
  // ui -> api -> core -> db, api -> db (weight 3)
  const edges = [
    { from: 'ui', to: 'api', weight: 1 },
    { from: 'api', to: 'core', weight: 1 },
    { from: 'api', to: 'db', weight: 3 },
    { from: 'core', to: 'db', weight: 2 },
  ];

  it('counts dependencies in both directions, plain and weighted', () => {
    const byId = new Map(centrality(ids, edges).map((c) => [c.id, c]));
    expect(byId.get('api')).toMatchObject({
      inDegree: 1,
      outDegree: 2,
      weightedInDegree: 1,
      weightedOutDegree: 4,
      weightedDegree: 5,
    });
    expect(byId.get('db')).toMatchObject({
      inDegree: 2,
      outDegree: 0,
      weightedInDegree: 5,
      weightedDegree: 5,
    });
    expect(byId.get('ui')).toMatchObject({ inDegree: 0, weightedDegree: 1 });
  });

  it('gives most PageRank to what everything ends up depending on; the scores add up to 1', () => {
    const ranks = centrality(ids, edges).map((c) => c.pageRank);
    expect(ranks.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const [api, core, db, ui] = ranks;
    expect(db).toBeGreaterThan(core);
    expect(core).toBeGreaterThan(ui);
    expect(api).toBeGreaterThan(ui);
  });

  it('spreads PageRank evenly without dependencies, and copes with no components', () => {
    expect(centrality(['a', 'b'], []).map((c) => c.pageRank)).toEqual([0.5, 0.5]);
    expect(centrality([], [])).toEqual([]);
  });

  it('ignores edges to unknown components', () => {
    expect(centrality(['a'], [{ from: 'a', to: 'gone', weight: 2 }])[0]).toMatchObject({ outDegree: 0 });
  });
});
