export interface WeightedEdge {
  /** the component that depends */
  readonly from: string;
  /** the component it depends on */
  readonly to: string;
  readonly weight: number;
}

export interface Centrality {
  readonly id: string;
  /** components that depend on this one */
  readonly inDegree: number;
  /** components this one depends on */
  readonly outDegree: number;
  readonly weightedInDegree: number;
  readonly weightedOutDegree: number;
  /** weightedInDegree + weightedOutDegree */
  readonly weightedDegree: number;
  /** the share of importance flowing to it along dependencies (all scores add up to 1) */
  readonly pageRank: number;
}

export const PAGE_RANK_DAMPING = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-10;

/**
 * Degree and weighted PageRank of every component. A dependency passes importance from the component that
 * depends to the one it depends on, in proportion to its weight; components without dependencies spread
 * theirs evenly, so the scores add up to 1.
 */
export function centrality(ids: readonly string[], edges: readonly WeightedEdge[]): Centrality[] {
  const position = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const inDegree = new Array<number>(n).fill(0);
  const outDegree = new Array<number>(n).fill(0);
  const weightedIn = new Array<number>(n).fill(0);
  const weightedOut = new Array<number>(n).fill(0);
  const known = edges.filter((e) => position.has(e.from) && position.has(e.to));
  for (const e of known) {
    const from = position.get(e.from) as number;
    const to = position.get(e.to) as number;
    outDegree[from]++;
    inDegree[to]++;
    weightedOut[from] += e.weight;
    weightedIn[to] += e.weight;
  }
  // a negative weight cannot carry importance: PageRank counts it as none
  const flows = known.map(
    (e) => [position.get(e.from) as number, position.get(e.to) as number, Math.max(0, e.weight)] as const,
  );
  const rank = pageRank(n, flows);
  return ids.map((id, i) => ({
    id,
    inDegree: inDegree[i],
    outDegree: outDegree[i],
    weightedInDegree: weightedIn[i],
    weightedOutDegree: weightedOut[i],
    weightedDegree: weightedIn[i] + weightedOut[i],
    pageRank: rank[i],
  }));
}

function pageRank(n: number, edges: readonly (readonly [number, number, number])[]): number[] {
  if (n === 0) return [];
  const outflow = new Array<number>(n).fill(0);
  for (const [from, , weight] of edges) outflow[from] += weight;
  let rank = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    // a component whose dependencies weigh nothing (none, or weight 0) passes its share to everyone
    let dangling = 0;
    for (let i = 0; i < n; i++) if (outflow[i] <= 0) dangling += rank[i];
    const next = new Array<number>(n).fill((1 - PAGE_RANK_DAMPING) / n + (PAGE_RANK_DAMPING * dangling) / n);
    for (const [from, to, weight] of edges) {
      if (outflow[from] > 0) next[to] += (PAGE_RANK_DAMPING * rank[from] * weight) / outflow[from];
    }
    const change = next.reduce((sum, value, i) => sum + Math.abs(value - rank[i]), 0);
    rank = next;
    if (change < TOLERANCE) break;
  }
  return rank;
}
