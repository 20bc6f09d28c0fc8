import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { KeyResultStatus, KpiStatus, KpiTrendDirection, KpiParameter } from './enums';
import { PerformanceScope } from './landscape.model';
import { MetricValue } from './metric.model';

@ObjectType()
export class KpiTargetValue {
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true, description: 'up (at least the value) or down (at most)' })
  direction!: string | null;
}

@ObjectType({ description: 'The KPI as it stood when a window ended' })
export class KpiTrendPoint {
  @Field(() => GraphQLISODateTime, { description: 'the end of the window (exclusive)' })
  at!: Date;

  @Field(() => Float, { nullable: true })
  value!: number | null;
}

@ObjectType()
export class KeyResultEvaluation {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  objectiveId!: string | null;

  @Field(() => String, { nullable: true })
  kpiId!: string | null;

  @Field(() => Float, { nullable: true })
  targetValue!: number | null;

  @Field(() => String, { nullable: true, description: 'the date the target is due, YYYY-MM-DD' })
  targetBy!: string | null;

  @Field(() => KeyResultStatus)
  status!: KeyResultStatus;
}

@ObjectType({ description: 'A KPI evaluated: its current value against its target, and how it moved' })
export class KpiEvaluation {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  metric!: string;

  @Field({ description: "the metric's unit" })
  unit!: string;

  @Field(() => String, {
    nullable: true,
    description: 'the scope as the landscape names it (`value-stream:ev-drive`)',
  })
  scopeRef!: string | null;

  @Field(() => PerformanceScope, {
    nullable: true,
    description: 'null when the scope is not in the landscape',
  })
  scope!: PerformanceScope | null;

  @Field({ description: 'the window as the landscape states it (`P90D`); P90D when it states none' })
  window!: string;

  @Field(() => Int)
  windowDays!: number;

  @Field(() => KpiTargetValue)
  target!: KpiTargetValue;

  @Field(() => MetricValue, { description: 'over the window ending at the board date' })
  current!: MetricValue;

  @Field(() => KpiStatus)
  status!: KpiStatus;

  @Field(() => [KpiTrendPoint], { description: 'the KPI at the end of each of the last weeks, oldest first' })
  trend!: KpiTrendPoint[];

  @Field(() => KpiTrendDirection)
  trendDirection!: KpiTrendDirection;

  @Field(() => [KeyResultEvaluation], { description: 'the key results measured by this KPI' })
  keyResults!: KeyResultEvaluation[];

  @Field(() => String, { nullable: true, description: 'why the KPI could not be evaluated' })
  problem!: string | null;
}

@ObjectType({ description: 'The KPIs that steer one performance parameter' })
export class KpiGroup {
  @Field(() => KpiParameter)
  parameter!: KpiParameter;

  @Field(() => [KpiEvaluation])
  kpis!: KpiEvaluation[];
}

@ObjectType()
export class KpiObjective {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => KpiParameter, { nullable: true })
  parameter!: KpiParameter | null;

  @Field(() => [KeyResultEvaluation])
  keyResults!: KeyResultEvaluation[];
}

@ObjectType({ description: 'The measurement system: objectives, their key results, and every KPI evaluated' })
export class KpiBoard {
  @Field(() => GraphQLISODateTime, {
    description: 'the instant the KPIs were evaluated at (the end of a UTC day)',
  })
  at!: Date;

  @Field(() => [KpiGroup], {
    description: 'by performance parameter, always all four (time-to-market first)',
  })
  groups!: KpiGroup[];

  @Field(() => [KpiObjective])
  objectives!: KpiObjective[];
}
