import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { RULE_LIST } from '../rules/catalog';
import { DEFAULT_THRESHOLDS } from '../rules/thresholds';
import { ViewFindingSeverity } from './finding.model';

const d = DEFAULT_THRESHOLDS;

@InputType({
  description: 'Overrides of the rule thresholds for one request; unset fields keep their defaults',
})
export class FindingThresholdsInput {
  @Field(() => Int, { nullable: true, description: `default ${d.longLivedYears}` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  longLivedYears?: number;

  @Field(() => String, { nullable: true, description: 'ISO date; default today' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be an ISO date (YYYY-MM-DD)' })
  asOf?: string;

  @Field(() => Int, { nullable: true, description: `default ${d.maxDomainsPerTeam}` })
  @IsOptional()
  @IsInt()
  @Min(1)
  maxDomainsPerTeam?: number;

  @Field(() => Int, { nullable: true, description: `default ${d.maxComponentsPerTeam}` })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxComponentsPerTeam?: number;

  @Field(() => Int, { nullable: true, description: `default ${d.maxStreamsPerTeam}` })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxStreamsPerTeam?: number;

  @Field(() => Float, { nullable: true, description: `0..1, default ${d.maxCouplingDensity}` })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  maxCouplingDensity?: number;

  @Field(() => Float, { nullable: true, description: `default ${d.minCouplingWeight}` })
  @IsOptional()
  @IsNumber()
  @Min(0)
  minCouplingWeight?: number;

  @Field(() => Int, { nullable: true, description: `default ${d.minSharedComponents}` })
  @IsOptional()
  @IsInt()
  @Min(1)
  minSharedComponents?: number;

  @Field(() => Int, { nullable: true, description: `default ${d.maxStreamsPerProduct}` })
  @IsOptional()
  @IsInt()
  @Min(1)
  maxStreamsPerProduct?: number;
}

@InputType({ description: 'Which findings: all conditions must hold' })
export class FindingsFilter {
  @Field(() => String, { nullable: true, description: 'a rule id, or `manual` for stored findings' })
  @IsOptional()
  @IsString()
  @IsIn([...RULE_LIST.map((r) => r.id), 'manual'], { message: 'rule must be a rule id or manual' })
  rule?: string;

  @Field(() => ViewFindingSeverity, { nullable: true })
  @IsOptional()
  severity?: ViewFindingSeverity;

  @Field(() => ID, { nullable: true, description: 'a domain id: findings of its domain view' })
  @IsOptional()
  @IsString()
  domain?: string;
}
