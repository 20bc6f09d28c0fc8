import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How many of one kind of thing the graph holds' })
export class NamedCount {
  @Field({ description: 'a node label (Team, Stage) or relationship type (OWNS, FLOWS_TO)' })
  name!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'The size of the landscape: nodes per label and relationships per type, by name' })
export class LandscapeStats {
  @Field(() => [NamedCount])
  nodes!: NamedCount[];

  @Field(() => [NamedCount])
  relationships!: NamedCount[];
}
