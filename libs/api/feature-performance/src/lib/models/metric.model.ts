import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DoraBand, MetricDirection, KpiParameter } from './enums';

@ObjectType({
  description: 'A metric the engine computes: its id, unit, which direction is better, and the formula',
})
export class MetricDefinition {
  @Field(() => ID, {
    description: 'the metric id of landscape-format.md (`lead-time-for-changes`), or `defect-backlog`',
  })
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'dora, flow, quality or measure' })
  group!: string;

  @Field({ description: 'per-week, items, days, hours, ratio or score' })
  unit!: string;

  @Field({ description: 'how a value reads: `deployments/week`, `days`' })
  unitLabel!: string;

  @Field(() => MetricDirection)
  direction!: MetricDirection;

  @Field(() => KpiParameter, {
    description: 'the parameter a KPI on it serves unless its objective says otherwise',
  })
  parameter!: KpiParameter;

  @Field({ description: 'one line; docs/metrics.md has the full definition' })
  formula!: string;

  @Field({ description: 'a Kpi may name it' })
  kpi!: boolean;

  @Field(() => [Float], {
    nullable: true,
    description: 'DORA band limits in the metric unit: elite, high, medium (beyond is low); four keys only',
  })
  doraLimits?: number[] | null;
}

@ObjectType({
  description: 'One part of a value: a work item type of the flow distribution, a phase of resolution time',
})
export class MetricBreakdown {
  @Field({ description: '`feature`, `backlog`, `stage:<id>`' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Int)
  sampleSize!: number;
}

@ObjectType({ description: "A metric's value for one scope, node or bucket" })
export class MetricValue {
  @Field({ description: 'the metric id' })
  metric!: string;

  @Field(() => Float, {
    nullable: true,
    description: "in the metric's unit; null when there is nothing to measure",
  })
  value!: number | null;

  @Field(() => Int, {
    description:
      'facts the value rests on (deployments, items, passages, defects, entities); for levels the days averaged',
  })
  sampleSize!: number;

  @Field(() => DoraBand, { nullable: true, description: 'the DORA band (four keys only)' })
  band?: DoraBand | null;

  @Field(() => [MetricBreakdown], { nullable: true })
  breakdown?: MetricBreakdown[] | null;
}

@ObjectType({ description: 'The days the flow facts cover, for windows that end where the facts end' })
export class FactHorizon {
  @Field(() => GraphQLISODateTime, { description: 'the start of the first UTC day with facts' })
  from!: Date;

  @Field(() => GraphQLISODateTime, {
    description: 'the end of the last UTC day with facts (the start of the day after), as kpiBoard.at',
  })
  to!: Date;
}
