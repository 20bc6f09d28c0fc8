import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ALL_ROLES, ConnectionArgs } from '@streamscape/api-graphql';
import { WindowInput } from '@streamscape/api-performance';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const ID_MESSAGE = 'id must be a landscape id ([a-z0-9][a-z0-9-]*)';
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A decision to record; about names landscape entities (`domain:powertrain`)' })
export class RecordDecisionInput {
  @Field(() => ID, { nullable: true, description: 'default: made from the name' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @MaxLength(200)
  id?: string | null;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @Field(() => String, { nullable: true, description: 'ISO date; default today (UTC)' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'date must be an ISO date (YYYY-MM-DD)' })
  date?: string | null;

  @Field({ description: 'approved, rejected, deferred, ...' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  outcome!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  rationale?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'references, `kind:id`' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  about: string[] = [];
}

@InputType({ description: 'A review to hold: freezes the landscape now and records the decisions' })
export class CreateReviewInput {
  @Field(() => ID, { nullable: true, description: 'default: made from the name and date' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @MaxLength(200)
  id?: string | null;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @Field(() => String, { nullable: true, description: 'ISO date the board meets; default today (UTC)' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'heldOn must be an ISO date (YYYY-MM-DD)' })
  heldOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: `realm roles that may open it: ${ALL_ROLES.join(', ')}`,
  })
  @IsArray()
  @IsIn(ALL_ROLES, { each: true, message: `each audience role must be one of ${ALL_ROLES.join(', ')}` })
  audienceRoles: string[] = [];

  @Field(() => [String], {
    defaultValue: [],
    description: 'Keycloak group paths that may open it (`/board`)',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(/^\/\S.*$/, { each: true, message: 'each audience group must be a group path starting with /' })
  audienceGroups: string[] = [];

  @Field(() => [ID], { defaultValue: [], description: 'the decisions it records (they must exist)' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  decisionIds: string[] = [];

  @Field(() => WindowInput, {
    nullable: true,
    description: 'the performance window; default the 90 days up to the end of heldOn',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => WindowInput)
  window?: WindowInput | null;

  @Field(() => ID, { nullable: true, description: 'freeze the transformation view of this initiative only' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  initiativeId?: string | null;
}

@ArgsType()
export class ReviewsArgs extends ConnectionArgs {}
