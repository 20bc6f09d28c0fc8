import { ApiRequestError } from '@streamscape/web-api';
import { createSession, MIN_VALIDITY_S, RECOVERY_WINDOW_MS, type KeycloakLike } from './token';

/** A stand-in for keycloak-js: updateToken refreshes (or fails) and swaps the token, login is recorded. */
function fakeKeycloak(options: { refreshFails?: boolean } = {}) {
  let generation = 1;
  const calls: number[] = [];
  const keycloak: KeycloakLike & { calls: number[]; logins: number; refreshFails: boolean } = {
    token: 'token-1',
    calls,
    logins: 0,
    refreshFails: options.refreshFails ?? false,
    async updateToken(minValidity: number) {
      calls.push(minValidity);
      if (keycloak.refreshFails) throw new Error('invalid_grant: Session not active');
      // keycloak-js refreshes when the token expires within minValidity; -1 forces it
      if (minValidity === -1) {
        generation += 1;
        keycloak.token = `token-${generation}`;
        return true;
      }
      return false;
    },
    async login() {
      keycloak.logins += 1;
    },
  };
  return keycloak;
}

describe('createSession.getToken', () => {
  it('asks keycloak-js to refresh a token that expires within 30 s, then returns the current token', async () => {
    const keycloak = fakeKeycloak();
    const session = createSession(keycloak);
    await expect(session.getToken()).resolves.toBe('token-1');
    expect(keycloak.calls).toEqual([MIN_VALIDITY_S]);
    expect(MIN_VALIDITY_S).toBe(30);
  });

  it('returns the refreshed token when keycloak-js replaced it', async () => {
    const keycloak = fakeKeycloak();
    keycloak.updateToken = async () => {
      keycloak.token = 'token-new';
      return true;
    };
    await expect(createSession(keycloak).getToken()).resolves.toBe('token-new');
  });

  it('sends the user to sign in once when the refresh fails, and fails the requests as UNAUTHENTICATED', async () => {
    const keycloak = fakeKeycloak({ refreshFails: true });
    const session = createSession(keycloak);
    const results = await Promise.allSettled([session.getToken(), session.getToken(), session.getToken()]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const reason = (result as PromiseRejectedResult).reason;
      expect(reason).toBeInstanceOf(ApiRequestError);
      expect(reason.code).toBe('UNAUTHENTICATED');
    }
    expect(keycloak.logins).toBe(1);
    // while the browser leaves for the login page, no further refreshes are tried
    await expect(session.getToken()).rejects.toBeInstanceOf(ApiRequestError);
    expect(keycloak.calls).toHaveLength(3);
  });

  it('signs in again when keycloak-js holds no token', async () => {
    const keycloak = fakeKeycloak();
    keycloak.token = undefined;
    await expect(createSession(keycloak).getToken()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(keycloak.logins).toBe(1);
  });

  it('allows another sign-in attempt when the redirect could not start', async () => {
    const keycloak = fakeKeycloak({ refreshFails: true });
    keycloak.login = async () => {
      keycloak.logins += 1;
      throw new Error('popup blocked');
    };
    const session = createSession(keycloak);
    await expect(session.getToken()).rejects.toBeInstanceOf(ApiRequestError);
    await new Promise((resolve) => setImmediate(resolve));
    await expect(session.getToken()).rejects.toBeInstanceOf(ApiRequestError);
    expect(keycloak.logins).toBe(2);
  });
});

describe('createSession.recoverFromUnauthenticated', () => {
  it('forces one refresh for simultaneous refusals and asks to repeat them', async () => {
    const keycloak = fakeKeycloak();
    let clock = 1_000;
    const session = createSession(keycloak, { now: () => clock });
    const answers = await Promise.all([
      session.recoverFromUnauthenticated(900),
      session.recoverFromUnauthenticated(950),
    ]);
    expect(answers).toEqual([true, true]);
    expect(keycloak.calls).toEqual([-1]);
    expect(keycloak.token).toBe('token-2');
    expect(keycloak.logins).toBe(0);
    clock = 1_500;
    // a refusal of a request that failed before the refresh finished is still worth one more try
    await expect(session.recoverFromUnauthenticated(990)).resolves.toBe(true);
  });

  it('gives up when a token fresh from a forced refresh is refused too (no refresh or redirect loop)', async () => {
    const keycloak = fakeKeycloak();
    let clock = 1_000;
    const session = createSession(keycloak, { now: () => clock });
    await expect(session.recoverFromUnauthenticated(900)).resolves.toBe(true);
    clock = 1_200;
    await expect(session.recoverFromUnauthenticated(1_100)).resolves.toBe(false);
    expect(keycloak.calls).toEqual([-1]);
    expect(keycloak.logins).toBe(0);
    // much later (a revoked session, a restarted Keycloak) recovery is tried again
    clock = 1_000 + RECOVERY_WINDOW_MS + 5_000;
    await expect(session.recoverFromUnauthenticated(clock - 10)).resolves.toBe(true);
    expect(keycloak.calls).toEqual([-1, -1]);
  });

  it('sends the user to sign in when the forced refresh fails (the session is over)', async () => {
    const keycloak = fakeKeycloak({ refreshFails: true });
    const session = createSession(keycloak);
    await expect(session.recoverFromUnauthenticated(Date.now())).resolves.toBe(false);
    expect(keycloak.logins).toBe(1);
    await expect(session.recoverFromUnauthenticated(Date.now())).resolves.toBe(false);
    expect(keycloak.calls).toEqual([-1]);
  });
});
