import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { ConnectionArgs, GraphQLJSON, Paginated } from '@streamscape/api-graphql';
import { IsDate, IsEnum, IsOptional, IsString, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

export enum AuditEventKind {
  MUTATION = 'MUTATION',
  IMPORT = 'IMPORT',
}

registerEnumType(AuditEventKind, {
  name: 'AuditEventKind',
  description: 'What kind of write an audit event records',
  valuesMap: {
    MUTATION: { description: 'a GraphQL mutation' },
    IMPORT: { description: 'a landscape import (CLI or library)' },
  },
});

@ObjectType({
  description: 'One write, as the audit trail recorded it: who, when, what. Never changed afterwards',
})
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'when the write was recorded' })
  at!: Date;

  @Field(() => AuditEventKind)
  kind!: AuditEventKind;

  @Field({ description: "the principal's id (the token's subject; `local` in local mode)" })
  actorId!: string;

  @Field({ description: "the principal's user name or name" })
  actorName!: string;

  @Field({ description: 'the mutation (`updateTeam`) or `import (merge)` / `import (replace)`' })
  operation!: string;

  @Field(() => [ID], { description: 'the ids it wrote (for an import: those of the entities in its files)' })
  ids!: string[];

  @Field(() => [String], {
    description:
      'the input fields it set (`input.name`); for an import, the kinds of the entities in its files',
  })
  fields!: string[];

  @Field(() => GraphQLJSON, { nullable: true, description: 'more about it (the counts of an import)' })
  details!: Record<string, unknown> | null;
}

@ObjectType()
export class AuditEventConnection extends Paginated(AuditEvent) {}

@InputType({ description: 'Which audit events; all given conditions must hold' })
export class AuditTrailFilter {
  @Field(() => String, { nullable: true, description: "an actor's id or user name" })
  @IsOptional()
  @IsString()
  actor?: string | null;

  @Field(() => AuditEventKind, { nullable: true })
  @IsOptional()
  @IsEnum(AuditEventKind)
  kind?: AuditEventKind | null;

  @Field(() => String, { nullable: true, description: 'a mutation name, e.g. `deleteTeam`' })
  @IsOptional()
  @IsString()
  operation?: string | null;

  @Field(() => ID, { nullable: true, description: 'events that wrote this id' })
  @IsOptional()
  @IsString()
  id?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'from this instant (inclusive)' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'before this instant (exclusive)' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

@ArgsType()
export class AuditTrailArgs extends ConnectionArgs {
  @Field(() => AuditTrailFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditTrailFilter)
  filter?: AuditTrailFilter | null;
}
