'use client';
import { setTokenGetter } from '@streamscape/web-api';
import type Keycloak from 'keycloak-js';
import { productRoles, ROLES, type Role } from './access';
import type { AuthConfig } from './auth-config';
import { createSession, type Session } from './token';

export interface AuthUser {
  name: string;
  username: string;
  roles: Role[];
  groups: string[];
}

export type AuthResult =
  | { mode: 'local'; user: AuthUser }
  | { mode: 'oidc'; user: AuthUser; session: Session; signOut: () => void }
  /** keycloak-js is taking the browser to the login page */
  | { mode: 'redirecting' };

/** AUTH_MODE=local: the API makes every caller the local user with every role; the UI does the same. */
export const LOCAL_USER: AuthUser = {
  name: 'Local user',
  username: 'local',
  roles: [...ROLES],
  groups: [],
};

// One keycloak-js instance per page, started once: React StrictMode runs effects twice, and a second
// init() would process the same authorization code again.
let keycloak: Keycloak | null = null;
let started: Promise<AuthResult> | null = null;

/** Reads the server's auth config and signs in (or not); every caller gets the same promise. */
export function startAuth(): Promise<AuthResult> {
  started ??= boot();
  return started;
}

async function boot(): Promise<AuthResult> {
  const config = await loadConfig();
  if (config.mode === 'local') return { mode: 'local', user: LOCAL_USER };
  if (config.mode === 'misconfigured') throw new Error(config.message);

  // keycloak-js is browser-only ESM: load it when the browser runs this, never during server rendering
  const { default: KeycloakClass } = await import('keycloak-js');
  keycloak = new KeycloakClass({ url: config.url, realm: config.realm, clientId: config.clientId });
  let authenticated: boolean;
  try {
    authenticated = await keycloak.init({
      onLoad: 'login-required',
      pkceMethod: 'S256',
      // the session iframe needs third-party cookies; tokens are refreshed before requests instead
      checkLoginIframe: false,
    });
  } catch (error) {
    throw new Error(
      `Sign-in through ${config.issuer} failed: ${describe(error)}. Is Keycloak running (npm run idp:start)?`,
    );
  }
  if (!authenticated) return { mode: 'redirecting' };

  const instance = keycloak;
  const session = createSession(instance);
  setTokenGetter(() => session.getToken());
  return {
    mode: 'oidc',
    user: userOf(instance),
    session,
    signOut: () => {
      void instance.logout({ redirectUri: `${window.location.origin}/` });
    },
  };
}

async function loadConfig(): Promise<AuthConfig> {
  let response: Response;
  try {
    response = await fetch('/auth-config', { cache: 'no-store' });
  } catch {
    throw new Error('The web server is not reachable (GET /auth-config failed).');
  }
  if (!response.ok) throw new Error(`GET /auth-config answered HTTP ${response.status}.`);
  return (await response.json()) as AuthConfig;
}

interface StreamscapeToken {
  name?: string;
  preferred_username?: string;
  realm_access?: { roles?: string[] };
  groups?: string[];
}

function userOf(instance: Keycloak): AuthUser {
  const token = (instance.tokenParsed ?? {}) as StreamscapeToken;
  const username = token.preferred_username ?? instance.subject ?? 'unknown';
  return {
    name: token.name?.trim() || username,
    username,
    roles: productRoles(token.realm_access?.roles ?? []),
    groups: token.groups ?? [],
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'error' in error)
    return String((error as { error: unknown }).error);
  return String(error ?? 'unknown error');
}
