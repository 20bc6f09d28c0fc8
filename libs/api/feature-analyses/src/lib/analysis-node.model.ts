import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A node of the landscape named by an analysis' })
export class AnalysisNode {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'its label: Component, Team, ValueStream, Domain' })
  kind!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;
}
