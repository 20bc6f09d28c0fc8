import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Graph, graphConfigFromEnv } from '@streamscape/graph';

export enum ExitCode {
  OK = 0,
  INVALID = 1,
  USAGE = 2,
}

export class UsageError extends Error {}

const ROOT = resolve(__dirname, '../../..');

/**
 * Connects with the environment's settings. Without NEO4J_PASSWORD it uses the password that
 * `npm run db:start` generated for the local database.
 */
export async function connect(): Promise<Graph> {
  const env = { ...process.env };
  if (!env['NEO4J_PASSWORD']) {
    const file = `${env['NEO4J_DATA_DIR'] ?? join(ROOT, '.data', 'neo4j')}-password`;
    if (existsSync(file)) env['NEO4J_PASSWORD'] = readFileSync(file, 'utf8').trim();
  }
  let config;
  try {
    config = graphConfigFromEnv(env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return Graph.connect(config);
}
