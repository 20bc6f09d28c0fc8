import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '@streamscape/api-graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export const MAX_QUERY_LENGTH = 20_000;

@ObjectType({ description: 'What a read-only Cypher query answered' })
export class CypherResult {
  @Field(() => [String])
  columns!: string[];

  @Field(() => [[GraphQLJSON]], {
    nullable: 'items',
    description:
      'one list of values per row, in column order: nodes as {id, labels, properties}, relationships as {id, type, start, end, properties} (ids are element ids), paths as {nodes, relationships}, temporals as ISO 8601 strings, integers beyond 2^53 as strings',
  })
  rows!: unknown[][];

  @Field({ description: 'the query had more rows than the row limit; the rest were not read' })
  truncated!: boolean;

  @Field(() => Int, { description: 'milliseconds from sending the query to reading its last row' })
  elapsedMs!: number;
}

@ArgsType()
export class CypherArgs {
  @Field({ description: `A Cypher query that only reads (at most ${MAX_QUERY_LENGTH} characters)` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_QUERY_LENGTH)
  query!: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The query parameters, a JSON object by name; whole numbers are sent as integers',
  })
  @IsOptional()
  params?: unknown;
}
