import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON, Paginated } from '@streamscape/api-graphql';

@ObjectType({
  description: 'Who may open a review besides admins: any of these realm roles or Keycloak group paths',
})
export class ReviewAudience {
  @Field(() => [String], { description: 'realm roles: viewer, architect, transformation-lead, admin' })
  roles!: string[];

  @Field(() => [String], { description: 'Keycloak group paths, `/portfolio-board` (exact match)' })
  groups!: string[];
}

@ObjectType({ description: 'A decision as it stood when the review recorded it' })
export class ReviewDecision {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date' })
  date!: string | null;

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => String, { nullable: true })
  rationale!: string | null;

  @Field(() => [String], { description: 'what it is about, as references (`domain:powertrain`)' })
  about!: string[];
}

@ObjectType({
  description: 'A finding as the review froze it, from the structure views or the performance view',
})
export class ReviewFinding {
  @Field(() => ID)
  id!: string;

  @Field({ description: '`view` (enterprise and domain views), `performance` or `transformation`' })
  origin!: string;

  @Field(() => String, { nullable: true, description: 'the rule id; null for a stored (manual) finding' })
  rule!: string | null;

  @Field({ description: '`rule:<rule id>` or `manual`' })
  source!: string;

  @Field(() => String, { nullable: true, description: 'STRENGTH, WEAKNESS, OPPORTUNITY or ISSUE' })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'LOW, MEDIUM or HIGH' })
  severity!: string | null;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [String], { description: 'the view nodes it is about' })
  about!: string[];
}

@ObjectType({ description: 'How many entities of a kind the snapshot holds' })
export class ReviewKindCount {
  @Field()
  kind!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'The landscape as it was when the review was created. The views are JSON in the shape their live queries answer (enterpriseLandscape, domainLandscape, performanceLandscape, kpiBoard)',
})
export class ReviewSnapshot {
  /** which review's snapshot the part resolvers read */
  reviewId!: string;

  @Field(() => GraphQLISODateTime)
  takenAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'the performance window: from (inclusive)' })
  windowFrom!: Date;

  @Field(() => GraphQLISODateTime, { description: 'the performance window: to (exclusive)' })
  windowTo!: Date;

  @Field(() => Int, { description: 'landscape entities frozen in the entity table' })
  entityCount!: number;

  @Field(() => Int)
  findingCount!: number;

  @Field(() => Int, { description: 'bytes the snapshot takes in the graph (gzipped)' })
  storedBytes!: number;

  @Field(() => GraphQLJSON, { description: 'view 1 as `enterpriseLandscape` answered' })
  enterprise?: unknown;

  @Field(() => GraphQLJSON, { description: 'view 2 for every domain, as `domainLandscape` answered' })
  domains?: unknown;

  @Field(() => GraphQLJSON, {
    description: 'view 3 for the enterprise over the window, as `performanceLandscape` answered',
  })
  performance?: unknown;

  @Field(() => GraphQLJSON, { description: 'the KPI board at the end of the window, as `kpiBoard` answered' })
  kpiBoard?: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'view 4, transformation, as read for the initiative given at creation (or every step): modes, steps, the computed plan, friction findings',
  })
  transformation?: unknown;

  @Field(() => [ReviewKindCount])
  entityCounts?: ReviewKindCount[];
}

@ObjectType({
  description:
    'A portfolio review: a frozen snapshot of the landscape, its findings and the decisions taken, for an audience',
})
export class Review {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'ISO date the board met' })
  heldOn!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ReviewAudience)
  audience!: ReviewAudience;

  @Field({ description: 'the principal id of who created it' })
  createdBy!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => [ID], { description: 'the decisions it records' })
  decisionIds!: string[];

  @Field(() => ReviewSnapshot)
  snapshot!: ReviewSnapshot;

  @Field(() => [ReviewDecision], { description: 'the decisions it records, as they stood then' })
  decisions?: ReviewDecision[];

  @Field(() => [ReviewFinding], { description: 'the findings of the snapshot, most severe first' })
  findings?: ReviewFinding[];

  @Field({ description: 'where the PDF report is served (GET, same sign-in)' })
  reportPath!: string;
}

@ObjectType()
export class ReviewConnection extends Paginated(Review) {}
