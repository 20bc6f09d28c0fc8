import { Injectable } from '@nestjs/common';
import type { Principal } from '@streamscape/api-graphql';
import { compareSnapshots, readComparableSnapshots } from '@streamscape/graph';
import { GraphHost } from '@streamscape/graph-nest';
import { ReviewsService } from '../services/reviews.service';
import { reportModel, type ReportModel } from './report-model';
import { renderReport } from './render-report';

/** The PDF report of a review, for those who were not there: gathered under the same audience rule. */
@Injectable()
export class ReviewReportService {
  constructor(
    private readonly graph: GraphHost,
    private readonly reviews: ReviewsService,
  ) {}

  /** NOT_FOUND alike for a missing review and one the principal may not open. */
  async model(principal: Principal, id: string): Promise<ReportModel> {
    const review = await this.reviews.record(principal, id);
    const [decisions, findings, metrics, entities] = await Promise.all([
      this.reviews.part(id, 'decisions'),
      this.reviews.part(id, 'findings'),
      this.reviews.part(id, 'metrics'),
      this.reviews.part(id, 'entities'),
    ]);
    const counts = new Map<string, number>();
    for (const e of entities) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    const before = await this.reviews.previous(principal, id);
    let previous = null;
    if (before) {
      const tables = await this.graph.read('reviewReport', (tx) =>
        readComparableSnapshots(tx, [before.id, id]),
      );
      const a = tables.get(before.id);
      const b = tables.get(id);
      if (a && b) previous = { review: before, comparison: compareSnapshots(a, b) };
    }
    return reportModel({
      review,
      decisions,
      findings,
      metrics,
      entityCounts: [...counts.entries()]
        .map(([kind, count]) => ({ kind, count }))
        .sort((x, y) => (x.kind < y.kind ? -1 : 1)),
      previous,
      generatedAt: new Date().toISOString(),
    });
  }

  async pdf(principal: Principal, id: string): Promise<Buffer> {
    return renderReport(await this.model(principal, id));
  }
}
