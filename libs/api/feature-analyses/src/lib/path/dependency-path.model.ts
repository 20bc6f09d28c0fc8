import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { DependencyPathKind as GraphPathKind } from '@streamscape/graph';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, Min } from 'class-validator';
import { AnalysisNode } from '../analysis-node.model';
import { MAX_ANALYSIS_DEPTH } from '../analysis-limits';

/** The kinds a dependency path may run between (the graph layer's names, as a GraphQL enum). */
export const DependencyPathKind = {
  COMPONENT: 'COMPONENT',
  TEAM: 'TEAM',
  VALUE_STREAM: 'VALUE_STREAM',
  DOMAIN: 'DOMAIN',
} as const satisfies Record<GraphPathKind, GraphPathKind>;
export type DependencyPathKind = GraphPathKind;

registerEnumType(DependencyPathKind, {
  name: 'DependencyPathKind',
  description: 'What the ends of a dependency path are',
  valuesMap: {
    COMPONENT: { description: 'components: DEPENDS_ON only' },
    TEAM: { description: 'teams, standing for the components they own (OWNS)' },
    VALUE_STREAM: {
      description:
        'value streams, standing for the components built in them, their stages or sub-streams (BUILT_IN, STAGE_OF, PART_OF)',
    },
    DOMAIN: { description: 'domains, standing for the components built in their streams' },
  },
});

@ObjectType({ description: 'One DEPENDS_ON relationship on a path' })
export class DependencyStep {
  @Field(() => ID, { description: 'the component that depends' })
  from!: string;

  @Field(() => ID, { description: 'the component it depends on' })
  to!: string;

  @Field(() => Float, { description: 'the dependency weight (1 when it has none)' })
  weight!: number;
}

@ObjectType({ description: 'The shortest chain of dependencies from one node to another' })
export class DependencyPath {
  @Field(() => DependencyPathKind)
  kind!: DependencyPathKind;

  @Field(() => AnalysisNode)
  from!: AnalysisNode;

  @Field(() => AnalysisNode)
  to!: AnalysisNode;

  @Field(() => [AnalysisNode], {
    description:
      'the components along the path, from one of `from` to one of `to` (for COMPONENT, from `from` to `to` themselves)',
  })
  components!: AnalysisNode[];

  @Field(() => [DependencyStep], { description: 'the DEPENDS_ON relationships between them, in path order' })
  steps!: DependencyStep[];

  @Field(() => Int, { description: 'the number of DEPENDS_ON steps' })
  length!: number;

  @Field(() => [String], { description: 'the relationship types this path followed' })
  follows!: string[];
}

@ArgsType()
export class DependencyPathArgs {
  @Field(() => ID, { description: 'the node that depends' })
  @IsString()
  @IsNotEmpty()
  fromId!: string;

  @Field(() => ID, { description: 'the node it depends on, directly or transitively' })
  @IsString()
  @IsNotEmpty()
  toId!: string;

  @Field(() => DependencyPathKind, { defaultValue: DependencyPathKind.COMPONENT })
  @IsIn(Object.values(DependencyPathKind))
  kind!: DependencyPathKind;

  @Field(() => Int, {
    defaultValue: 25,
    description: `The most DEPENDS_ON steps a path may have, 1 to ${MAX_ANALYSIS_DEPTH}`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_ANALYSIS_DEPTH)
  maxDepth!: number;
}
