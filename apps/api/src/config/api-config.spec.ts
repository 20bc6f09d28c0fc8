import { ConfigError, loadApiConfig } from './api-config';

const noLocalPassword = () => undefined;
const ISSUER = 'https://sso.example.org/realms/streamscape';
const minimal = { NEO4J_PASSWORD: 'secret-pw', OIDC_ISSUER: ISSUER };

function problemOf(env: NodeJS.ProcessEnv, localPassword = noLocalPassword): string {
  try {
    loadApiConfig(env, localPassword);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('loadApiConfig', () => {
  it('needs only the Neo4j password and the token issuer; everything else has a safe default', () => {
    const config = loadApiConfig(minimal, noLocalPassword);
    expect(config).toEqual({
      nodeEnv: 'production',
      host: '127.0.0.1',
      port: 4000,
      logLevel: 'info',
      auth: {
        mode: 'oidc',
        oidc: {
          issuer: ISSUER,
          jwksUrl: `${ISSUER}/protocol/openid-connect/certs`,
          audience: 'streamscape-api',
          clockToleranceSeconds: 5,
          jwksCooldownMs: 10_000,
        },
      },
      graphql: { maxComplexity: 5000, maxDepth: 12, introspection: false },
      graph: {
        uri: 'bolt://127.0.0.1:7687',
        user: 'neo4j',
        password: 'secret-pw',
        database: 'neo4j',
        readTimeoutMs: 30_000,
      },
      cypherConsole: { timeoutMs: 5000, maxRows: 1000 },
    });
  });

  it('reads every variable, typed', () => {
    const config = loadApiConfig(
      {
        ...minimal,
        NODE_ENV: 'development',
        API_HOST: '::1',
        API_PORT: '0',
        LOG_LEVEL: 'debug',
        GRAPHQL_MAX_COMPLEXITY: '100',
        GRAPHQL_MAX_DEPTH: '5',
        GRAPHQL_INTROSPECTION: 'false',
        NEO4J_URI: 'neo4j+s://graph.example.org:7687',
        NEO4J_USER: 'api',
        NEO4J_DATABASE: 'landscape',
        NEO4J_READ_TIMEOUT_MS: '5000',
        CYPHER_CONSOLE_TIMEOUT_MS: '2000',
        CYPHER_CONSOLE_MAX_ROWS: '50',
      },
      noLocalPassword,
    );
    expect(config).toMatchObject({ nodeEnv: 'development', host: '::1', port: 0, logLevel: 'debug' });
    expect(config.graphql).toEqual({ maxComplexity: 100, maxDepth: 5, introspection: false });
    expect(config.graph).toMatchObject({
      uri: 'neo4j+s://graph.example.org:7687',
      user: 'api',
      database: 'landscape',
      readTimeoutMs: 5000,
    });
    expect(config.cypherConsole).toEqual({ timeoutMs: 2000, maxRows: 50 });
  });

  it('turns introspection on in development and test', () => {
    expect(
      loadApiConfig({ ...minimal, NODE_ENV: 'development' }, noLocalPassword).graphql.introspection,
    ).toBe(true);
    expect(loadApiConfig({ ...minimal, NODE_ENV: 'test' }, noLocalPassword).graphql.introspection).toBe(true);
  });

  it.each([
    ['API_PORT', 'abc', 'API_PORT must be a whole number from 0 to 65535 (got "abc")'],
    ['API_PORT', '70000', 'API_PORT must be from 0 to 65535 (got "70000")'],
    ['NODE_ENV', 'staging', 'NODE_ENV must be one of development, test, production (got "staging")'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of'],
    ['AUTH_MODE', 'none', 'AUTH_MODE must be one of oidc, local (got "none")'],
    ['OIDC_ISSUER', 'sso.example.org', 'OIDC_ISSUER must be an http(s) URL (got "sso.example.org")'],
    ['OIDC_JWKS_URL', 'ftp://keys', 'OIDC_JWKS_URL must be an http(s) URL'],
    ['OIDC_CLOCK_TOLERANCE_S', '600', 'OIDC_CLOCK_TOLERANCE_S must be from 0 to 300'],
    ['GRAPHQL_MAX_COMPLEXITY', '0', 'GRAPHQL_MAX_COMPLEXITY must be from 1 to'],
    ['GRAPHQL_MAX_DEPTH', '-3', 'GRAPHQL_MAX_DEPTH must be a whole number'],
    ['GRAPHQL_INTROSPECTION', 'yes', 'GRAPHQL_INTROSPECTION must be one of true, false'],
    ['CYPHER_CONSOLE_MAX_ROWS', '0', 'CYPHER_CONSOLE_MAX_ROWS must be from 1 to 100000 (got "0")'],
    ['CYPHER_CONSOLE_TIMEOUT_MS', '5s', 'CYPHER_CONSOLE_TIMEOUT_MS must be a whole number from 1 to 600000'],
    ['NEO4J_URI', 'http://localhost:7474', 'NEO4J_URI must be a bolt:// or neo4j:// URI'],
    ['NEO4J_READ_TIMEOUT_MS', 'soon', 'NEO4J_READ_TIMEOUT_MS must be a whole number'],
  ])('stops on a wrong %s, naming it', (name, value, expected) => {
    expect(problemOf({ ...minimal, [name]: value })).toContain(expected);
  });

  it('stops on a missing password, naming it, and never prints a password', () => {
    expect(problemOf({})).toContain('NEO4J_PASSWORD is not set');
    expect(problemOf({ NEO4J_PASSWORD: 'secret-pw', API_PORT: 'x' })).not.toContain('secret-pw');
  });

  it('lists every problem at once', () => {
    const message = problemOf({ API_PORT: 'x', NODE_ENV: 'prod' });
    // the port, the environment, the Neo4j password and the issuer
    expect(message.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(4);
  });

  it('uses the local database password when none is set, like the CLI', () => {
    expect(loadApiConfig({ OIDC_ISSUER: ISSUER }, () => 'from-file').graph.password).toBe('from-file');
    expect(
      loadApiConfig({ NEO4J_PASSWORD: 'set', OIDC_ISSUER: ISSUER }, () => 'from-file').graph.password,
    ).toBe('set');
  });

  it('treats empty values as unset', () => {
    expect(loadApiConfig({ ...minimal, API_PORT: '', NODE_ENV: '' }, noLocalPassword)).toMatchObject({
      port: 4000,
      nodeEnv: 'production',
    });
  });

  it('in local auth mode, refuses to listen beyond loopback', () => {
    const local = { ...minimal, AUTH_MODE: 'local' };
    expect(problemOf({ ...local, API_HOST: '0.0.0.0' })).toContain(
      'API_HOST must be a loopback address (127.0.0.1, ::1, localhost) while AUTH_MODE=local',
    );
    expect(problemOf({ NEO4J_PASSWORD: 'pw', NODE_ENV: 'test', API_HOST: '10.0.0.5' })).toContain(
      'API_HOST must be a loopback address',
    );
    expect(loadApiConfig({ ...local, API_HOST: 'localhost' }, noLocalPassword).host).toBe('localhost');
    expect(loadApiConfig({ ...minimal, API_HOST: '0.0.0.0' }, noLocalPassword).auth.mode).toBe('oidc');
  });

  it('verifies tokens by default, needs the issuer for it, and keys may come from another address', () => {
    expect(problemOf({ NEO4J_PASSWORD: 'pw' })).toContain('OIDC_ISSUER is required with AUTH_MODE=oidc');
    const config = loadApiConfig(
      {
        ...minimal,
        OIDC_JWKS_URL: 'http://keycloak:8080/realms/streamscape/protocol/openid-connect/certs',
        OIDC_AUDIENCE: 'landscape-api',
        OIDC_CLOCK_TOLERANCE_S: '0',
      },
      noLocalPassword,
    );
    expect(config.auth.oidc).toMatchObject({
      issuer: ISSUER,
      jwksUrl: 'http://keycloak:8080/realms/streamscape/protocol/openid-connect/certs',
      audience: 'landscape-api',
      clockToleranceSeconds: 0,
    });
  });

  it('in development, expects the local Keycloak; under NODE_ENV=test, defaults to local mode', () => {
    expect(
      loadApiConfig({ NEO4J_PASSWORD: 'pw', NODE_ENV: 'development' }, noLocalPassword).auth,
    ).toMatchObject({
      mode: 'oidc',
      oidc: { issuer: 'http://127.0.0.1:8080/realms/streamscape' },
    });
    expect(loadApiConfig({ NEO4J_PASSWORD: 'pw', NODE_ENV: 'test' }, noLocalPassword).auth).toEqual({
      mode: 'local',
    });
  });
});
