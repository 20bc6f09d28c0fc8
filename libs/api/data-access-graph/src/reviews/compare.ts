import { entityKey } from './entity-table';
import type { ComparableSnapshot, EntityRow, FrozenFinding, MetricRow } from './types';

export interface EntityRef {
  readonly kind: string;
  readonly id: string;
  readonly name: string | null;
}

export interface EntityChange extends EntityRef {
  /** the fields (properties or reference fields) that were added, removed or changed, sorted */
  readonly fields: readonly string[];
}

export interface FindingRef {
  readonly id: string;
  readonly severity: string | null;
  readonly title: string;
}

export interface MetricMove {
  /** the view node id, `stage:edu-build` */
  readonly node: string;
  readonly kind: string;
  readonly label: string;
  readonly metric: string;
  readonly before: number | null;
  readonly after: number | null;
  /** after - before; null when either side has no value */
  readonly delta: number | null;
}

export interface KindCount {
  readonly kind: string;
  readonly before: number;
  readonly after: number;
}

export interface SnapshotComparison {
  readonly from: string;
  readonly to: string;
  readonly added: readonly EntityRef[];
  readonly removed: readonly EntityRef[];
  readonly changed: readonly EntityChange[];
  readonly findingsAppeared: readonly FindingRef[];
  readonly findingsDisappeared: readonly FindingRef[];
  /** only the values that moved (a value that appeared or went counts as moved) */
  readonly metricMoves: readonly MetricMove[];
  readonly entityCounts: readonly KindCount[];
}

/** Float noise from the engine's divisions is not a move. */
const round = (n: number) => Math.round(n * 1e9) / 1e9;

const ref = (e: EntityRow): EntityRef => ({ kind: e.kind, id: e.id, name: e.name });
const findingRef = (f: FrozenFinding): FindingRef => ({ id: f.id, severity: f.severity, title: f.title });
const byKey = <T extends { kind: string; id: string }>(a: T, b: T) =>
  entityKey(a) < entityKey(b) ? -1 : entityKey(a) > entityKey(b) ? 1 : 0;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What changed from snapshot `a` (the earlier) to `b`: entities added, removed and changed (naming the
 * fields), findings that appeared or disappeared (by id: a rule's finding keeps its id while its subjects
 * stay), and every metric value per view node that moved. Pure: the graph layer reads the tables.
 */
export function compareSnapshots(a: ComparableSnapshot, b: ComparableSnapshot): SnapshotComparison {
  const before = new Map(a.entities.map((e) => [entityKey(e), e]));
  const after = new Map(b.entities.map((e) => [entityKey(e), e]));
  const added = b.entities.filter((e) => !before.has(entityKey(e))).map(ref);
  const removed = a.entities.filter((e) => !after.has(entityKey(e))).map(ref);
  const changed: EntityChange[] = [];
  for (const e of b.entities) {
    const old = before.get(entityKey(e));
    if (!old || old.hash === e.hash) continue;
    const names = new Set([...Object.keys(old.fields), ...Object.keys(e.fields)]);
    const fields = [...names].filter((f) => old.fields[f] !== e.fields[f]).sort();
    changed.push({ ...ref(e), fields });
  }

  const findingsBefore = new Set(a.findings.map((f) => f.id));
  const findingsAfter = new Set(b.findings.map((f) => f.id));

  return {
    from: a.reviewId,
    to: b.reviewId,
    added: added.sort(byKey),
    removed: removed.sort(byKey),
    changed: changed.sort(byKey),
    findingsAppeared: b.findings
      .filter((f) => !findingsBefore.has(f.id))
      .map(findingRef)
      .sort(byId),
    findingsDisappeared: a.findings
      .filter((f) => !findingsAfter.has(f.id))
      .map(findingRef)
      .sort(byId),
    metricMoves: metricMoves(a.metrics, b.metrics),
    entityCounts: entityCounts(a.entities, b.entities),
  };
}

function metricMoves(a: readonly MetricRow[], b: readonly MetricRow[]): MetricMove[] {
  const before = new Map(a.map((r) => [r.node, r]));
  const after = new Map(b.map((r) => [r.node, r]));
  const nodes = [...new Set([...before.keys(), ...after.keys()])].sort();
  const moves: MetricMove[] = [];
  for (const node of nodes) {
    const x = before.get(node);
    const y = after.get(node);
    const row = (y ?? x)!;
    const metrics = [...new Set([...Object.keys(x?.values ?? {}), ...Object.keys(y?.values ?? {})])].sort();
    for (const metric of metrics) {
      const from = x?.values[metric] ?? null;
      const to = y?.values[metric] ?? null;
      if (from === to || (from !== null && to !== null && round(from) === round(to))) continue;
      moves.push({
        node,
        kind: row.kind,
        label: row.label,
        metric,
        before: from,
        after: to,
        delta: from !== null && to !== null ? round(to - from) : null,
      });
    }
  }
  return moves;
}

function entityCounts(a: readonly EntityRow[], b: readonly EntityRow[]): KindCount[] {
  const counts = new Map<string, { before: number; after: number }>();
  const count = (kind: string) => {
    let c = counts.get(kind);
    if (!c) counts.set(kind, (c = { before: 0, after: 0 }));
    return c;
  };
  for (const e of a) count(e.kind).before++;
  for (const e of b) count(e.kind).after++;
  return [...counts.entries()]
    .map(([kind, c]) => ({ kind, ...c }))
    .sort((x, y) => (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
}
