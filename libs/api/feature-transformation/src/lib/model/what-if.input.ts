import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export enum PlanEditKind {
  ADD = 'ADD',
  REMOVE = 'REMOVE',
  MOVE = 'MOVE',
}

registerEnumType(PlanEditKind, {
  name: 'PlanEditKind',
  valuesMap: {
    ADD: { description: 'a new step: stepId, effortWeeks, requires, optionally name and changes' },
    REMOVE: { description: 'the step leaves the plan, and so do the requirements on it' },
    MOVE: {
      description: 'new requirements (requires, when given) and/or a pin to a wave (notBeforeWave; 0 unpins)',
    },
  },
});

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const ID_MESSAGE = 'ids are landscape ids ([a-z0-9][a-z0-9-]*)';

@InputType({ description: 'One change to try on the plan' })
export class PlanEditInput {
  @Field(() => PlanEditKind)
  @IsEnum(PlanEditKind)
  kind!: PlanEditKind;

  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  stepId!: string;

  @Field(() => String, { nullable: true, description: 'ADD: a name for the new step' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  name?: string | null;

  @Field(() => Float, { nullable: true, description: 'ADD: its effort in weeks (default 0)' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10_000)
  effortWeeks?: number | null;

  @Field(() => [ID], { nullable: true, description: 'ADD, MOVE: the step ids it requires' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  requires?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'ADD, MOVE: not before this wave (1-based); MOVE: 0 unpins',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  notBeforeWave?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'ADD: what the new step changes (landscape references, `value-stream:ev-drive`)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  changes?: string[] | null;
}

@ArgsType()
export class TransformationWhatIfArgs {
  @Field(() => ID, { nullable: true, description: 'the initiative whose plan to try; none: every step' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  initiativeId?: string | null;

  @Field(() => Float, { nullable: true, description: 'effort weeks a wave holds; none or 0: unlimited' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100_000)
  capacityWeeksPerWave?: number | null;

  @Field(() => [PlanEditInput], { description: 'applied in order' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PlanEditInput)
  edits!: PlanEditInput[];
}

@ArgsType()
export class TransformationLandscapeArgs {
  @Field(() => ID, { nullable: true, description: 'the initiative; none: every step of every initiative' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  initiativeId?: string | null;

  @Field(() => Float, { nullable: true, description: 'effort weeks a wave holds; none or 0: unlimited' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100_000)
  capacityWeeksPerWave?: number | null;
}
