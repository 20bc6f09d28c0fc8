import { type GraphConfig, graphConfigFromEnv } from '@streamscape/graph';
import type { AuthMode, OidcSettings } from '@streamscape/api-graphql';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

export type NodeEnv = 'development' | 'test' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The API's settings, read once from the environment at start-up (docs/api.md lists the variables). */
export abstract class ApiConfig {
  abstract readonly nodeEnv: NodeEnv;
  abstract readonly host: string;
  abstract readonly port: number;
  abstract readonly logLevel: LogLevel;
  /** `oidc` is set when mode is oidc */
  abstract readonly auth: { readonly mode: AuthMode; readonly oidc?: OidcSettings };
  abstract readonly graphql: {
    readonly maxComplexity: number;
    readonly maxDepth: number;
    readonly introspection: boolean;
  };
  abstract readonly graph: GraphConfig;
  /** the read-only Cypher console's limits */
  abstract readonly cypherConsole: { readonly timeoutMs: number; readonly maxRows: number };
}

/** A wrong or missing variable: the message names each one. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const LOOPBACK = ['127.0.0.1', '::1', 'localhost'];
/** the Keycloak that `npm run idp:start` runs: the issuer in development when none is given */
export const LOCAL_ISSUER = 'http://127.0.0.1:8080/realms/streamscape';
/** variables whose value never appears in a message */
const SECRETS = new Set(['NEO4J_PASSWORD']);

const whole = (min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]+$/, { error: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `must be from ${min} to ${max}` })
        .max(max, { error: `must be from ${min} to ${max}` }),
    );

const oneOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

const EnvSchema = z.object({
  NODE_ENV: oneOf(['development', 'test', 'production']).default('production'),
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: whole(0, 65_535).default(4000),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // no default here: it depends on NODE_ENV (see authModeOf)
  AUTH_MODE: oneOf(['oidc', 'local']).optional(),
  OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  OIDC_JWKS_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  OIDC_AUDIENCE: z.string().default('streamscape-api'),
  OIDC_CLOCK_TOLERANCE_S: whole(0, 300).default(5),
  OIDC_JWKS_COOLDOWN_MS: whole(0, 3_600_000).default(10_000),
  GRAPHQL_MAX_COMPLEXITY: whole(1, 1_000_000).default(5000),
  GRAPHQL_MAX_DEPTH: whole(1, 100).default(12),
  GRAPHQL_INTROSPECTION: oneOf(['true', 'false']).optional(),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, { error: 'must be a bolt:// or neo4j:// URI' })
    .optional(),
  NEO4J_USER: z.string().optional(),
  // its absence is reported by graphConfigFromEnv, with the hint where the local password lives
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]*$/, { error: 'must be a database name' })
    .optional(),
  NEO4J_READ_TIMEOUT_MS: whole(1, 3_600_000).optional(),
  CYPHER_CONSOLE_TIMEOUT_MS: whole(1, 600_000).default(5000),
  CYPHER_CONSOLE_MAX_ROWS: whole(1, 100_000).default(1000),
});

/**
 * Validates the environment and builds the typed settings, or throws one ConfigError naming every wrong
 * or missing variable. Empty values count as unset. Without NEO4J_PASSWORD it uses the password of the
 * local database that `npm run db:start` keeps (as the CLI does).
 */
export function loadApiConfig(
  env: NodeJS.ProcessEnv,
  localPassword: () => string | undefined = readLocalNeo4jPassword,
): ApiConfig {
  const vars = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  if (!vars['NEO4J_PASSWORD']) {
    const password = localPassword();
    if (password) vars['NEO4J_PASSWORD'] = password;
  }
  const problems: string[] = [];
  const parsed = EnvSchema.safeParse(vars);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]);
      const value = vars[name];
      const got = value !== undefined && !SECRETS.has(name) ? ` (got "${value}")` : '';
      problems.push(`${name} ${issue.message}${got}`);
    }
  }
  let graph: GraphConfig | undefined;
  try {
    graph = graphConfigFromEnv(vars);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const host = vars['API_HOST'];
  const mode = authModeOf(vars);
  if (mode === 'local' && host !== undefined && !LOOPBACK.includes(host)) {
    problems.push(
      `API_HOST must be a loopback address (${LOOPBACK.join(', ')}) while AUTH_MODE=local, which gives every caller every role (got "${host}"); use AUTH_MODE=oidc`,
    );
  }
  const issuer = vars['OIDC_ISSUER'] ?? (vars['NODE_ENV'] === 'development' ? LOCAL_ISSUER : undefined);
  if (mode === 'oidc' && !issuer) {
    problems.push(
      'OIDC_ISSUER is required with AUTH_MODE=oidc (the default): the issuer URL tokens name, e.g. ' +
        `${LOCAL_ISSUER} for the Keycloak of \`npm run idp:start\``,
    );
  }
  if (!parsed.success || !graph || problems.length) {
    throw new ConfigError(
      `The API cannot start: fix these environment variables\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    host: e.API_HOST,
    port: e.API_PORT,
    logLevel: e.LOG_LEVEL,
    auth:
      mode === 'local'
        ? { mode }
        : {
            mode,
            oidc: {
              issuer: issuer!,
              jwksUrl: e.OIDC_JWKS_URL ?? `${issuer!.replace(/\/+$/, '')}/protocol/openid-connect/certs`,
              audience: e.OIDC_AUDIENCE,
              clockToleranceSeconds: e.OIDC_CLOCK_TOLERANCE_S,
              jwksCooldownMs: e.OIDC_JWKS_COOLDOWN_MS,
            },
          },
    graphql: {
      maxComplexity: e.GRAPHQL_MAX_COMPLEXITY,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      introspection: e.GRAPHQL_INTROSPECTION
        ? e.GRAPHQL_INTROSPECTION === 'true'
        : e.NODE_ENV !== 'production',
    },
    graph,
    cypherConsole: { timeoutMs: e.CYPHER_CONSOLE_TIMEOUT_MS, maxRows: e.CYPHER_CONSOLE_MAX_ROWS },
  };
}

/**
 * AUTH_MODE, whose default is `oidc` (tokens from Keycloak), except under NODE_ENV=test, where it is `local`:
 * tests that are not about sign-in (and printing the schema) run without an identity provider.
 */
export function authModeOf(vars: Record<string, string | undefined>): AuthMode {
  const mode = vars['AUTH_MODE'];
  if (mode === 'local' || mode === 'oidc') return mode;
  return vars['NODE_ENV'] === 'test' ? 'local' : 'oidc';
}

/** The password `npm run db:start` generated for the local database, if there is one. */
export function readLocalNeo4jPassword(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = `${env['NEO4J_DATA_DIR'] ?? join(repoRoot(), '.data', 'neo4j')}-password`;
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/** The workspace folder (where nx.json is), from the source tree or a build below it; else the cwd. */
export function repoRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
