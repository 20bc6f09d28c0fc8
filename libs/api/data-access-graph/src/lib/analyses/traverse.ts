import { rows, type Tx } from '../graph';
import { toSafeNumber } from '../values';

/** A node one traversal reached: how deep, and from which node one level closer to the start. */
export interface Reached {
  readonly id: string;
  readonly name: string | null;
  readonly depth: number;
  readonly via: string;
  /** the weight of the relationship from `via`, when the statement returns one */
  readonly weight: number | null;
}

export interface Traversal {
  readonly reached: ReadonlyMap<string, Reached>;
  /** nodes lie beyond maxDepth (only known when asked to look ahead) */
  readonly more: boolean;
}

interface LevelRow {
  readonly via: string;
  readonly id: string;
  readonly name: string | null;
  readonly weight?: unknown;
}

export interface TraverseOptions {
  readonly maxDepth: number;
  /** stop after the first level that reaches one of these */
  readonly stopAt?: ReadonlySet<string>;
  /** one more level to learn whether anything lies beyond maxDepth */
  readonly lookAhead?: boolean;
}

/**
 * Breadth first, one statement per level (`$ids` the level's ids), so each node gets its shortest depth and
 * the depth limit stays a parameter. Ties go to the smallest ids, so answers are deterministic.
 */
export async function traverse(
  tx: Tx,
  statement: string,
  start: readonly string[],
  options: TraverseOptions,
): Promise<Traversal> {
  const reached = new Map<string, Reached>();
  const seen = new Set(start);
  let frontier = [...seen].sort();
  const lastDepth = options.maxDepth + (options.lookAhead ? 1 : 0);
  for (let depth = 1; frontier.length > 0 && depth <= lastDepth; depth++) {
    const level = (await rows<LevelRow>(tx, statement, { ids: frontier })).sort(
      (a, b) => compare(a.via, b.via) || compare(a.id, b.id),
    );
    const next: string[] = [];
    for (const row of level) {
      if (seen.has(row.id)) continue;
      if (depth > options.maxDepth) return { reached, more: true };
      seen.add(row.id);
      next.push(row.id);
      const weight = 'weight' in row ? weightOf(row.weight) : null;
      reached.set(row.id, { id: row.id, name: row.name, depth, via: row.via, weight });
    }
    if (options.stopAt && next.some((id) => options.stopAt?.has(id))) break;
    frontier = next.sort();
  }
  return { reached, more: false };
}

/** A DEPENDS_ON weight; a dependency without one counts once. */
export function weightOf(value: unknown): number {
  if (value === null || value === undefined) return 1;
  return toSafeNumber(value, 'DEPENDS_ON weight');
}

/** Code-point order, the same in every locale (ids are slugs). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
