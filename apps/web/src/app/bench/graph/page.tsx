import type { Metadata } from 'next';
import { BenchGraph } from './bench-graph';

export const metadata: Metadata = { title: 'Benchmark graph', robots: { index: false } };

type Search = Record<string, string | string[] | undefined>;

function count(value: string | string[] | undefined, fallback: number, max: number): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isFinite(n) && n >= 0 ? Math.min(Math.floor(n), max) : fallback;
}

/**
 * BENCHMARK PAGE, not a view: `/bench/graph?nodes=5000&edges=10000` draws a generated graph,
 * `/bench/graph?shape=domain&elements=2000` a generated domain design, so that `npm run bench:web` can time
 * the graph at sizes the demo landscape does not reach. It reads no landscape data.
 */
export default async function BenchGraphPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  return (
    <BenchGraph
      shape={params['shape'] === 'domain' ? 'domain' : 'random'}
      nodes={count(params['nodes'], 5000, 50000)}
      edges={count(params['edges'], 10000, 100000)}
      elements={count(params['elements'], 2000, 50000)}
      seed={count(params['seed'], 42, 2 ** 31)}
    />
  );
}
