import { layoutKey, readPositions, writePositions } from './layout-cache';
import type { GraphElements } from './types';

function graph(ids: string[], edges: [string, string][] = []): GraphElements {
  return {
    nodes: ids.map((id) => ({
      group: 'nodes',
      data: { id, label: id, kind: 'STAGE', tags: [], attributes: {} },
      classes: [],
    })),
    edges: edges.map(([source, target]) => ({
      group: 'edges',
      data: {
        id: `${source}-${target}`,
        source,
        target,
        kind: 'FLOWS_TO',
        weight: 1,
        width: 1,
        attributes: {},
      },
      classes: [],
    })),
  };
}

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
}

describe('layout cache', () => {
  it('keys by layout and structure', () => {
    const a = graph(['a', 'b'], [['a', 'b']]);
    expect(layoutKey(a, 'fcose')).toBe(layoutKey(graph(['a', 'b'], [['a', 'b']]), 'fcose'));
    expect(layoutKey(a, 'fcose')).not.toBe(layoutKey(a, 'dagre-lr'));
    expect(layoutKey(a, 'fcose')).not.toBe(layoutKey(graph(['a', 'b'], [['b', 'a']]), 'fcose'));
    expect(layoutKey(a, 'fcose')).not.toBe(layoutKey(graph(['a', 'c'], [['a', 'c']]), 'fcose'));
  });

  it('gives positions back only when every node has one', () => {
    const storage = new MemoryStorage();
    writePositions(storage, 'k', { a: { x: 1.26, y: 2 }, b: { x: 3, y: 4 } });
    expect(readPositions(storage, 'k', ['a', 'b'])).toEqual({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
    expect(readPositions(storage, 'k', ['a', 'b', 'c'])).toBeNull();
    expect(readPositions(storage, 'missing', ['a'])).toBeNull();
    expect(readPositions(undefined, 'k', ['a'])).toBeNull();
  });

  it('survives a full storage and broken entries', () => {
    const storage = new MemoryStorage(10);
    storage.setItem('streamscape.layout.old', '1');
    expect(() => writePositions(storage, 'k', { a: { x: 1, y: 2 } })).not.toThrow();
    expect(storage.getItem('streamscape.layout.old')).toBeNull();
    storage.setItem('bad', '{');
    expect(readPositions(storage, 'bad', ['a'])).toBeNull();
  });
});
