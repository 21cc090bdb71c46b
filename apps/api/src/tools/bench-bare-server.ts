/**
 * The floor for `bench:server`: a bare graphql-http server on node:http with a one-field schema, no framework.
 * Started as a child process on the port given as the only argument; prints `listening` when up.
 */
import { createServer } from 'node:http';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: GraphQLString, resolve: () => 'world' } } }),
});
const handler = createHandler({ schema });
const port = Number(process.argv[2]);
createServer((req, res) => {
  if (req.url?.startsWith('/graphql')) handler(req, res).catch(() => res.writeHead(500).end());
  else res.writeHead(404).end();
}).listen(port, '127.0.0.1', () => console.log('listening'));
