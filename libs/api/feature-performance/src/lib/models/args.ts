import { ArgsType, Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { METRIC_KEYS } from '@streamscape/metrics';
import { MetricBucket, ScopeKind } from './enums';

@InputType({
  description: 'What to measure: the enterprise (no id), or a domain, value stream, stage, ... by id',
})
export class ScopeInput {
  @Field(() => ScopeKind)
  @IsEnum(ScopeKind)
  kind!: ScopeKind;

  @Field(() => String, {
    nullable: true,
    description: 'the id of the domain, stream, stage, ...; none for the enterprise',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^[a-z0-9][a-z0-9-]*$/, { message: 'id must be a landscape id ([a-z0-9][a-z0-9-]*)' })
  id?: string | null;
}

@InputType({
  description:
    'A time window [from, to). Instants in any offset are taken in UTC and widened to the whole UTC days they touch.',
})
export class WindowInput {
  @Field(() => GraphQLISODateTime)
  @IsDate()
  from!: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  to!: Date;
}

@ArgsType()
export class PerformanceLandscapeArgs {
  @Field(() => ScopeInput)
  @ValidateNested()
  @Type(() => ScopeInput)
  scope!: ScopeInput;

  @Field(() => WindowInput)
  @ValidateNested()
  @Type(() => WindowInput)
  window!: WindowInput;

  @Field(() => MetricBucket, { defaultValue: MetricBucket.WEEK, description: 'the trend buckets' })
  @IsEnum(MetricBucket)
  bucket: MetricBucket = MetricBucket.WEEK;

  @Field(() => [String], {
    nullable: true,
    description:
      'only these metric ids (default: all); fewer metrics make a lighter answer for large heat maps',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(METRIC_KEYS.length)
  @IsIn(METRIC_KEYS, { each: true, message: 'each metric must be a metric id (see metricDefinitions)' })
  metrics?: string[] | null;
}

@ArgsType()
export class KpiBoardArgs {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'evaluate as of this instant (default: the end of the last day with facts)',
  })
  @IsOptional()
  @IsDate()
  at?: Date | null;

  @Field(() => Int, {
    defaultValue: 6,
    description: 'trend points: the KPI at the end of each of the last n weeks, 1 to 26',
  })
  @IsInt()
  @Min(1)
  @Max(26)
  trendPoints = 6;
}
