import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ViewFinding } from './finding.model';
import { ViewEdge, ViewNode } from './view-element.model';

export enum ViewFundingModel {
  PROJECT = 'PROJECT',
  PRODUCT = 'PRODUCT',
  CAPACITY = 'CAPACITY',
}

registerEnumType(ViewFundingModel, { name: 'ViewFundingModel' });

@ObjectType({ description: 'The budgets of one funding model, fiscal year and currency, added up' })
export class FundingTotal {
  @Field(() => ViewFundingModel)
  model!: ViewFundingModel;

  @Field(() => Int)
  fiscalYear!: number;

  @Field()
  currency!: string;

  @Field(() => Float)
  amount!: number;

  @Field(() => Int)
  budgets!: number;
}

@ObjectType({
  description:
    'View 1, enterprise structure: domains, the org units and budgets that fund them, integration points and who is responsible, cross-domain dependencies; with the findings about them',
})
export class EnterpriseLandscape {
  @Field({ description: "the enterprise's name" })
  name!: string;

  @Field(() => [ViewNode])
  nodes!: ViewNode[];

  @Field(() => [ViewEdge])
  edges!: ViewEdge[];

  @Field(() => [FundingTotal], { description: 'by fiscal year, funding model and currency' })
  fundingTotals!: FundingTotal[];

  @Field(() => Int)
  domains!: number;

  @Field(() => Int, { description: 'at every level, sub-streams included' })
  valueStreams!: number;

  @Field(() => Int)
  budgets!: number;

  @Field(() => Int)
  integrationPoints!: number;

  @Field(() => Int)
  integrationPointsWithoutResponsible!: number;

  @Field(() => Float, { description: 'summed weight of the component dependencies between domains' })
  crossDomainDependencyWeight!: number;

  @Field(() => [ViewFinding], { description: 'computed and stored, most severe first' })
  findings!: ViewFinding[];
}

@ObjectType({ description: 'The dependencies between two sub-streams of a domain' })
export class StreamCoupling {
  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => Float, { description: 'summed weight of the dependencies between them, both ways' })
  weight!: number;

  @Field(() => Int)
  dependencies!: number;

  @Field(() => Float, {
    description:
      'weight between them over the weight of every dependency in the domain touching either (0..1)',
  })
  density!: number;
}

@ObjectType({ description: "How coupled a domain's sub-streams are" })
export class DomainCoupling {
  @Field(() => Float, { description: 'crossWeight / totalWeight (0..1)' })
  density!: number;

  @Field(() => Float, { description: 'weight of the dependencies that cross sub-streams' })
  crossWeight!: number;

  @Field(() => Float, { description: 'weight of every dependency between components of the domain' })
  totalWeight!: number;

  @Field(() => [StreamCoupling])
  pairs!: StreamCoupling[];
}

@ObjectType({
  description:
    'View 2, domain design: the stream tree with stages in Assembly Line order, products with variants and generations, components and their coupling, teams; with the findings about them',
})
export class DomainLandscape {
  @Field(() => ID, { description: 'the view id of the domain node (`domain:<id>`)' })
  domain!: string;

  @Field()
  name!: string;

  @Field(() => [ViewNode])
  nodes!: ViewNode[];

  @Field(() => [ViewEdge])
  edges!: ViewEdge[];

  @Field(() => DomainCoupling)
  coupling!: DomainCoupling;

  @Field(() => Int, { description: 'at every level, sub-streams included' })
  valueStreams!: number;

  @Field(() => Int)
  stages!: number;

  @Field(() => Int)
  components!: number;

  @Field(() => Int, { description: 'teams working on its streams or owning its components' })
  teams!: number;

  @Field(() => Int)
  products!: number;

  @Field(() => Int)
  variants!: number;

  @Field(() => Int)
  generations!: number;

  @Field(() => Int)
  legacyGenerations!: number;

  @Field(() => [ViewFinding], { description: 'computed and stored, most severe first' })
  findings!: ViewFinding[];
}
