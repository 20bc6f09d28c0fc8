import { authConfigFromEnv, LOCAL_ISSUER, parseIssuer } from './auth-config';

describe('parseIssuer', () => {
  it('splits a Keycloak issuer into server URL and realm', () => {
    expect(parseIssuer('http://127.0.0.1:8080/realms/streamscape')).toEqual({
      url: 'http://127.0.0.1:8080',
      realm: 'streamscape',
    });
  });

  it('keeps a context path and ignores a trailing slash', () => {
    expect(parseIssuer('https://sso.example.com/auth/realms/board/')).toEqual({
      url: 'https://sso.example.com/auth',
      realm: 'board',
    });
  });

  it('refuses what is not a realm URL', () => {
    expect(parseIssuer('https://login.example.com/oauth2')).toBeNull();
    expect(parseIssuer('ftp://x/realms/a')).toBeNull();
  });
});

describe('authConfigFromEnv', () => {
  it('runs without sign-in under AUTH_MODE=local', () => {
    expect(authConfigFromEnv({ AUTH_MODE: 'local', OIDC_ISSUER: LOCAL_ISSUER })).toEqual({ mode: 'local' });
  });

  it('signs in through the issuer with the web client', () => {
    expect(authConfigFromEnv({ OIDC_ISSUER: 'http://127.0.0.1:41234/realms/streamscape' })).toEqual({
      mode: 'oidc',
      issuer: 'http://127.0.0.1:41234/realms/streamscape',
      url: 'http://127.0.0.1:41234',
      realm: 'streamscape',
      clientId: 'streamscape-web',
    });
    expect(authConfigFromEnv({ OIDC_ISSUER: LOCAL_ISSUER, OIDC_WEB_CLIENT_ID: 'other' })).toMatchObject({
      clientId: 'other',
    });
  });

  it('assumes the local Keycloak only in development', () => {
    expect(authConfigFromEnv({ NODE_ENV: 'development' })).toMatchObject({
      mode: 'oidc',
      issuer: LOCAL_ISSUER,
    });
    const production = authConfigFromEnv({ NODE_ENV: 'production' });
    expect(production.mode).toBe('misconfigured');
  });

  it('names a malformed issuer', () => {
    const config = authConfigFromEnv({ OIDC_ISSUER: 'not a url' });
    expect(config).toMatchObject({ mode: 'misconfigured' });
    expect(config.mode === 'misconfigured' && config.message).toContain('not a url');
  });
});
