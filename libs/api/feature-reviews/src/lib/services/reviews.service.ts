import { Injectable } from '@nestjs/common';
import {
  ApiError,
  ApiErrorCode,
  defineLoader,
  toConnection,
  toPage,
  type Connection,
  type ConnectionArgs,
  type Principal,
} from '@streamscape/api-graphql';
import {
  compareSnapshots,
  listReviews,
  newReviewProblem,
  readComparableSnapshots,
  readPreviousReview,
  readReview,
  readSnapshotPart,
  writeReview,
  type ReviewRecord,
  type SnapshotComparison,
  type SnapshotPart,
  type SnapshotParts,
  type SnapshotViews,
  type WriteReviewOutcome,
} from '@streamscape/graph';
import { auditWrite, GraphHost } from '@streamscape/graph-nest';
import { mayOpen, viewerOf } from '../access/audience';
import type { CreateReviewInput } from '../models/inputs';
import type { Review } from '../models/review.model';
import { slug, todayUtc } from './naming';
import { SnapshotService } from './snapshot.service';

const DAY_MS = 86_400_000;
/** The performance window of a review when its input names none. */
export const DEFAULT_WINDOW_DAYS = 90;
const READ_TIMEOUT_MS = 30_000;

/** Where a review's PDF report is served. */
export const reportPath = (id: string) => `/reviews/${encodeURIComponent(id)}/report.pdf`;

/** The window of a review: as given, or the DEFAULT_WINDOW_DAYS up to the end of the day it is held. */
export function reviewWindow(
  heldOn: string,
  window?: { from: Date; to: Date } | null,
): { from: Date; to: Date } {
  if (window) return window;
  const to = new Date(Date.parse(`${heldOn}T00:00:00Z`) + DAY_MS);
  return { from: new Date(to.getTime() - DEFAULT_WINDOW_DAYS * DAY_MS), to };
}

export function toReview(r: ReviewRecord): Review {
  return {
    id: r.id,
    name: r.name,
    heldOn: r.heldOn,
    description: r.description,
    audience: { roles: [...r.audience.roles], groups: [...r.audience.groups] },
    createdBy: r.createdBy,
    createdAt: new Date(r.createdAt),
    decisionIds: [...r.decisionIds],
    reportPath: reportPath(r.id),
    snapshot: {
      reviewId: r.id,
      takenAt: new Date(r.snapshot.takenAt),
      windowFrom: new Date(r.snapshot.windowFrom),
      windowTo: new Date(r.snapshot.windowTo),
      entityCount: r.snapshot.entityCount,
      findingCount: r.snapshot.findingCount,
      storedBytes: r.snapshot.storedBytes,
    },
  };
}

function refusal(id: string, problem: Exclude<WriteReviewOutcome, { ok: true }>): ApiError {
  if (problem.reason === 'exists') {
    return new ApiError(ApiErrorCode.CONFLICT, `A review with id "${id}" already exists: give another id`);
  }
  return ApiError.badInput(`No Decision with id ${problem.ids.map((i) => `"${i}"`).join(', ')}`, [
    { field: 'input.decisionIds', message: `unknown decisions: ${problem.ids.join(', ')}` },
  ]);
}

/**
 * Portfolio reviews: creating one freezes the landscape (SnapshotService) and writes the review, its
 * snapshot and its decision links in one write transaction; reading one answers NOT_FOUND alike for a
 * review that does not exist and one the principal may not open.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly graph: GraphHost,
    private readonly snapshots: SnapshotService,
  ) {}

  /** a request reads and inflates a review's frozen views once, however many of them it selects */
  readonly views = defineLoader<string, SnapshotViews>('reviewSnapshotViews', (ids) =>
    Promise.all(ids.map((id) => this.part(id, 'views'))),
  );

  async create(input: CreateReviewInput, principal: Principal): Promise<Review> {
    const heldOn = input.heldOn ?? todayUtc();
    const id = input.id ?? slug(`${input.name}-${heldOn}`);
    const window = reviewWindow(heldOn, input.window);
    if (window.to.getTime() <= window.from.getTime()) {
      throw ApiError.badInput('window.to must be after window.from', [
        { field: 'input.window.to', message: 'must be after from' },
      ]);
    }
    const problem = await this.graph.read('createReview: check', (tx) =>
      newReviewProblem(tx, id, input.decisionIds),
    );
    if (problem) throw refusal(id, problem);
    const frozen = await this.snapshots.freeze(window, heldOn, input.initiativeId ?? null);
    const outcome = await this.graph.write('createReview', async (tx) => {
      const written = await writeReview(tx, {
        id,
        name: input.name,
        heldOn,
        description: input.description ?? null,
        audience: { roles: [...new Set(input.audienceRoles)], groups: [...new Set(input.audienceGroups)] },
        createdBy: principal.id,
        decisionIds: input.decisionIds,
        windowFrom: window.from.toISOString(),
        windowTo: window.to.toISOString(),
        ...frozen,
      });
      if (written.ok) await auditWrite(tx, { id });
      return written;
    });
    if (!outcome.ok) throw refusal(id, outcome);
    return toReview(outcome.review);
  }

  async list(principal: Principal, args: ConnectionArgs): Promise<Connection<Review>> {
    const page = toPage(args);
    const { reviews, total } = await this.graph.read(
      'reviews',
      (tx) => listReviews(tx, viewerOf(principal), page),
      {
        timeoutMs: READ_TIMEOUT_MS,
      },
    );
    return toConnection(reviews.map(toReview), page, total);
  }

  /** The review, if the principal may open it; NOT_FOUND either way otherwise. */
  async record(principal: Principal, id: string): Promise<ReviewRecord> {
    const found = await this.graph.read('review', (tx) => readReview(tx, id), { timeoutMs: READ_TIMEOUT_MS });
    if (!found || !mayOpen(principal, found.audience)) throw ApiError.notFound(`There is no review ${id}`);
    return found;
  }

  async one(principal: Principal, id: string): Promise<Review> {
    return toReview(await this.record(principal, id));
  }

  /** The latest earlier review the principal may open, or null. */
  async previous(principal: Principal, id: string): Promise<ReviewRecord | null> {
    return this.graph.read('previousReview', (tx) => readPreviousReview(tx, id, viewerOf(principal)), {
      timeoutMs: READ_TIMEOUT_MS,
    });
  }

  /** A part of a snapshot whose review the caller has already opened. */
  async part<K extends SnapshotPart>(id: string, part: K): Promise<SnapshotParts[K]> {
    const found = await this.graph.read(`reviewSnapshot.${part}`, (tx) => readSnapshotPart(tx, id, part), {
      timeoutMs: READ_TIMEOUT_MS,
    });
    if (found === null) throw ApiError.notFound(`There is no review ${id}`);
    return found;
  }

  /** Compares two reviews' snapshots, `from` the earlier; NOT_FOUND for either that the principal may not open. */
  async compare(principal: Principal, from: string, to: string): Promise<SnapshotComparison> {
    await this.record(principal, from);
    await this.record(principal, to);
    const found = await this.graph.read('compareReviews', (tx) => readComparableSnapshots(tx, [from, to]), {
      timeoutMs: READ_TIMEOUT_MS,
    });
    const a = found.get(from);
    const b = found.get(to);
    if (!a || !b) throw ApiError.notFound(`There is no review ${!a ? from : to}`);
    return compareSnapshots(a, b);
  }
}
