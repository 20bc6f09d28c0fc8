/**
 * How the web app signs in, decided at run time by the server (GET /auth-config) so that one build serves
 * any Keycloak: NEXT_PUBLIC_* variables would be baked into the build.
 */
export type AuthConfig =
  | { mode: 'local' }
  | { mode: 'oidc'; issuer: string; url: string; realm: string; clientId: string }
  | { mode: 'misconfigured'; message: string };

export const DEFAULT_CLIENT_ID = 'streamscape-web';
/** What `npm run idp:start` serves; like the API, the web app assumes it only in development. */
export const LOCAL_ISSUER = 'http://127.0.0.1:8080/realms/streamscape';

/** A Keycloak issuer `https://sso.example.com/realms/streamscape` -> the server URL and the realm. */
export function parseIssuer(issuer: string): { url: string; realm: string } | null {
  const match = /^(https?:\/\/[^/?#]+(?:\/[^?#]*?)?)\/realms\/([^/?#]+)\/?$/.exec(issuer.trim());
  return match ? { url: match[1], realm: decodeURIComponent(match[2]) } : null;
}

/**
 * AUTH_MODE=local: no sign-in (the API must run with AUTH_MODE=local too). Otherwise sign-in through the
 * Keycloak realm OIDC_ISSUER names (the public URL browsers use, the same value the API checks `iss`
 * against), with the public client OIDC_WEB_CLIENT_ID.
 */
export function authConfigFromEnv(env: Record<string, string | undefined>): AuthConfig {
  if (env['AUTH_MODE'] === 'local') return { mode: 'local' };
  const issuer = env['OIDC_ISSUER'] || (env['NODE_ENV'] === 'development' ? LOCAL_ISSUER : undefined);
  if (!issuer) {
    return {
      mode: 'misconfigured',
      message:
        'Sign-in is not configured: the web server needs OIDC_ISSUER (the Keycloak realm URL, e.g. ' +
        `${LOCAL_ISSUER}), or AUTH_MODE=local for development without sign-in.`,
    };
  }
  const parsed = parseIssuer(issuer);
  if (!parsed) {
    return {
      mode: 'misconfigured',
      message: `OIDC_ISSUER must be a Keycloak realm URL like ${LOCAL_ISSUER} (got "${issuer}").`,
    };
  }
  return {
    mode: 'oidc',
    issuer: issuer.replace(/\/$/, ''),
    ...parsed,
    clientId: env['OIDC_WEB_CLIENT_ID'] || DEFAULT_CLIENT_ID,
  };
}
