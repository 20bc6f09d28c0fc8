import {
  Args,
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
  ObjectType,
  Field,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { printType } from 'graphql';
import { ApiError } from '../errors/api-error';
import {
  ConnectionArgs,
  connectionComplexity,
  MAX_PAGE_SIZE,
  Paginated,
  toConnection,
  toPage,
} from './connection';
import { decodeCursor, encodeCursor } from './cursor';

@ObjectType()
class Team {
  @Field()
  id!: string;
}

@ObjectType()
class TeamConnection extends Paginated(Team) {}

@Resolver()
class TeamsResolver {
  @Query(() => TeamConnection, { complexity: connectionComplexity })
  teams(@Args() _args: ConnectionArgs): TeamConnection {
    return toConnection([], toPage({}), 0);
  }
}

describe('toPage', () => {
  it('defaults to the first 50 and continues after a cursor', () => {
    expect(toPage({})).toEqual({ offset: 0, limit: 50 });
    expect(toPage({ first: null, after: null })).toEqual({ offset: 0, limit: 50 });
    expect(toPage({ first: 10, after: encodeCursor({ offset: 9 }) })).toEqual({ offset: 10, limit: 10 });
  });

  it.each([0, -1, 2.5, MAX_PAGE_SIZE + 1])('refuses first = %s with the field named', (first) => {
    expect(() => toPage({ first })).toThrow(ApiError);
    try {
      toPage({ first });
    } catch (error) {
      expect((error as ApiError).fields).toEqual([
        { field: 'first', message: 'first must be an integer from 1 to 500' },
      ]);
    }
  });

  it('refuses a cursor it did not make', () => {
    expect(() => toPage({ after: 'bm9wZQ' })).toThrow('after is not a cursor of this list');
  });
});

describe('toConnection', () => {
  it('gives each edge the cursor of its position and tells what lies around the page', () => {
    const page = toPage({ first: 2, after: encodeCursor({ offset: 1 }) });
    const connection = toConnection(['c', 'd'], page, 5);
    expect(connection.edges.map((e) => [decodeCursor(e.cursor), e.node])).toEqual([
      [{ offset: 2 }, 'c'],
      [{ offset: 3 }, 'd'],
    ]);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: connection.edges[0].cursor,
      endCursor: connection.edges[1].cursor,
    });
    expect(toPage({ first: 2, after: connection.pageInfo.endCursor })).toEqual({ offset: 4, limit: 2 });
  });

  it('an empty page has no cursors', () => {
    expect(toConnection([], toPage({}), 0)).toEqual({
      edges: [],
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });
});

describe('Paginated', () => {
  it('defines the Relay connection and edge types of a node type, and the page arguments', async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    const schema = await app.get(GraphQLSchemaFactory).create([TeamsResolver]);
    await app.close();
    expect(printType(schema.getType('TeamConnection')!)).toBe(
      'type TeamConnection {\n  edges: [TeamEdge!]!\n  pageInfo: PageInfo!\n  totalCount: Int!\n}',
    );
    expect(printType(schema.getType('TeamEdge')!)).toBe(
      'type TeamEdge {\n  cursor: String!\n  node: Team!\n}',
    );
    const teams = schema.getQueryType()!.getFields()['teams'];
    expect(teams.args.map((a) => `${a.name}: ${String(a.type)} = ${String(a.defaultValue)}`)).toEqual([
      'first: Int = 50',
      'after: String = undefined',
    ]);
  });

  it('costs its selection once per requested item', () => {
    const cost = (first?: number) =>
      connectionComplexity({ args: first === undefined ? {} : { first }, childComplexity: 3 } as never);
    expect(cost(10)).toBe(31);
    expect(cost()).toBe(151);
    expect(cost(100_000)).toBe(1 + 3 * MAX_PAGE_SIZE);
  });
});
