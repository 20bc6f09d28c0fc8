export interface GraphConfig {
  /** bolt://host:port for one server, neo4j://host:port for a cluster or Aura (routing) */
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** always named: the driver never guesses the home database */
  readonly database: string;
  /** time limit of read queries, milliseconds */
  readonly readTimeoutMs: number;
}

/**
 * Reads the connection from the environment. A missing password stops with the variable's name,
 * not with a driver error later.
 */
export function graphConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GraphConfig {
  const password = env['NEO4J_PASSWORD'];
  if (!password) {
    throw new Error(
      'NEO4J_PASSWORD is not set. Start the local database with `npm run db:start` (it prints where its password is kept) or set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD.',
    );
  }
  const timeout = Number(env['NEO4J_READ_TIMEOUT_MS'] ?? 30_000);
  if (!Number.isFinite(timeout) || timeout <= 0) {
    throw new Error(
      `NEO4J_READ_TIMEOUT_MS must be a positive number of milliseconds, got "${env['NEO4J_READ_TIMEOUT_MS']}"`,
    );
  }
  return {
    uri: env['NEO4J_URI'] ?? 'bolt://127.0.0.1:7687',
    user: env['NEO4J_USER'] ?? 'neo4j',
    password,
    database: env['NEO4J_DATABASE'] ?? 'neo4j',
    readTimeoutMs: timeout,
  };
}
