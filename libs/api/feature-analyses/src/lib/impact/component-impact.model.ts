import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsString, Max, Min } from 'class-validator';
import { MAX_ANALYSIS_DEPTH } from '../analysis-limits';

@ObjectType({ description: 'A node a change to a component reaches, and how far from it' })
export class ImpactNode {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'its label: Component, ValueStream, Domain, Team' })
  kind!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Int, {
    description:
      'DEPENDS_ON steps from the root on a shortest path: 0 for the root and what it belongs to, 1 for its direct dependents; for a stream, domain or team, the depth of the nearest component that brings it in',
  })
  depth!: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'the node that brings this one in: for a component, the one it depends on one step closer to the root; for a stream or team, its component; for a domain, its stream',
  })
  via!: string | null;
}

@ObjectType({
  description: 'Everything that transitively depends on a component, across streams and domains',
})
export class ImpactResult {
  @Field(() => ImpactNode)
  root!: ImpactNode;

  @Field(() => Int)
  maxDepth!: number;

  @Field(() => [ImpactNode], {
    description: 'the components that depend on the root (DEPENDS_ON, followed backwards), by depth then id',
  })
  nodes!: ImpactNode[];

  @Field(() => [ImpactNode], {
    description: 'the value streams that build the root or a dependent (BUILT_IN a stage of theirs, or them)',
  })
  streams!: ImpactNode[];

  @Field(() => [ImpactNode], {
    description: 'the domains those streams belong to (PART_OF, through parent streams)',
  })
  domains!: ImpactNode[];

  @Field(() => [ImpactNode], { description: 'the teams that own the root or a dependent (OWNS)' })
  teams!: ImpactNode[];

  @Field({ description: 'more components depend on the root beyond maxDepth' })
  truncated!: boolean;
}

@ArgsType()
export class ComponentImpactArgs {
  @Field(() => ID)
  @IsString()
  @IsNotEmpty()
  componentId!: string;

  @Field(() => Int, {
    defaultValue: 10,
    description: `How many DEPENDS_ON steps to follow, 1 to ${MAX_ANALYSIS_DEPTH}`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_ANALYSIS_DEPTH)
  maxDepth!: number;
}
