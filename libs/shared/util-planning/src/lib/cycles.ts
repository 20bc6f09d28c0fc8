import { byId } from './plan';

/**
 * The cycles of a directed graph: Tarjan's strongly connected components, iteratively (a plan of
 * thousands of steps in one chain must not exhaust the call stack). A component of two or more nodes
 * is a cycle, and so is a node that points to itself. Each cycle lists its nodes sorted; the cycles
 * are sorted by their first node.
 *
 * @param nodes the node ids
 * @param next  the successors of a node (ids not in `nodes` are ignored)
 */
export function findCycles(nodes: readonly string[], next: (id: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const known = new Set(nodes);
  let counter = 0;

  for (const root of nodes) {
    if (index.has(root)) continue;
    // each frame: a node and the position in its successor list
    const frames: { id: string; succ: readonly string[]; i: number }[] = [];
    const open = (id: string): void => {
      index.set(id, counter);
      low.set(id, counter);
      counter++;
      stack.push(id);
      onStack.add(id);
      frames.push({ id, succ: next(id).filter((s) => known.has(s)), i: 0 });
    };
    open(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame.i < frame.succ.length) {
        const w = frame.succ[frame.i++];
        if (!index.has(w)) open(w);
        else if (onStack.has(w)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(w)!));
        continue;
      }
      frames.pop();
      const v = frame.id;
      if (frames.length > 0) {
        const parent = frames[frames.length - 1].id;
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1 || frame.succ.includes(v)) cycles.push(component.sort(byId));
      }
    }
  }
  return cycles.sort((a, b) => byId(a[0], b[0]));
}
