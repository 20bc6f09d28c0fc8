import { Module } from '@nestjs/common';
import { PerformanceService } from '@streamscape/api-performance';
import { ViewsService } from '@streamscape/api-views';
import { ReviewReportController } from './report/review-report.controller';
import { ReviewReportService } from './report/review-report.service';
import { ReviewFieldsResolver, ReviewSnapshotFieldsResolver } from './resolvers/review-fields.resolver';
import { ReviewsResolver } from './resolvers/reviews.resolver';
import { DecisionsService } from './services/decisions.service';
import { ReviewsService } from './services/reviews.service';
import { SnapshotService } from './services/snapshot.service';

/**
 * Decisions and portfolio reviews: frozen snapshots of the four views, their comparison, and the PDF
 * report at `/reviews/:id/report.pdf`. The view services are stateless and read through GraphHost, so
 * the module holds its own instances to freeze what the live views would answer.
 */
@Module({
  providers: [
    ViewsService,
    PerformanceService,
    SnapshotService,
    DecisionsService,
    ReviewsService,
    ReviewReportService,
    ReviewsResolver,
    ReviewFieldsResolver,
    ReviewSnapshotFieldsResolver,
  ],
  controllers: [ReviewReportController],
})
export class ReviewsModule {}
