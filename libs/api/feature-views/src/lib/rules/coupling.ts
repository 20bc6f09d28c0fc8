import type { ComponentData, StreamData } from '@streamscape/graph';
import { byId } from './finding';

export interface StreamCoupling {
  /** stream ids, a < b */
  readonly a: string;
  readonly b: string;
  /** weight of the dependencies between them, both directions */
  readonly weight: number;
  readonly dependencies: number;
  /** weight between them over the weight of every dependency in the domain touching either */
  readonly density: number;
}

export interface Coupling {
  /** weight of every dependency with both components in the domain */
  readonly totalWeight: number;
  /** of which between sub-streams */
  readonly crossWeight: number;
  /** crossWeight / totalWeight (0 without dependencies) */
  readonly density: number;
  readonly pairs: readonly StreamCoupling[];
}

interface Dependency {
  readonly from: ReadonlySet<string>;
  readonly to: ReadonlySet<string>;
  readonly weight: number;
}

/**
 * Coupling between the sub-streams of one domain. A component belongs to the streams that build it. A
 * dependency crosses sub-streams when its components share no stream and their streams are not one
 * inside the other: a parent stream integrating what its sub-streams build is the Assembly Line at work.
 */
export function coupling(
  streams: readonly Pick<StreamData, 'id' | 'parent'>[],
  components: readonly Pick<ComponentData, 'id' | 'builtIn' | 'dependsOn'>[],
): Coupling {
  const parent = new Map(
    streams.map((s) => [s.id, s.parent.kind === 'ValueStream' ? s.parent.id : null] as const),
  );
  const lineage = (id: string): Set<string> => {
    const seen = new Set<string>();
    for (let at: string | null | undefined = id; at && !seen.has(at); at = parent.get(at)) seen.add(at);
    return seen;
  };
  const lineages = new Map(streams.map((s) => [s.id, lineage(s.id)]));
  const nested = (x: string, y: string) => !!(lineages.get(x)?.has(y) || lineages.get(y)?.has(x));

  const streamsOf = new Map(components.map((c) => [c.id, new Set(c.builtIn.map((b) => b.stream))]));
  const dependencies: Dependency[] = components.flatMap((c) =>
    c.dependsOn
      .filter((d) => streamsOf.has(d.id))
      .map((d) => ({ from: streamsOf.get(c.id)!, to: streamsOf.get(d.id)!, weight: d.weight })),
  );

  let totalWeight = 0;
  let crossWeight = 0;
  const between = new Map<string, { a: string; b: string; weight: number; dependencies: number }>();
  for (const dep of dependencies) {
    totalWeight += dep.weight;
    if ([...dep.from].some((s) => dep.to.has(s))) continue;
    const keys = new Set<string>();
    for (const x of dep.from) {
      for (const y of dep.to) {
        if (!nested(x, y)) keys.add(x < y ? `${x}\n${y}` : `${y}\n${x}`);
      }
    }
    if (keys.size) crossWeight += dep.weight;
    for (const key of keys) {
      const [a, b] = key.split('\n');
      const pair = between.get(key) ?? { a, b, weight: 0, dependencies: 0 };
      pair.weight += dep.weight;
      pair.dependencies += 1;
      between.set(key, pair);
    }
  }

  const pairs = [...between.values()]
    .map((pair) => {
      const around = dependencies
        .filter((d) => [pair.a, pair.b].some((s) => d.from.has(s) || d.to.has(s)))
        .reduce((sum, d) => sum + d.weight, 0);
      return { ...pair, density: around ? pair.weight / around : 0 };
    })
    .sort((p, q) => byId(p.a, q.a) || byId(p.b, q.b));
  return { totalWeight, crossWeight, density: totalWeight ? crossWeight / totalWeight : 0, pairs };
}
