import { bandPlacement, LANDSCAPE_BANDS } from './placement';
import type { GraphElements } from './types';

function node(id: string, kind: string, parent?: string) {
  return {
    group: 'nodes' as const,
    data: { id, label: id, kind, tags: [], attributes: {}, ...(parent ? { parent } : {}) },
    classes: [],
  };
}

describe('bandPlacement', () => {
  const elements: GraphElements = {
    nodes: [
      node('org:a', 'ORG_UNIT'),
      node('org:a1', 'ORG_UNIT', 'org:a'),
      node('budget:1', 'BUDGET', 'org:a1'),
      node('budget:2', 'BUDGET', 'org:a'),
      node('domain:x', 'DOMAIN'),
      node('vs:1', 'VALUE_STREAM', 'domain:x'),
      node('vs:2', 'VALUE_STREAM', 'domain:x'),
      node('domain:y', 'DOMAIN'),
      node('product:p', 'PRODUCT'),
      node('team:t', 'TEAM'),
    ],
    edges: [],
  };
  const positions = bandPlacement(elements, LANDSCAPE_BANDS);

  it('places every leaf, compounds follow their children', () => {
    for (const id of ['budget:1', 'budget:2', 'vs:1', 'vs:2', 'domain:y', 'product:p', 'team:t']) {
      expect(positions[id]).toBeDefined();
    }
    expect(positions['org:a']).toBeUndefined();
    expect(positions['domain:x']).toBeUndefined();
  });

  it('keeps org units and teams left of the domains, products below them', () => {
    const maxLeft = Math.max(positions['budget:1'].x, positions['budget:2'].x, positions['team:t'].x);
    const domainXs = [positions['vs:1'].x, positions['vs:2'].x, positions['domain:y'].x];
    const domainYs = [positions['vs:1'].y, positions['vs:2'].y, positions['domain:y'].y];
    expect(Math.min(...domainXs)).toBeGreaterThan(maxLeft);
    expect(positions['product:p'].y).toBeGreaterThan(Math.max(...domainYs));
  });

  it('keeps a nested org unit apart from the budgets of its parent', () => {
    // budget:2 sits in org:a's own grid, budget:1 in the nested org:a1 below it
    expect(positions['budget:1'].y).toBeGreaterThan(positions['budget:2'].y);
  });

  it('never puts two leaves on one spot', () => {
    const spots = Object.values(positions).map((p) => `${p.x},${p.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });
});

describe('bandPlacement of named org units and a plan', () => {
  const elements: GraphElements = {
    nodes: [
      node('org:digital', 'ORG_UNIT'),
      node('org:connected', 'ORG_UNIT', 'org:digital'),
      node('org:infotainment', 'ORG_UNIT', 'org:digital'),
      node('budget:1', 'BUDGET', 'org:digital'),
      node('org:campus', 'ORG_UNIT'),
      node('org:hub', 'ORG_UNIT'),
      node('domain:x', 'DOMAIN'),
      node('vs:1', 'VALUE_STREAM', 'domain:x'),
      node('team:t', 'TEAM'),
      node('initiative:i', 'INITIATIVE'),
      node('step:1', 'TRANSFORMATION_STEP'),
      node('step:2', 'TRANSFORMATION_STEP'),
      node('component:c', 'COMPONENT'),
    ],
    edges: [],
  };
  const positions = bandPlacement(elements, LANDSCAPE_BANDS);
  const apart = (a: string, b: string) =>
    Math.max(Math.abs(positions[a].x - positions[b].x), Math.abs(positions[a].y - positions[b].y));

  it('gives org units without units of their own room for their grown names (two lines of ~270px)', () => {
    expect(apart('org:connected', 'org:infotainment')).toBeGreaterThanOrEqual(280);
    expect(apart('org:campus', 'org:hub')).toBeGreaterThanOrEqual(280);
    expect(apart('org:connected', 'budget:1')).toBeGreaterThanOrEqual(100);
  });

  it('puts the plan (initiatives, steps) in the left band, first, what is used below', () => {
    const middle = positions['vs:1'];
    for (const id of ['initiative:i', 'step:1', 'step:2']) {
      expect(positions[id].x).toBeLessThan(middle.x);
      expect(positions[id].y).toBeLessThan(positions['team:t'].y);
    }
    expect(positions['component:c'].y).toBeGreaterThan(middle.y);
  });
});
