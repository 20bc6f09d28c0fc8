import { Graph } from '../lib/graph';
import { migrate } from '../lib/migrate';

/** The Neo4j of the integration tests (started by `npm test` or by the Jest global setup). */
export async function connectTestGraph(): Promise<Graph> {
  const uri = process.env['NEO4J_TEST_URI'];
  const password = process.env['NEO4J_TEST_PASSWORD'];
  if (!uri || !password)
    throw new Error(
      'NEO4J_TEST_URI/NEO4J_TEST_PASSWORD are not set: run integration tests through `npm test` or their int-test target',
    );
  const graph = await Graph.connect({
    uri,
    user: 'neo4j',
    password,
    database: 'neo4j',
    readTimeoutMs: 60_000,
  });
  await migrate(graph);
  return graph;
}

/** Empties the graph (keeping the schema), so that each test starts from nothing. */
export async function resetGraph(graph: Graph): Promise<void> {
  await graph.write('test: reset', (tx) => tx.run('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n'));
}
