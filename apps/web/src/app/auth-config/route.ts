import { authConfigFromEnv } from '../../features/auth/auth-config';

/**
 * How the browser signs in (issuer, realm, client id, or AUTH_MODE=local), read from the server's
 * environment at request time, so one build serves any Keycloak.
 */
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json(authConfigFromEnv(process.env), { headers: { 'cache-control': 'no-store' } });
}
