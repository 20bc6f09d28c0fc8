import type { Positions } from './layout-cache';
import type { GraphElements } from './types';

/** Pivots per component: BFS from each, so the cost is pivots x (nodes + edges). */
const PIVOTS = 40;
/** Room per node in the picture (px): the drawing is scaled to about this much area per node. */
const SPACING = 80;
/** Between components packed in rows. */
const GAP = 120;

/**
 * Positions for a big graph without compounds in one pass, no force simulation: Pivot MDS (Brandes & Pich),
 * the method of fcose's spectral "draft" step, on hop distances from a few far-apart pivot nodes. Each
 * connected component is placed on its own, the components packed in rows, biggest first. 5,000 nodes and
 * 10,000 edges take tens of milliseconds instead of about two seconds of fcose's draft in the browser. A
 * fixed seed keeps the picture the same from visit to visit.
 */
export function spectralPlacement(elements: GraphElements, seed = 1): Positions {
  const ids = elements.nodes.map((n) => n.data.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const n = ids.length;
  // adjacency as compressed rows, undirected, self-loops and edges to unknown nodes left out
  const degree = new Int32Array(n + 1);
  const pairs: number[] = [];
  for (const e of elements.edges) {
    const a = index.get(e.data.source);
    const b = index.get(e.data.target);
    if (a === undefined || b === undefined || a === b) continue;
    pairs.push(a, b);
    degree[a]++;
    degree[b]++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i] + degree[i];
  const fill = start.slice(0, n);
  const adjacent = new Int32Array(pairs.length);
  for (let p = 0; p < pairs.length; p += 2) {
    adjacent[fill[pairs[p]]++] = pairs[p + 1];
    adjacent[fill[pairs[p + 1]]++] = pairs[p];
  }

  // connected components, biggest first
  const component = new Int32Array(n).fill(-1);
  const components: number[][] = [];
  for (let s = 0; s < n; s++) {
    if (component[s] >= 0) continue;
    const members = [s];
    component[s] = components.length;
    for (let q = 0; q < members.length; q++) {
      const v = members[q];
      for (let j = start[v]; j < start[v + 1]; j++) {
        const w = adjacent[j];
        if (component[w] < 0) {
          component[w] = components.length;
          members.push(w);
        }
      }
    }
    components.push(members);
  }
  components.sort((a, b) => b.length - a.length);

  const random = seededRandom(seed);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const localOf = new Int32Array(n);
  const boxes = components.map((members) => placeComponent(members, start, adjacent, localOf, x, y, random));

  // rows as wide as the biggest component (or a square of all of them, when that is wider)
  const area = boxes.reduce((sum, b) => sum + (b.w + GAP) * (b.h + GAP), 0);
  const rowWidth = Math.max(boxes[0]?.w ?? 0, Math.sqrt(area));
  const positions: Positions = {};
  let cx = 0;
  let cy = 0;
  let rowHeight = 0;
  components.forEach((members, c) => {
    const box = boxes[c];
    if (cx > 0 && cx + box.w > rowWidth) {
      cx = 0;
      cy += rowHeight + GAP;
      rowHeight = 0;
    }
    for (const v of members) {
      positions[ids[v]] = { x: Math.round(x[v] - box.x + cx), y: Math.round(y[v] - box.y + cy) };
    }
    cx += box.w + GAP;
    rowHeight = Math.max(rowHeight, box.h);
  });
  return positions;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Pivot MDS of one component into x/y; returns its bounding box. */
function placeComponent(
  members: number[],
  start: Int32Array,
  adjacent: Int32Array,
  /** scratch: a node's index within its component */
  localOf: Int32Array,
  x: Float64Array,
  y: Float64Array,
  random: () => number,
): Box {
  const size = members.length;
  if (size <= 3) {
    members.forEach((v, i) => {
      x[v] = i * SPACING;
      y[v] = 0;
    });
    return { x: 0, y: 0, w: (size - 1) * SPACING, h: 0 };
  }
  members.forEach((v, i) => (localOf[v] = i));
  const k = Math.min(PIVOTS, size);
  // squared hop distances from each pivot (column p of the n x k matrix), pivots chosen far apart
  const d2 = new Float64Array(size * k);
  const nearest = new Float64Array(size).fill(Infinity);
  const dist = new Int32Array(size);
  const queue = new Int32Array(size);
  let pivot = Math.floor(random() * size);
  for (let p = 0; p < k; p++) {
    dist.fill(-1);
    dist[pivot] = 0;
    queue[0] = pivot;
    for (let head = 0, tail = 1; head < tail; head++) {
      const v = queue[head];
      const global = members[v];
      for (let j = start[global]; j < start[global + 1]; j++) {
        const w = localOf[adjacent[j]];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue[tail++] = w;
        }
      }
    }
    let far = 0;
    for (let i = 0; i < size; i++) {
      const d = dist[i];
      d2[i * k + p] = d * d;
      if (d < nearest[i]) nearest[i] = d;
      if (nearest[i] > nearest[far]) far = i;
    }
    pivot = far;
  }
  // double centring
  const rowMean = new Float64Array(size);
  const colMean = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < size; i++) {
    for (let p = 0; p < k; p++) {
      const v = d2[i * k + p];
      rowMean[i] += v / k;
      colMean[p] += v / size;
      total += v;
    }
  }
  total /= size * k;
  for (let i = 0; i < size; i++) {
    for (let p = 0; p < k; p++) d2[i * k + p] = -0.5 * (d2[i * k + p] - rowMean[i] - colMean[p] + total);
  }
  // the two leading eigenvectors of C^T C (k x k) by power iteration, the second kept orthogonal to the first
  const ctc = new Float64Array(k * k);
  for (let i = 0; i < size; i++) {
    const row = i * k;
    for (let a = 0; a < k; a++) {
      const va = d2[row + a];
      if (va === 0) continue;
      for (let b = a; b < k; b++) ctc[a * k + b] += va * d2[row + b];
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) ctc[a * k + b] = ctc[b * k + a];
  const first = powerIteration(ctc, k, null, random);
  const second = powerIteration(ctc, k, first, random);
  for (let i = 0; i < size; i++) {
    let px = 0;
    let py = 0;
    for (let p = 0; p < k; p++) {
      px += d2[i * k + p] * first[p];
      py += d2[i * k + p] * second[p];
    }
    x[members[i]] = px;
    y[members[i]] = py;
  }
  // scale to about SPACING^2 of area per node; nodes at the same spot (leaves of one hub) are spread a little
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const v of members) {
    minX = Math.min(minX, x[v]);
    maxX = Math.max(maxX, x[v]);
    minY = Math.min(minY, y[v]);
    maxY = Math.max(maxY, y[v]);
  }
  const side = SPACING * Math.sqrt(size);
  const sx = maxX > minX ? side / (maxX - minX) : 0;
  const sy = maxY > minY ? side / (maxY - minY) : 0;
  const jitter = SPACING / 2;
  for (const v of members) {
    x[v] = (x[v] - minX) * sx + (random() - 0.5) * jitter;
    y[v] = (y[v] - minY) * sy + (random() - 0.5) * jitter;
  }
  return { x: -jitter / 2, y: -jitter / 2, w: side + jitter, h: side + jitter };
}

