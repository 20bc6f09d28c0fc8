import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ViewFindingKind {
  STRENGTH = 'STRENGTH',
  WEAKNESS = 'WEAKNESS',
  OPPORTUNITY = 'OPPORTUNITY',
  ISSUE = 'ISSUE',
}

export enum ViewFindingSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

export enum ViewFindingStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  RESOLVED = 'RESOLVED',
}

registerEnumType(ViewFindingKind, { name: 'ViewFindingKind' });
registerEnumType(ViewFindingSeverity, { name: 'ViewFindingSeverity' });
registerEnumType(ViewFindingStatus, { name: 'ViewFindingStatus' });

@ObjectType({ description: 'A finding in a view: computed by a rule, or stored in the landscape (manual)' })
export class ViewFinding {
  @Field(() => ID, {
    description: '`<rule>:<subjects>` for a computed finding, `finding:<id>` for a stored one',
  })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'the rule id (docs/findings.md); null for a stored finding',
  })
  rule!: string | null;

  @Field({ description: '`rule:<rule id>` or `manual`' })
  source!: string;

  @Field(() => ViewFindingKind, { nullable: true })
  kind!: ViewFindingKind | null;

  @Field(() => ViewFindingSeverity, { nullable: true })
  severity!: ViewFindingSeverity | null;

  @Field(() => ViewFindingStatus, { nullable: true, description: 'computed findings are OPEN' })
  status!: ViewFindingStatus | null;

  @Field({ description: 'one line, with names' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: "why it matters: the rule's explanation, or the stored description",
  })
  description!: string | null;

  @Field(() => [ID], {
    description: 'the nodes it is about (view node ids), subjects first, then the evidence',
  })
  about!: string[];
}

@ObjectType({ description: 'A rule that computes findings' })
export class FindingRule {
  @Field(() => ID)
  id!: string;

  @Field(() => ViewFindingKind)
  kind!: ViewFindingKind;

  @Field(() => ViewFindingSeverity)
  severity!: ViewFindingSeverity;

  @Field()
  explanation!: string;

  @Field(() => [String], { description: 'enterprise, domain: the views whose findings include it' })
  views!: string[];

  @Field(() => [String], { description: 'the thresholds it uses (FindingThresholdsInput fields)' })
  thresholds!: string[];
}
