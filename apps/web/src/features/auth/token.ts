import { ApiRequestError } from '@streamscape/web-api';

/** The part of a keycloak-js instance the session needs (a fake in unit tests). */
export interface KeycloakLike {
  token?: string;
  updateToken(minValidity: number): Promise<boolean>;
  login(): Promise<void>;
}

/** A token that expires within this many seconds is refreshed before a request goes out. */
export const MIN_VALIDITY_S = 30;

export interface Session {
  /** The access token for the next request, refreshed silently first when it is about to expire. */
  getToken(): Promise<string>;
  /**
   * The API answered UNAUTHENTICATED (e.g. the token was revoked): forces one refresh. True when the
   * failed request is worth repeating with the new token; false when the user is sent to sign in again,
   * or when a fresh token was refused too (a configuration problem that signing in again cannot fix).
   */
  recoverFromUnauthenticated(failedAt: number): Promise<boolean>;
  /** Sends the browser to Keycloak's login page, once however many requests ask for it. */
  signInAgain(): void;
}

/** A refusal this soon after a forced refresh is taken as final rather than as a stale token. */
export const RECOVERY_WINDOW_MS = 10_000;

export interface SessionOptions {
  now?: () => number;
}

export function createSession(keycloak: KeycloakLike, options: SessionOptions = {}): Session {
  const now = options.now ?? Date.now;
  let redirecting = false;
  let forcedRefresh: Promise<boolean> | null = null;
  let refreshedAt = 0;

  const signInAgain = () => {
    if (redirecting) return;
    redirecting = true;
    keycloak.login().catch(() => {
      redirecting = false;
    });
  };

  const sessionEnded = () =>
    new ApiRequestError('UNAUTHENTICATED', 'Your session has ended: signing in again');

  return {
    signInAgain,

    async getToken() {
      if (redirecting) throw sessionEnded();
      try {
        await keycloak.updateToken(MIN_VALIDITY_S);
      } catch {
        // the refresh token is expired or revoked (the SSO session is over): only a new sign-in helps
        signInAgain();
        throw sessionEnded();
      }
      if (!keycloak.token) {
        signInAgain();
        throw sessionEnded();
      }
      return keycloak.token;
    },

    async recoverFromUnauthenticated(failedAt) {
      if (redirecting) return false;
      // several queries fail at once: they share one refresh
      if (forcedRefresh) return forcedRefresh;
      // refused right after a forced refresh: another new token will not be accepted either
      if (refreshedAt && failedAt >= refreshedAt && failedAt - refreshedAt < RECOVERY_WINDOW_MS) return false;
      forcedRefresh = keycloak
        .updateToken(-1)
        .then(() => {
          refreshedAt = now();
          return true;
        })
        .catch(() => {
          signInAgain();
          return false;
        })
        .finally(() => {
          forcedRefresh = null;
        });
      return forcedRefresh;
    },
  };
}
