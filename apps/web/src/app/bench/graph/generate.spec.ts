import { seededRandom } from '@streamscape/web-graph';
import { domainLandscape, randomGraph } from './generate';

describe('benchmark graphs', () => {
  it('are the same for the same seed', () => {
    expect(randomGraph(50, 80, 3)).toEqual(randomGraph(50, 80, 3));
    const r = seededRandom(1);
    const values = Array.from({ length: 100 }, r);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it('has the asked size, edges between existing nodes and no self-loops', () => {
    const g = randomGraph(5000, 10000);
    expect(g.nodes).toHaveLength(5000);
    expect(g.edges).toHaveLength(10000);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)).toBe(true);
  });

  it('shapes a domain landscape of exactly the asked number of elements', () => {
    const g = domainLandscape(2000);
    expect(g.nodes.length + g.edges.length).toBe(2000);
    expect(domainLandscape(437).nodes.length + domainLandscape(437).edges.length).toBe(437);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(g.nodes.every((n) => !n.parent || ids.has(n.parent))).toBe(true);
    expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(g.nodes.filter((n) => n.kind === 'STAGE').length).toBeGreaterThan(100);
  });
});
