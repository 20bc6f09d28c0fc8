import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSON, Loaders, Public, type LoaderRegistry } from '@streamscape/api-graphql';
import type { SnapshotViews } from '@streamscape/graph';
import {
  Review,
  ReviewDecision,
  ReviewFinding,
  ReviewKindCount,
  ReviewSnapshot,
} from '../models/review.model';
import { ReviewsService } from '../services/reviews.service';

/** Fields of a review the caller has already opened (`review`, `reviews`): no rule of their own to add. */
@Public()
@Resolver(() => Review)
export class ReviewFieldsResolver {
  constructor(private readonly reviews: ReviewsService) {}

  @ResolveField(() => [ReviewDecision])
  decisions(@Parent() review: Review): Promise<ReviewDecision[]> {
    return this.reviews.part(review.id, 'decisions') as Promise<ReviewDecision[]>;
  }

  @ResolveField(() => [ReviewFinding])
  async findings(
    @Parent() review: Review,
    @Args('severity', { type: () => String, nullable: true, description: 'LOW, MEDIUM or HIGH' })
    severity?: string | null,
  ): Promise<ReviewFinding[]> {
    const all = (await this.reviews.part(review.id, 'findings')) as ReviewFinding[];
    return severity ? all.filter((f) => f.severity === severity.toUpperCase()) : all;
  }
}

@Public()
@Resolver(() => ReviewSnapshot)
export class ReviewSnapshotFieldsResolver {
  constructor(private readonly reviews: ReviewsService) {}

  private views(snapshot: ReviewSnapshot, loaders: LoaderRegistry): Promise<SnapshotViews> {
    return loaders.get(this.reviews.views).load(snapshot.reviewId);
  }

  @ResolveField(() => [ReviewKindCount])
  async entityCounts(@Parent() snapshot: ReviewSnapshot): Promise<ReviewKindCount[]> {
    const counts = new Map<string, number>();
    for (const e of await this.reviews.part(snapshot.reviewId, 'entities')) {
      counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    }
    return [...counts.entries()]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => (a.kind < b.kind ? -1 : 1));
  }

  @ResolveField(() => GraphQLJSON)
  async enterprise(@Parent() s: ReviewSnapshot, @Loaders() loaders: LoaderRegistry): Promise<unknown> {
    return (await this.views(s, loaders)).enterprise;
  }

  @ResolveField(() => GraphQLJSON)
  async domains(@Parent() s: ReviewSnapshot, @Loaders() loaders: LoaderRegistry): Promise<unknown> {
    return (await this.views(s, loaders)).domains;
  }

  @ResolveField(() => GraphQLJSON)
  async performance(@Parent() s: ReviewSnapshot, @Loaders() loaders: LoaderRegistry): Promise<unknown> {
    return (await this.views(s, loaders)).performance;
  }

  @ResolveField(() => GraphQLJSON)
  async kpiBoard(@Parent() s: ReviewSnapshot, @Loaders() loaders: LoaderRegistry): Promise<unknown> {
    return (await this.views(s, loaders)).kpiBoard;
  }

  @ResolveField(() => GraphQLJSON, { nullable: true })
  async transformation(@Parent() s: ReviewSnapshot, @Loaders() loaders: LoaderRegistry): Promise<unknown> {
    return (await this.views(s, loaders)).transformation ?? null;
  }
}
