import type { Type } from '@nestjs/common';
import { ArgsType, type ComplexityEstimator, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min, ValidateBy } from 'class-validator';
import { ApiError, type FieldProblem } from '../errors/api-error';
import { decodeCursor, decodeOffsetCursor, encodeCursor } from './cursor';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

@ObjectType({ description: 'Where a page sits in the whole list' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

const IsCursor = () =>
  ValidateBy({
    name: 'isCursor',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && decodeCursor(value) !== undefined,
      defaultMessage: (args) => `${args?.property ?? 'cursor'} is not a cursor of this list`,
    },
  });

/** `first`/`after` of a forward-paginated list; extend it with a list's filters. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items, 1 to ${MAX_PAGE_SIZE}`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Start after this cursor (the endCursor of the page before)',
  })
  @IsOptional()
  @IsString()
  @IsCursor()
  after?: string | null;
}

/** A page in storage terms: skip `offset` items, take `limit`. */
export interface Page {
  readonly offset: number;
  readonly limit: number;
}

/** Checks and decodes connection arguments (also when no ValidationPipe ran, as in a service test). */
export function toPage(args: { readonly first?: number | null; readonly after?: string | null }): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    const problem: FieldProblem = {
      field: 'first',
      message: `first must be an integer from 1 to ${MAX_PAGE_SIZE}`,
    };
    throw ApiError.badInput(`Invalid input: ${problem.message}`, [problem]);
  }
  const offset = args.after ? decodeOffsetCursor(args.after) + 1 : 0;
  return { offset, limit: first };
}

export interface Edge<T> {
  readonly cursor: string;
  readonly node: T;
}

export interface Connection<T> {
  readonly edges: Edge<T>[];
  readonly pageInfo: PageInfo;
  readonly totalCount: number;
}

/** The connection of one page of nodes (at most `page.limit`, in list order) out of `totalCount`. */
export function toConnection<T>(nodes: readonly T[], page: Page, totalCount: number): Connection<T> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor({ offset: page.offset + i }), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * The Relay connection type of a node type: `@ObjectType() class TeamConnection extends Paginated(Team) {}`
 * gives `TeamConnection { edges: [TeamEdge!]!, pageInfo: PageInfo!, totalCount: Int! }`.
 */
export function Paginated<T>(classRef: Type<T>, name: string = classRef.name): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => classRef)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }

  return ConnectionType as unknown as Type<Connection<T>>;
}

/** The cost of a connection field: its selection, once per requested item (`@Query(..., { complexity })`). */
export const connectionComplexity: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = Number(args['first'] ?? DEFAULT_PAGE_SIZE);
  return (
    1 +
    childComplexity * Math.min(Math.max(Number.isFinite(first) ? first : DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE)
  );
};