function powerIteration(
  matrix: Float64Array,
  k: number,
  orthogonalTo: Float64Array | null,
  random: () => number,
): Float64Array {
  let v = new Float64Array(k).map(() => random() - 0.5);
  const next = new Float64Array(k);
  for (let iteration = 0; iteration < 100; iteration++) {
    if (orthogonalTo) {
      let dot = 0;
      for (let a = 0; a < k; a++) dot += v[a] * orthogonalTo[a];
      for (let a = 0; a < k; a++) v[a] -= dot * orthogonalTo[a];
    }
    let norm = 0;
    for (let a = 0; a < k; a++) {
      let sum = 0;
      for (let b = 0; b < k; b++) sum += matrix[a * k + b] * v[b];
      next[a] = sum;
      norm += sum * sum;
    }
    norm = Math.sqrt(norm);
    if (norm === 0) break;
    let change = 0;
    for (let a = 0; a < k; a++) {
      const value = next[a] / norm;
      change += Math.abs(value - v[a]);
      v[a] = value;
    }
    if (change < 1e-7) break;
  }
  if (orthogonalTo) {
    let dot = 0;
    for (let a = 0; a < k; a++) dot += v[a] * orthogonalTo[a];
    v = v.map((value, a) => value - dot * orthogonalTo[a]);
  }
  return v;
}

/** A repeatable stream of numbers in [0, 1) (xorshift32): the same seed, the same picture. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}
