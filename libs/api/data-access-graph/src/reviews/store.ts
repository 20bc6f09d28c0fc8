import neo4j from 'neo4j-driver';
import { kebab, type KindName } from '@streamscape/domain';
import type { Entity } from '@streamscape/landscape';
import { rows, type Tx } from '../lib/graph';
import { findEntities } from '../lib/entities';
import { readEntities } from '../lib/landscape-store';
import { toSafeNumber } from '../lib/values';
import { packJson, unpackJson } from './codec';
import { reviewsCypher as cypher } from './cypher';
import { entityTable } from './entity-table';
import type {
  ComparableSnapshot,
  EntityRow,
  FrozenDecision,
  FrozenFinding,
  MetricRow,
  NewReview,
  ReviewRecord,
  ReviewViewer,
  SnapshotViews,
} from './types';

/** The packed parts of a snapshot, each a node property read on its own. */
export interface SnapshotParts {
  readonly views: SnapshotViews;
  readonly entities: EntityRow[];
  readonly metrics: MetricRow[];
  readonly findings: FrozenFinding[];
  readonly decisions: FrozenDecision[];
}
export type SnapshotPart = keyof SnapshotParts;

export type WriteReviewOutcome =
  | { readonly ok: true; readonly review: ReviewRecord }
  | { readonly ok: false; readonly reason: 'exists' }
  | { readonly ok: false; readonly reason: 'unknown-decisions'; readonly ids: readonly string[] };

type Row = Record<string, unknown>;

const iso = (ms: unknown, what: string) => new Date(toSafeNumber(ms, what)).toISOString();
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

function record(r: Row): ReviewRecord {
  return {
    id: String(r['id']),
    name: String(r['name']),
    heldOn: String(r['heldOn']),
    description:
      r['description'] === null || r['description'] === undefined ? null : String(r['description']),
    audience: { roles: strings(r['roles']), groups: strings(r['groups']) },
    createdBy: String(r['createdBy']),
    createdAt: iso(r['createdAtMs'], 'review createdAt'),
    decisionIds: strings(r['decisionIds']).sort(),
    snapshot: {
      takenAt: iso(r['takenAtMs'], 'snapshot takenAt'),
      windowFrom: iso(r['windowFromMs'], 'snapshot window'),
      windowTo: iso(r['windowToMs'], 'snapshot window'),
      entityCount: toSafeNumber(r['entityCount'], 'snapshot entity count'),
      findingCount: toSafeNumber(r['findingCount'], 'snapshot finding count'),
      storedBytes: toSafeNumber(r['storedBytes'], 'snapshot size'),
    },
  };
}

/** A decision entity as the review freezes it: its fields and what it is about, as references. */
export function frozenDecision(e: Entity): FrozenDecision {
  const text = (name: string): string | null => {
    const v = e.props[name];
    if (v === undefined || v === null) return null;
    return typeof v === 'object' && !Array.isArray(v) ? String(v.value) : String(v);
  };
  return {
    id: e.id,
    name: text('name'),
    date: text('date'),
    outcome: text('outcome'),
    rationale: text('rationale'),
    about: e.rels
      .filter((r) => r.field === 'about')
      .map((r) => `${kebab(r.target.kind)}:${r.target.id}`)
      .sort(),
  };
}

/**
 * Why a review could not be created with this id and these decisions, or null when it can. The service asks
 * before freezing the views (cheap refusals), and writeReview asks again inside its transaction.
 */
export async function newReviewProblem(
  tx: Tx,
  id: string,
  decisionIds: readonly string[],
): Promise<Exclude<WriteReviewOutcome, { ok: true }> | null> {
  const [{ count }] = await rows<{ count: unknown }>(tx, cypher.exists, { id });
  if (toSafeNumber(count, 'reviews') > 0) return { ok: false, reason: 'exists' };
  const ids = [...new Set(decisionIds)];
  const found = new Set((await findEntities(tx, 'Decision', ids)).map((d) => d.id));
  const unknown = ids.filter((d) => !found.has(d));
  return unknown.length ? { ok: false, reason: 'unknown-decisions', ids: unknown } : null;
}

