import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * `JSON`: any JSON value (object, array, string, number, boolean, null), for data whose shape the schema
 * cannot know, such as the rows of the Cypher console. Written here rather than taken from a package:
 * the workspace has none, and the scalar is a few lines.
 */
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value: an object, array, string, number, boolean or null',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => jsonLiteral(ast, variables ?? undefined),
});

function jsonLiteral(ast: ValueNode, variables: Record<string, unknown> | undefined): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => jsonLiteral(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, jsonLiteral(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value] ?? null;
    default:
      // an enum value has no JSON form
      throw new GraphQLError(`JSON cannot represent ${ast.kind}`, { nodes: ast });
  }
}
