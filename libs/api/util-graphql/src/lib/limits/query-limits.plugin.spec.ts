import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { buildSchema, GraphQLError, parse } from 'graphql';
import { operationDepth } from './depth';
import { queryLimitsPlugin } from './query-limits.plugin';

const schema = buildSchema(`
  type Team { id: String! name: String! owns: [Component!]! }
  type Component { id: String! dependsOn: [Component!]! team: Team }
  type Query { teams: [Team!]! team(id: String!): Team }
`);

/** Runs the plugin's check as Apollo would, after the operation is resolved. */
async function check(
  query: string,
  limits = { maxComplexity: 20, maxDepth: 4 },
  operationName?: string,
): Promise<void> {
  const listener = (await queryLimitsPlugin(limits).requestDidStart!(
    {} as never,
  )) as GraphQLRequestListener<object>;
  const context = { request: { operationName, variables: {} }, document: parse(query), schema };
  await listener.didResolveOperation!(context as unknown as GraphQLRequestContextDidResolveOperation<object>);
}

async function rejection(query: string): Promise<GraphQLError> {
  const error = await check(query).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof GraphQLError)) throw new Error(`expected a GraphQLError, got ${String(error)}`);
  return error;
}

describe('operationDepth', () => {
  it('counts nested fields, through fragments, but not introspection', () => {
    expect(operationDepth(parse('{ teams { id } }'))).toBe(2);
    expect(operationDepth(parse('{ teams { owns { dependsOn { id } } } }'))).toBe(4);
    const viaFragments = parse(`
      query Q { teams { ...T } }
      fragment T on Team { owns { ... on Component { team { id } } } }
    `);
    expect(operationDepth(viaFragments, 'Q')).toBe(4);
    expect(
      operationDepth(parse('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')),
    ).toBe(0);
  });

  it('measures the operation that will run', () => {
    const document = parse('query Flat { teams { id } } query Deep { teams { owns { team { id } } } }');
    expect(operationDepth(document, 'Flat')).toBe(2);
    expect(operationDepth(document, 'Deep')).toBe(4);
  });
});

describe('queryLimitsPlugin', () => {
  it('lets an operation within both limits run', async () => {
    await expect(check('{ teams { id name owns { id } } }')).resolves.toBeUndefined();
  });

  it('rejects an operation deeper than the limit, stating both figures', async () => {
    const error = await rejection('{ teams { owns { dependsOn { team { id } } } } }');
    expect(error.message).toBe('Query depth 5 exceeds the limit of 4');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', depth: 5, maxDepth: 4 });
  });

  it('rejects an operation more complex than the limit, stating both figures', async () => {
    const fields = Array.from({ length: 25 }, (_, i) => `a${i}: id`).join(' ');
    const error = await rejection(`{ teams { ${fields} } }`);
    expect(error.message).toMatch(/^Query complexity 26 exceeds the limit of 20/);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', complexity: 26, maxComplexity: 20 });
  });
});
