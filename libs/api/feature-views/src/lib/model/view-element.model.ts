import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** What a view node stands for: the model's kinds that the views draw. */
export enum ViewNodeKind {
  ORG_UNIT = 'ORG_UNIT',
  DOMAIN = 'DOMAIN',
  BUDGET = 'BUDGET',
  VALUE_STREAM = 'VALUE_STREAM',
  STAGE = 'STAGE',
  INTEGRATION_POINT = 'INTEGRATION_POINT',
  PRODUCT = 'PRODUCT',
  VARIANT = 'VARIANT',
  GENERATION = 'GENERATION',
  COMPONENT = 'COMPONENT',
  TEAM = 'TEAM',
  INITIATIVE = 'INITIATIVE',
  TRANSFORMATION_STEP = 'TRANSFORMATION_STEP',
}

registerEnumType(ViewNodeKind, {
  name: 'ViewNodeKind',
  description: 'The kind of thing a view node stands for',
});

/** What a view edge says. */
export enum ViewEdgeKind {
  FUNDS = 'FUNDS',
  OBLIGED_TO = 'OBLIGED_TO',
  RESPONSIBLE_FOR = 'RESPONSIBLE_FOR',
  DELIVERS = 'DELIVERS',
  DELIVERS_TO = 'DELIVERS_TO',
  DEPENDS_ON = 'DEPENDS_ON',
  INTEGRATES_INTO = 'INTEGRATES_INTO',
  WORKS_IN = 'WORKS_IN',
  FLOWS_TO = 'FLOWS_TO',
  FEEDBACK_TO = 'FEEDBACK_TO',
  AT = 'AT',
  BUILT_IN = 'BUILT_IN',
  COUPLING = 'COUPLING',
  OWNS = 'OWNS',
  WORKS_ON = 'WORKS_ON',
  INTERACTS_WITH = 'INTERACTS_WITH',
  INCLUDES = 'INCLUDES',
  REQUIRES = 'REQUIRES',
  CHANGES = 'CHANGES',
  SETS = 'SETS',
}

registerEnumType(ViewEdgeKind, {
  name: 'ViewEdgeKind',
  description: 'What a view edge says',
  valuesMap: {
    FUNDS: {
      description: 'budget -> domain it reaches (directly, through a stream or a team); weight: the amount',
    },
    OBLIGED_TO: {
      description: 'domain -> product, generation or integration point; label: deliver, maintain, integrate',
    },
    RESPONSIBLE_FOR: { description: 'team or domain -> integration point' },
    DELIVERS: { description: 'stream -> product or variant' },
    DELIVERS_TO: {
      description: 'stream (domain view) or domain (enterprise view) -> integration point; weight: streams',
    },
    DEPENDS_ON: {
      description:
        'component -> component, domain -> domain (summed component dependencies), or stream/team -> stream/team (transformation view: attribute via); weight',
    },
    INTEGRATES_INTO: {
      description: 'domain -> domain whose integration point its streams deliver to; weight: deliveries',
    },
    WORKS_IN: { description: 'team -> domain it works in (teams split across domains); weight: streams' },
    FLOWS_TO: { description: 'stage -> next stage of the Assembly Line' },
    FEEDBACK_TO: { description: 'stage -> earlier stage it feeds back to; weight and attribute delayDays' },
    AT: { description: 'integration point -> the stage it sits at' },
    BUILT_IN: { description: 'component -> stage (or stream) that builds it' },
    COUPLING: { description: 'sub-stream <-> sub-stream: summed crossing dependencies; attribute density' },
    OWNS: { description: 'team -> component' },
    WORKS_ON: { description: 'team -> stream or stage' },
    INTERACTS_WITH: { description: 'team -> team; label: the interaction mode' },
    INCLUDES: { description: 'initiative -> transformation step' },
    REQUIRES: { description: 'transformation step -> step that must be finished first' },
    CHANGES: { description: 'transformation step -> what it changes' },
    SETS: { description: 'transformation step -> node whose field it sets; label: `field = value`' },
  },
});

@ObjectType({ description: 'A named number or text on a view node or edge' })
export class ViewAttribute {
  @Field()
  name!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'numbers, and 1/0 for flags such as `external` or `legacy`',
  })
  value!: number | null;

  @Field(() => String, { nullable: true })
  text!: string | null;
}

@ObjectType({
  description:
    'A node ready to draw: Cytoscape data { id, parent, label } plus the attributes. Ids are landscape references (`value-stream:ev-drive`), unique within a view; a parent is listed before its children.',
})
export class ViewNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ViewNodeKind)
  kind!: ViewNodeKind;

  @Field()
  label!: string;

  @Field(() => ID, { nullable: true, description: 'the compound node that contains this one' })
  parent!: string | null;

  @Field(() => [ViewAttribute])
  attributes!: ViewAttribute[];
}

@ObjectType({
  description:
    'An edge ready to draw: Cytoscape data { id, source, target, label } plus weight and attributes',
})
export class ViewEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => ViewEdgeKind)
  kind!: ViewEdgeKind;

  @Field(() => Float, { description: '1 unless the kind says otherwise' })
  weight!: number;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => [ViewAttribute])
  attributes!: ViewAttribute[];
}
