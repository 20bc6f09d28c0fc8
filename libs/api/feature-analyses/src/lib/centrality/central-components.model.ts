import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, Max, Min } from 'class-validator';

export const MAX_CENTRAL_COMPONENTS = 500;

export enum CentralityOrder {
  WEIGHTED_DEGREE = 'WEIGHTED_DEGREE',
  WEIGHTED_IN_DEGREE = 'WEIGHTED_IN_DEGREE',
  PAGE_RANK = 'PAGE_RANK',
}

registerEnumType(CentralityOrder, {
  name: 'CentralityOrder',
  description: 'What makes a component central',
  valuesMap: {
    WEIGHTED_DEGREE: { description: 'the weight of its dependencies in both directions' },
    WEIGHTED_IN_DEGREE: { description: 'the weight of the dependencies on it' },
    PAGE_RANK: { description: 'importance passed along dependencies, in proportion to their weight' },
  },
});

@ObjectType({ description: 'How central a component is in the dependency graph' })
export class ComponentCentrality {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Int, { description: 'its place in this ranking, from 1' })
  rank!: number;

  @Field(() => Int, { description: 'components that depend on it' })
  inDegree!: number;

  @Field(() => Int, { description: 'components it depends on' })
  outDegree!: number;

  @Field(() => Float, {
    description: 'the weight of the dependencies on it (a dependency without one counts 1)',
  })
  weightedInDegree!: number;

  @Field(() => Float, { description: 'the weight of its own dependencies' })
  weightedOutDegree!: number;

  @Field(() => Float, { description: 'weightedInDegree + weightedOutDegree' })
  weightedDegree!: number;

  @Field(() => Float, {
    description: 'weighted PageRank (damping 0.85) along DEPENDS_ON; all components together score 1',
  })
  pageRank!: number;
}

@ArgsType()
export class CentralComponentsArgs {
  @Field(() => Int, { defaultValue: 10, description: `How many components, 1 to ${MAX_CENTRAL_COMPONENTS}` })
  @IsInt()
  @Min(1)
  @Max(MAX_CENTRAL_COMPONENTS)
  limit!: number;

  @Field(() => CentralityOrder, { defaultValue: CentralityOrder.WEIGHTED_DEGREE })
  @IsEnum(CentralityOrder)
  orderBy!: CentralityOrder;
}
