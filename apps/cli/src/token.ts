import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import type { AuditActor } from '@streamscape/graph';
import { UsageError } from './connection';

const ROOT = resolve(__dirname, '../../..');
const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;

export interface TokenSettings {
  /** the issuer, e.g. http://127.0.0.1:8080/realms/streamscape */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/**
 * The automation client's settings: OIDC_ISSUER, STREAMSCAPE_CLIENT_ID (streamscape-automation) and
 * STREAMSCAPE_CLIENT_SECRET. Only for a Keycloak on this machine, a missing secret is read from the
 * committed development realm (its secret is local-only).
 */
export function tokenSettings(env: NodeJS.ProcessEnv = process.env): TokenSettings {
  const issuer = (env['OIDC_ISSUER'] || 'http://127.0.0.1:8080/realms/streamscape').replace(/\/+$/, '');
  const clientId = env['STREAMSCAPE_CLIENT_ID'] || 'streamscape-automation';
  let clientSecret = env['STREAMSCAPE_CLIENT_SECRET'];
  if (!clientSecret && LOOPBACK.test(issuer)) clientSecret = localRealmSecret(clientId);
  if (!clientSecret) {
    throw new UsageError(
      `STREAMSCAPE_CLIENT_SECRET is not set: the secret of the client ${clientId} at ${issuer} (a CI secret)`,
    );
  }
  return { issuer, clientId, clientSecret };
}

function localRealmSecret(clientId: string): string | undefined {
  const file = join(ROOT, 'infra/keycloak/realm-streamscape.json');
  if (!existsSync(file)) return undefined;
  const realm = JSON.parse(readFileSync(file, 'utf8')) as {
    clients?: { clientId: string; secret?: string }[];
  };
  return realm.clients?.find((c) => c.clientId === clientId)?.secret;
}

/** An access token of the automation client (client credentials grant). */
export async function fetchClientToken(settings: TokenSettings): Promise<Record<string, unknown>> {
  const endpoint = `${settings.issuer}/protocol/openid-connect/token`;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
      }),
    });
  } catch (error) {
    throw new UsageError(
      `Keycloak does not answer at ${endpoint}: ${(error as Error).message} (npm run idp:start?)`,
    );
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new UsageError(
      `Keycloak refused the client ${settings.clientId}: ${String(body['error_description'] ?? body['error'] ?? response.status)}`,
    );
  }
  return body;
}

/** Who the audit trail names for the CLI's imports: STREAMSCAPE_ACTOR, else `cli:<OS user>`. */
export function cliActor(env: NodeJS.ProcessEnv = process.env): AuditActor {
  const user = env['STREAMSCAPE_ACTOR'] || userInfo().username;
  return { id: `cli:${user}`, name: user };
}
