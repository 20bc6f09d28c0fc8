import { RouteIndex } from './routes';
import { Topology, type PerformanceStructure } from './structure';
import { cells } from './testing/two-lines.fixture';

// three stages of one stream that state no flows: order alone says what is before what
const NO_FLOWS: PerformanceStructure = {
  enterprise: null,
  domains: [],
  streams: [{ id: 's', name: 'S', parent: null, domain: null }],
  stages: [1, 2, 3].map((order) => ({
    id: `x${order}`,
    name: `X${order}`,
    stream: 's',
    order,
    level: null,
    flowsTo: [],
  })),
  integrationPoints: [],
  feedbackLoops: [],
  teams: [],
  orgUnits: [],
};

const index = (routes: Record<string, number>) =>
  new RouteIndex(new Map(Object.entries(routes).map(([k, n]) => [k, cells('route', { defects: n })])));

describe('defect escape', () => {
  const topology = new Topology(NO_FLOWS);
  const routes = index({ 'x1>x1': 4, 'x1>x3': 6, 'x2>x2': 3, 'x2>x3': 1, 'gone>x3': 5 });

  it('past a stage: of the defects made in or before it, those found in a stage of higher order', () => {
    expect(routes.stageEscape(topology, 'x1')).toMatchObject({ defects: 10, escaped: 6 });
    const x2 = routes.stageEscape(topology, 'x2');
    expect(x2).toMatchObject({ defects: 14, escaped: 7 });
    expect([...x2.foundAfter]).toEqual([['x3', 7]]);
    expect(routes.stageEscape(topology, 'x3')).toMatchObject({ defects: 14, escaped: 0 });
  });

  it('above a stage: defects found later than where they were made; unknown stages left out', () => {
    expect(routes.scopeEscape(topology, ['x1', 'x2', 'x3'])).toMatchObject({ defects: 14, escaped: 7 });
    expect(routes.scopeEscape(topology, ['x2'])).toMatchObject({ defects: 4, escaped: 1 });
  });
});
