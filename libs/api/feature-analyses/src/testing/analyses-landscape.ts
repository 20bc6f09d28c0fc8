import type { Graph, GraphConfig } from '@streamscape/graph';
import { GraphHost } from '@streamscape/graph-nest';
import { importLandscape } from '@streamscape/landscape-io';
import { join } from 'node:path';

/** The mini landscape plus components built for the analyses: a chain across domains and two cycles. */
export const ANALYSES_LANDSCAPE = [
  join(__dirname, '../../../feature-landscape-io/src/fixtures/mini'),
  join(__dirname, '../fixtures/dependencies'),
];

export async function importAnalysesLandscape(graph: Graph): Promise<void> {
  const result = await importLandscape(graph, ANALYSES_LANDSCAPE);
  if (!result.ok)
    throw new Error(`the analyses landscape does not import: ${JSON.stringify(result.problems)}`);
}

/** The API's handle on the test database, connected as the app connects it. */
export async function connectTestHost(overrides: Partial<GraphConfig> = {}): Promise<GraphHost> {
  const uri = process.env['NEO4J_TEST_URI'];
  const password = process.env['NEO4J_TEST_PASSWORD'];
  if (!uri || !password)
    throw new Error('NEO4J_TEST_URI/NEO4J_TEST_PASSWORD are not set: run the int-test target');
  const host = new GraphHost({
    config: { uri, user: 'neo4j', password, database: 'neo4j', readTimeoutMs: 60_000, ...overrides },
  });
  await host.onModuleInit();
  if (!host.ready) throw new Error(`could not connect to the test database at ${uri}`);
  return host;
}
