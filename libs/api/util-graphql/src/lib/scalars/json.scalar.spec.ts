import { parseValue, valueFromAST } from 'graphql';
import { GraphQLJSON } from './json.scalar';

describe('the JSON scalar', () => {
  it('passes values through both ways', () => {
    const value = { a: [1, 'x', null, { b: true }], n: 2.5 };
    expect(GraphQLJSON.serialize(value)).toBe(value);
    expect(GraphQLJSON.parseValue(value)).toBe(value);
  });

  it('reads inline literals, variables included', () => {
    const literal = parseValue(
      '{ limit: 10, ratio: 0.5, ids: ["a", "b"], deep: { on: true, none: null }, v: $v }',
    );
    expect(valueFromAST(literal, GraphQLJSON, { v: 'from a variable' })).toEqual({
      limit: 10,
      ratio: 0.5,
      ids: ['a', 'b'],
      deep: { on: true, none: null },
      v: 'from a variable',
    });
  });

  it('has no JSON for an enum value', () => {
    expect(valueFromAST(parseValue('RED'), GraphQLJSON)).toBeUndefined();
  });
});
