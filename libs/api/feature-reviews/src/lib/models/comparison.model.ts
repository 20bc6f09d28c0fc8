import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An entity of the landscape, by kind and id' })
export class ReviewEntityRef {
  @Field()
  kind!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;
}

@ObjectType({ description: 'An entity in both snapshots whose fields differ' })
export class ReviewEntityChange extends ReviewEntityRef {
  @Field(() => [String], { description: 'the properties or reference fields that changed (`size`, `owns`)' })
  fields!: string[];
}

@ObjectType()
export class ReviewFindingRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  severity!: string | null;

  @Field()
  title!: string;
}

@ObjectType({ description: 'A metric value of a view node that moved between the snapshots' })
export class ReviewMetricMove {
  @Field({ description: 'the performance view node, `stage:edu-build`' })
  node!: string;

  @Field()
  kind!: string;

  @Field()
  label!: string;

  @Field()
  metric!: string;

  @Field(() => Float, { nullable: true })
  before!: number | null;

  @Field(() => Float, { nullable: true })
  after!: number | null;

  @Field(() => Float, { nullable: true, description: 'after - before; null when either has no value' })
  delta!: number | null;
}

@ObjectType()
export class ReviewCountMove {
  @Field()
  kind!: string;

  @Field(() => Int)
  before!: number;

  @Field(() => Int)
  after!: number;
}

@ObjectType({ description: 'What changed from one review snapshot (`from`) to another (`to`)' })
export class ReviewComparison {
  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => [ReviewEntityRef])
  added!: ReviewEntityRef[];

  @Field(() => [ReviewEntityRef])
  removed!: ReviewEntityRef[];

  @Field(() => [ReviewEntityChange])
  changed!: ReviewEntityChange[];

  @Field(() => [ReviewFindingRef])
  findingsAppeared!: ReviewFindingRef[];

  @Field(() => [ReviewFindingRef])
  findingsDisappeared!: ReviewFindingRef[];

  @Field(() => [ReviewMetricMove], { description: 'every metric value per view node that moved' })
  metricMoves!: ReviewMetricMove[];

  @Field(() => [ReviewCountMove], { description: 'entities per kind, before and after' })
  entityCounts!: ReviewCountMove[];
}
