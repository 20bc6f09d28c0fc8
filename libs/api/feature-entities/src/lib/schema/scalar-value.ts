import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

type Scalar = string | number | boolean;

const isScalar = (v: unknown): v is Scalar =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

function fromLiteral(node: ValueNode): Scalar {
  switch (node.kind) {
    case Kind.STRING:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    default:
      throw new GraphQLError('ScalarValue must be a string, a number or a boolean', { nodes: node });
  }
}

/** A value a transformation step sets on a field (`sets[].value`): the model allows any plain scalar. */
export const ScalarValue = new GraphQLScalarType<Scalar, Scalar>({
  name: 'ScalarValue',
  description: 'A string, a number or a boolean',
  serialize: (value) => {
    if (!isScalar(value)) throw new GraphQLError('ScalarValue must be a string, a number or a boolean');
    return value;
  },
  parseValue: (value) => {
    if (!isScalar(value)) throw new GraphQLError('ScalarValue must be a string, a number or a boolean');
    return value;
  },
  parseLiteral: fromLiteral,
});
