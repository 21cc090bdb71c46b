import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function literal(node: ValueNode): Json {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value)]));
    default:
      return null;
  }
}

/** A JSON object of plain values (output only here: match reason parameters). */
export const JsonObjectScalar = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object: string keys, values that are numbers, strings, booleans, lists or objects',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node) => (node.kind === Kind.OBJECT ? literal(node) : null),
});