/**
 * Creates a review in the caller's (write) transaction: freezes the entity table and the decisions as the
 * graph holds them now, stores them with the views the caller froze, and links the decisions. Refuses a
 * taken id or a decision that does not exist, writing nothing.
 */
export async function writeReview(tx: Tx, review: NewReview): Promise<WriteReviewOutcome> {
  const problem = await newReviewProblem(tx, review.id, review.decisionIds);
  if (problem) return problem;
  const decisionIds = [...new Set(review.decisionIds)];
  const decisions = decisionIds.length
    ? await readEntities(tx, new Map<KindName, string[]>([['Decision', decisionIds]]))
    : [];
  const entities = entityTable(await readEntities(tx));
  const packed = {
    views: packJson(review.views),
    entities: packJson(entities),
    metrics: packJson(review.metrics),
    findings: packJson(review.findings),
    decisions: packJson(decisions.map(frozenDecision).sort((a, b) => (a.id < b.id ? -1 : 1))),
  };
  await tx.run(cypher.create, {
    id: review.id,
    name: review.name,
    heldOn: review.heldOn,
    description: review.description,
    roles: [...review.audience.roles],
    groups: [...review.audience.groups],
    createdBy: review.createdBy,
    windowFrom: review.windowFrom,
    windowTo: review.windowTo,
    ...packed,
    entityCount: neo4j.int(entities.length),
    findingCount: neo4j.int(review.findings.length),
    storedBytes: neo4j.int(Object.values(packed).reduce((sum, p) => sum + Math.ceil((p.length * 3) / 4), 0)),
    decisionIds,
  });
  const stored = await readReview(tx, review.id);
  return { ok: true, review: stored! };
}

export async function readReview(tx: Tx, id: string): Promise<ReviewRecord | null> {
  const [found] = await rows<Row>(tx, cypher.one, { id });
  return found ? record(found) : null;
}

const viewerParams = (viewer: ReviewViewer) => ({
  admin: viewer.admin,
  roles: [...viewer.roles],
  groups: [...viewer.groups],
});

/** One page of the reviews the viewer may open, latest first, with how many there are in all. */
export async function listReviews(
  tx: Tx,
  viewer: ReviewViewer,
  page: { readonly offset: number; readonly limit: number },
): Promise<{ readonly reviews: ReviewRecord[]; readonly total: number }> {
  const params = viewerParams(viewer);
  const [[{ count }], found] = await Promise.all([
    rows<{ count: unknown }>(tx, cypher.count, params),
    rows<Row>(tx, cypher.page, { ...params, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit) }),
  ]);
  return { reviews: found.map(record), total: toSafeNumber(count, 'reviews') };
}

/** The latest review before this one that the viewer may open; null when there is none. */
export async function readPreviousReview(
  tx: Tx,
  id: string,
  viewer: ReviewViewer,
): Promise<ReviewRecord | null> {
  const [found] = await rows<Row>(tx, cypher.previous, { id, ...viewerParams(viewer) });
  return found ? record(found) : null;
}

/** One part of a review's snapshot, unpacked; null when there is no such review. */
export async function readSnapshotPart<K extends SnapshotPart>(
  tx: Tx,
  id: string,
  part: K,
): Promise<SnapshotParts[K] | null> {
  const [found] = await rows<{ packed: unknown }>(tx, cypher.part, { id, part });
  return found && typeof found.packed === 'string' ? unpackJson<SnapshotParts[K]>(found.packed) : null;
}

/** The tables comparison reads (never the views), per review id; missing ids are absent. */
export async function readComparableSnapshots(
  tx: Tx,
  ids: readonly string[],
): Promise<Map<string, ComparableSnapshot>> {
  const found = await rows<{ id: string; entities: string; findings: string; metrics: string }>(
    tx,
    cypher.comparable,
    { ids: [...ids] },
  );
  return new Map(
    found.map((r) => [
      r.id,
      {
        reviewId: r.id,
        entities: unpackJson<EntityRow[]>(r.entities),
        findings: unpackJson<FrozenFinding[]>(r.findings),
        metrics: unpackJson<MetricRow[]>(r.metrics),
      },
    ]),
  );
}
