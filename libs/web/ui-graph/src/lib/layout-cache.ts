import type { GraphElements } from './types';

export type Positions = Record<string, { x: number; y: number }>;

/** Bumped whenever layout options change, so that positions of an older layout are not reused. */
const VERSION = 'v1';
const PREFIX = 'streamscape.layout.';
/** sessionStorage holds about 5 MB: positions of bigger graphs are not kept. */
const MAX_CACHED_NODES = 20000;

/** FNV-1a over the graph's structure: the same view with the same data gives the same key. */
export function layoutKey(elements: GraphElements, layout: string): string {
  let h = 0x811c9dc5;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 10;
    h = Math.imul(h, 0x01000193);
  };
  add(layout);
  for (const n of elements.nodes) add(`${n.data.id}<${n.data.parent ?? ''}`);
  for (const e of elements.edges) add(`${e.data.source}>${e.data.target}`);
  return `${PREFIX}${VERSION}.${layout}.${elements.nodes.length}.${(h >>> 0).toString(36)}`;
}

/** Cached positions when every node has one; anything less runs the layout. */
export function readPositions(storage: Storage | undefined, key: string, nodeIds: readonly string[]) {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const positions = JSON.parse(raw) as Positions;
    return nodeIds.every((id) => positions[id]) ? positions : null;
  } catch {
    return null;
  }
}

export function writePositions(storage: Storage | undefined, key: string, positions: Positions): void {
  if (!storage || Object.keys(positions).length > MAX_CACHED_NODES) return;
  const rounded: Positions = {};
  for (const [id, p] of Object.entries(positions)) {
    rounded[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  }
  try {
    storage.setItem(key, JSON.stringify(rounded));
  } catch {
    // storage full or refused (private mode): the next visit lays out again, that is all
    dropOldLayouts(storage);
  }
}

function dropOldLayouts(storage: Storage): void {
  for (let i = storage.length - 1; i >= 0; i--) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) storage.removeItem(key);
  }
}
