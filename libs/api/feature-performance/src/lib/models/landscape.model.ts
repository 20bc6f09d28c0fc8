import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { MetricBucket, MetricsSource, PerformanceFindingSeverity, ScopeKind } from './enums';
import { MetricValue } from './metric.model';

@ObjectType({ description: 'The scope a view or KPI measures' })
export class PerformanceScope {
  @Field(() => ScopeKind)
  kind!: ScopeKind;

  @Field(() => String, { nullable: true })
  id!: string | null;

  @Field()
  name!: string;

  @Field({ description: 'the scope as a view node id (`domain:adas`)' })
  nodeId!: string;
}

@ObjectType({ description: 'The whole UTC days measured: [from, to)' })
export class PerformanceWindow {
  @Field(() => GraphQLISODateTime)
  from!: Date;

  @Field(() => GraphQLISODateTime)
  to!: Date;

  @Field(() => Int)
  days!: number;
}

@ObjectType({
  description:
    'A node of the heat map, shaped like a Cytoscape element: `parent` nests streams in domains and stages in streams',
})
export class PerformanceNode {
  @Field(() => ID, { description: '`kind:id`, e.g. `stage:adas-l2-plus-system-integration`' })
  id!: string;

  @Field({ description: 'enterprise, domain, value-stream, stage, integration-point, team or org-unit' })
  kind!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  parent!: string | null;

  @Field(() => [MetricValue])
  metrics!: MetricValue[];
}

@ObjectType({
  description:
    'A flow between stages, or a feedback loop from the stage that found defects to where they were made',
})
export class PerformanceEdge {
  @Field(() => ID)
  id!: string;

  @Field({ description: '`flow` (FLOWS_TO) or `feedback`' })
  kind!: string;

  @Field()
  source!: string;

  @Field()
  target!: string;

  @Field({
    description: 'declared in the landscape (FEEDBACK_TO); false: only the defects took this way back',
  })
  declared!: boolean;

  @Field(() => Float, { nullable: true, description: 'the declared delay of a feedback loop, days' })
  delayDays!: number | null;

  @Field(() => Int, {
    description: 'feedback loops: defects found at the source and made at the target in the window',
  })
  defects!: number;

  @Field(() => [MetricValue])
  metrics!: MetricValue[];
}

@ObjectType()
export class PerformanceComparisonRow {
  @Field(() => ID)
  domainId!: string;

  @Field()
  domainName!: string;

  @Field(() => [MetricValue])
  metrics!: MetricValue[];
}

@ObjectType({
  description: 'Domains side by side on the key metrics (at the enterprise scope: every domain)',
})
export class PerformanceComparison {
  @Field(() => [String], { description: 'the metric ids of the columns' })
  metrics!: string[];

  @Field(() => [PerformanceComparisonRow])
  rows!: PerformanceComparisonRow[];
}

@ObjectType()
export class PerformanceTrendPoint {
  @Field({ description: 'the bucket: `2026-03-02` (day, or the Monday of a week), `2026-03` (month)' })
  label!: string;

  @Field(() => GraphQLISODateTime)
  from!: Date;

  @Field(() => GraphQLISODateTime)
  to!: Date;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Int)
  sampleSize!: number;
}

@ObjectType({ description: 'One metric of the scope, bucket by bucket (buckets are clipped to the window)' })
export class PerformanceTrend {
  @Field()
  metric!: string;

  @Field(() => [PerformanceTrendPoint])
  points!: PerformanceTrendPoint[];
}

@ObjectType({ description: 'A weakness found by a performance rule (docs/findings-performance.md)' })
export class PerformanceFinding {
  @Field(() => ID, { description: '`<rule>:<subjects>`, e.g. `queue-before-stage:stage:x`' })
  id!: string;

  @Field({
    description:
      'queue-before-stage, late-integration, high-defect-escape, slow-feedback-loop or dora-low-band',
  })
  rule!: string;

  @Field(() => PerformanceFindingSeverity)
  severity!: PerformanceFindingSeverity;

  @Field()
  message!: string;

  @Field(() => [String], { description: 'the view nodes it is about, the main one first' })
  nodeIds!: string[];

  @Field({ description: 'the metric the rule judged' })
  metric!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  threshold!: number;
}

@ObjectType({ description: 'The performance & observability view of a scope over a window' })
export class PerformanceLandscape {
  @Field(() => PerformanceScope)
  scope!: PerformanceScope;

  @Field(() => PerformanceWindow)
  window!: PerformanceWindow;

  @Field(() => MetricBucket)
  bucket!: MetricBucket;

  @Field(() => MetricsSource)
  source!: MetricsSource;

  @Field(() => [MetricValue], { description: "the scope's own values over the window" })
  metrics!: MetricValue[];

  @Field(() => [PerformanceNode])
  nodes!: PerformanceNode[];

  @Field(() => [PerformanceEdge])
  edges!: PerformanceEdge[];

  @Field(() => PerformanceComparison)
  comparison!: PerformanceComparison;

  @Field(() => [PerformanceTrend])
  trends!: PerformanceTrend[];

  @Field(() => [PerformanceFinding])
  findings!: PerformanceFinding[];
}
