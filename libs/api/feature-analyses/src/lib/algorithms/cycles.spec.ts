import { findCycles, stronglyConnected } from './cycles';

const edges = (...pairs: string[]) =>
  pairs.map((pair) => {
    const [from, to] = pair.split('>');
    return { from, to };
  });

describe('findCycles', () => {
  it('finds each elementary cycle once, from its smallest id, shortest first', () => {
    // a 3-cycle and a 2-cycle sharing b, a self-loop, and a chain leading into them
    const graph = edges('a>b', 'b>c', 'c>a', 'b>d', 'd>b', 'x>a', 'e>e', 'x>y');
    expect(findCycles(graph, 100)).toEqual({
      cycles: [['e'], ['b', 'd'], ['a', 'b', 'c']],
      truncated: false,
    });
  });

  it('finds nothing in a graph without cycles, and ignores repeated edges', () => {
    expect(findCycles(edges('a>b', 'b>c', 'a>c', 'a>b'), 10)).toEqual({ cycles: [], truncated: false });
  });

  it('finds every cycle of a complete graph', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const complete = ids.flatMap((from) => ids.filter((to) => to !== from).map((to) => ({ from, to })));
    // 6 of length 2, 8 of length 3, 6 of length 4
    const { cycles } = findCycles(complete, 100);
    expect(cycles).toHaveLength(20);
    expect(new Set(cycles.map((c) => c.join(' '))).size).toBe(20);
    expect(cycles.every((c) => c[0] === [...c].sort()[0])).toBe(true);
  });

  it('stops at the limit and says so', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const complete = ids.flatMap((from) => ids.filter((to) => to !== from).map((to) => ({ from, to })));
    const { cycles, truncated } = findCycles(complete, 5);
    expect(cycles).toHaveLength(5);
    expect(truncated).toBe(true);
    expect(findCycles(edges('a>b', 'b>a'), 1)).toEqual({ cycles: [['a', 'b']], truncated: false });
  });

  it('walks a cycle of 20 000 components without overflowing the stack', () => {
    const n = 20_000;
    const ring = Array.from({ length: n }, (_, i) => ({ from: `c${i}`, to: `c${(i + 1) % n}` }));
    const { cycles } = findCycles(ring, 10);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n);
  });
});

describe('stronglyConnected', () => {
  it('groups vertices that reach each other', () => {
    const adjacency = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', []],
    ]);
    expect(stronglyConnected(adjacency).map((c) => c.sort())).toEqual([['c'], ['a', 'b']]);
  });
});
