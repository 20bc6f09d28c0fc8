export interface Cycles {
  /** each elementary cycle once, starting at its smallest id, in dependency order */
  readonly cycles: string[][];
  /** there are more than the limit */
  readonly truncated: boolean;
}

/**
 * The elementary cycles of a directed graph, at most `limit` of them (Johnson's algorithm, iterative so that
 * long cycles cannot overflow the stack). It takes the strongly connected component holding the smallest
 * vertex left, finds the cycles through that vertex, removes it and splits what remains of the component
 * again, so a vertex on no further cycle costs nothing. Each cycle is found once, from its smallest vertex.
 * Deterministic: vertices and neighbours in code-point order.
 */
export function findCycles(edges: readonly { from: string; to: string }[], limit: number): Cycles {
  const adjacency = adjacencyOf(edges);
  const cyclic = (component: readonly string[]) =>
    component.length > 1 || (adjacency.get(component[0]) ?? []).includes(component[0]);
  const split = (vertices: Iterable<string>) =>
    stronglyConnected(adjacency, new Set(vertices))
      .filter(cyclic)
      .map((component) => [...component].sort(compare));
  const cycles: string[][] = [];
  // each pending component sorted, the list ordered by smallest vertex: the next start is pending[0][0]
  const pending = split(adjacency.keys());
  while (pending.length > 0) {
    pending.sort((a, b) => compare(a[0], b[0]));
    const [start, ...rest] = pending.shift() as string[];
    const members = new Set(rest).add(start);
    if (!circuitsFrom(start, adjacency, (v) => members.has(v), cycles, limit + 1)) {
      return { cycles: cycles.slice(0, limit).sort(byLengthThenIds), truncated: true };
    }
    pending.push(...split(rest));
  }
  return { cycles: cycles.sort(byLengthThenIds), truncated: false };
}

/** Johnson's CIRCUIT from `start`; false once `cap` cycles are collected. */
function circuitsFrom(
  start: string,
  adjacency: ReadonlyMap<string, readonly string[]>,
  allowed: (v: string) => boolean,
  cycles: string[][],
  cap: number,
): boolean {
  const blocked = new Set<string>([start]);
  const blockedBy = new Map<string, Set<string>>();
  const neighbours = (v: string) => (adjacency.get(v) ?? []).filter(allowed);
  const path = [start];
  const frames = [{ vertex: start, next: neighbours(start), index: 0, closed: false }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame.index < frame.next.length) {
      const w = frame.next[frame.index++];
      if (w === start) {
        cycles.push([...path]);
        frame.closed = true;
        if (cycles.length >= cap) return false;
      } else if (!blocked.has(w)) {
        path.push(w);
        blocked.add(w);
        frames.push({ vertex: w, next: neighbours(w), index: 0, closed: false });
      }
      continue;
    }
    frames.pop();
    path.pop();
    if (frame.closed) unblock(frame.vertex, blocked, blockedBy);
    else {
      for (const w of frame.next) {
        const waiting = blockedBy.get(w) ?? new Set<string>();
        waiting.add(frame.vertex);
        blockedBy.set(w, waiting);
      }
    }
    const parent = frames[frames.length - 1];
    if (parent && frame.closed) parent.closed = true;
  }
  return true;
}

function unblock(vertex: string, blocked: Set<string>, blockedBy: Map<string, Set<string>>): void {
  const pending = [vertex];
  while (pending.length > 0) {
    const v = pending.pop() as string;
    if (!blocked.delete(v)) continue;
    const waiting = blockedBy.get(v);
    if (!waiting) continue;
    pending.push(...waiting);
    waiting.clear();
  }
}

/** Tarjan's strongly connected components of the subgraph on `vertices` (default: all), iterative. */
export function stronglyConnected(
  adjacency: ReadonlyMap<string, readonly string[]>,
  vertices: ReadonlySet<string> = new Set(adjacency.keys()),
): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const successors = (v: string) => (adjacency.get(v) ?? []).filter((w) => vertices.has(w));
  for (const root of [...vertices].sort(compare)) {
    if (index.has(root)) continue;
    const frames: { vertex: string; next: readonly string[]; index: number }[] = [
      { vertex: root, next: successors(root), index: 0 },
    ];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame.index < frame.next.length) {
        const w = frame.next[frame.index++];
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          frames.push({ vertex: w, next: successors(w), index: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.vertex, Math.min(low.get(frame.vertex) as number, index.get(w) as number));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent)
        low.set(parent.vertex, Math.min(low.get(parent.vertex) as number, low.get(frame.vertex) as number));
      if (low.get(frame.vertex) === index.get(frame.vertex)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop() as string;
          onStack.delete(w);
          component.push(w);
        } while (w !== frame.vertex);
        components.push(component);
      }
    }
  }
  return components;
}

/** Each vertex with its distinct successors, in code-point order (every vertex a key). */
function adjacencyOf(edges: readonly { from: string; to: string }[]): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (!sets.has(from)) sets.set(from, new Set());
    if (!sets.has(to)) sets.set(to, new Set());
    sets.get(from)?.add(to);
  }
  return new Map([...sets].map(([v, next]) => [v, [...next].sort(compare)]));
}

function byLengthThenIds(a: readonly string[], b: readonly string[]): number {
  return a.length - b.length || compare(a.join('\u0000'), b.join('\u0000'));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
