import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  connectionComplexity,
  Public,
  Role,
  Roles,
  type Connection,
  type Principal,
} from '@streamscape/api-graphql';
import { ReviewComparison } from '../models/comparison.model';
import { CreateReviewInput, RecordDecisionInput, ReviewsArgs } from '../models/inputs';
import { Review, ReviewConnection, ReviewDecision } from '../models/review.model';
import { DecisionsService } from '../services/decisions.service';
import { ReviewsService } from '../services/reviews.service';
import { SignedIn } from '../access/signed-in';

/**
 * Decisions and portfolio reviews. The review queries are declared public because a review opens to its
 * audience, which may be a Keycloak group rather than a role: the service asks for sign-in
 * (UNAUTHENTICATED) and applies the audience rule per review (NOT_FOUND).
 */
@Resolver()
export class ReviewsResolver {
  constructor(
    private readonly service: ReviewsService,
    private readonly decisions: DecisionsService,
  ) {}

  @Mutation(() => ReviewDecision, {
    description: 'Records a Decision (date, outcome, rationale, what it is about) for a review to take up',
  })
  @Roles(Role.TRANSFORMATION_LEAD)
  recordDecision(@Args('input') input: RecordDecisionInput): Promise<ReviewDecision> {
    return this.decisions.record(input) as Promise<ReviewDecision>;
  }

  @Mutation(() => Review, {
    description:
      'Holds a portfolio review: freezes the landscape (all four views) now and records its decisions',
  })
  @Roles(Role.ADMIN)
  createReview(@Args('input') input: CreateReviewInput, @SignedIn() principal: Principal): Promise<Review> {
    return this.service.create(input, principal);
  }

  @Query(() => ReviewConnection, {
    description: 'The reviews the caller may open (its audience), latest first',
    complexity: connectionComplexity,
  })
  @Public()
  reviews(@Args() args: ReviewsArgs, @SignedIn() principal: Principal): Promise<Connection<Review>> {
    return this.service.list(principal, args);
  }

  @Query(() => Review, {
    description: 'One review; NOT_FOUND when it does not exist or the caller may not open it',
  })
  @Public()
  review(@Args('id', { type: () => ID }) id: string, @SignedIn() principal: Principal): Promise<Review> {
    return this.service.one(principal, id);
  }

  @Query(() => ReviewComparison, {
    description: 'What changed from one review snapshot to another: entities, findings, metric moves',
  })
  @Public()
  compareReviews(
    @Args('from', { type: () => ID, description: 'the earlier review' }) from: string,
    @Args('to', { type: () => ID }) to: string,
    @SignedIn() principal: Principal,
  ): Promise<ReviewComparison> {
    return this.service.compare(principal, from, to) as Promise<ReviewComparison>;
  }
}
