import { spectralPlacement } from './spectral';
import type { GraphElements } from './types';

function graph(nodes: number, edges: [number, number][]): GraphElements {
  return {
    nodes: Array.from({ length: nodes }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}`, label: `n${i}`, kind: 'COMPONENT', tags: [], attributes: {} },
      classes: [],
    })),
    edges: edges.map(([a, b], i) => ({
      group: 'edges' as const,
      data: { id: `e${i}`, source: `n${a}`, target: `n${b}`, kind: 'DEPENDS_ON', width: 1, attributes: {} },
      classes: [],
    })),
  } as unknown as GraphElements;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('spectralPlacement', () => {
  // a path of 60 nodes, a triangle, two isolated nodes
  const path = Array.from({ length: 59 }, (_, i) => [i, i + 1] as [number, number]);
  const elements = graph(65, [...path, [60, 61], [61, 62], [62, 60]]);
  const positions = spectralPlacement(elements);

  it('places every node at a finite position, the same for the same graph', () => {
    expect(Object.keys(positions)).toHaveLength(65);
    expect(Object.values(positions).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(spectralPlacement(elements)).toEqual(positions);
  });

  it('keeps hop distances: neighbours on the path closer than its ends', () => {
    const near = distance(positions['n10'], positions['n11']);
    const far = distance(positions['n0'], positions['n59']);
    expect(far).toBeGreaterThan(10 * near);
  });

  it('packs components apart from each other, biggest first', () => {
    const xs = Array.from({ length: 60 }, (_, i) => positions[`n${i}`].x);
    const ys = Array.from({ length: 60 }, (_, i) => positions[`n${i}`].y);
    const inside = (p: { x: number; y: number }) =>
      p.x >= Math.min(...xs) && p.x <= Math.max(...xs) && p.y >= Math.min(...ys) && p.y <= Math.max(...ys);
    for (const id of ['n60', 'n61', 'n62', 'n63', 'n64']) expect(inside(positions[id])).toBe(false);
    expect(distance(positions['n63'], positions['n64'])).toBeGreaterThan(50);
  });
});
