import { cliActor, tokenSettings } from './token';

describe('tokenSettings', () => {
  it('uses the local-only secret of the committed realm for a Keycloak on this machine', () => {
    expect(tokenSettings({})).toEqual({
      issuer: 'http://127.0.0.1:8080/realms/streamscape',
      clientId: 'streamscape-automation',
      clientSecret: 'local-only-automation-secret-not-for-production',
    });
  });

  it('needs the secret from the environment for any other Keycloak', () => {
    expect(() => tokenSettings({ OIDC_ISSUER: 'https://sso.example.org/realms/streamscape' })).toThrow(
      'STREAMSCAPE_CLIENT_SECRET is not set',
    );
    expect(
      tokenSettings({
        OIDC_ISSUER: 'https://sso.example.org/realms/streamscape/',
        STREAMSCAPE_CLIENT_ID: 'ci',
        STREAMSCAPE_CLIENT_SECRET: 's3cret',
      }),
    ).toEqual({
      issuer: 'https://sso.example.org/realms/streamscape',
      clientId: 'ci',
      clientSecret: 's3cret',
    });
  });
});

describe('cliActor', () => {
  it('names the OS user, or STREAMSCAPE_ACTOR', () => {
    expect(cliActor({ STREAMSCAPE_ACTOR: 'ci-nightly' })).toEqual({
      id: 'cli:ci-nightly',
      name: 'ci-nightly',
    });
    expect(cliActor({}).id).toMatch(/^cli:.+/);
  });
});
