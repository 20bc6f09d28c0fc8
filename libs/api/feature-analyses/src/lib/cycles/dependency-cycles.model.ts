import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

export const MAX_CYCLES = 1000;

@ObjectType({ description: 'Components that depend on each other in a circle' })
export class DependencyCycle {
  @Field(() => [ID], {
    description:
      'the component ids in DEPENDS_ON order, starting at the smallest id; the last depends on the first',
  })
  componentIds!: string[];

  @Field(() => Int)
  length!: number;
}

@ObjectType({ description: 'The elementary cycles among component dependencies, each once' })
export class DependencyCycles {
  @Field(() => [DependencyCycle], { description: 'shortest first, then by ids' })
  cycles!: DependencyCycle[];

  @Field({ description: 'there are more cycles than the limit' })
  truncated!: boolean;
}

@ArgsType()
export class DependencyCyclesArgs {
  @Field(() => Int, { defaultValue: 100, description: `How many cycles at most, 1 to ${MAX_CYCLES}` })
  @IsInt()
  @Min(1)
  @Max(MAX_CYCLES)
  limit!: number;
}
