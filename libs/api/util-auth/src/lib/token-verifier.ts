import { jose, type Jose } from './jose';

/** Asymmetric signatures only: `none` and HMAC (HS*) are never accepted, whatever the token's header says. */
export const TOKEN_ALGORITHMS: readonly string[] = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
];

export interface TokenVerifierOptions {
  /** the issuer as tokens name it (the public URL browsers use); `iss` must equal it exactly */
  readonly issuer: string;
  /** the API's audience; `aud` must contain it */
  readonly audience: string;
  /** where the keys are fetched (may be an internal address); default: Keycloak's `<issuer>/protocol/openid-connect/certs` */
  readonly jwksUrl?: string;
  /** seconds of clock skew tolerated on `exp`, `nbf` and `iat` (default 5) */
  readonly clockToleranceSeconds?: number;
  /** after a fetch, an unknown `kid` triggers no new fetch for this long (default 10 s) */
  readonly jwksCooldownMs?: number;
  /** keys are fetched again after this long even when all kids are known (default 10 min) */
  readonly jwksCacheMaxAgeMs?: number;
  /** how long a key fetch may take (default 5 s) */
  readonly jwksTimeoutMs?: number;
}

/** Who a verified access token speaks for. */
export interface TokenIdentity {
  /** `sub` (Keycloak's user id; for a service account, the account's id) */
  readonly subject: string;
  /** `preferred_username`, when the token has one */
  readonly username?: string;
  /** `name`, else the user name, else the subject */
  readonly name: string;
  /** `realm_access.roles`, as the token lists them (the caller picks the ones it knows) */
  readonly roles: readonly string[];
  /** `groups` (Keycloak group paths such as `/portfolio-board`) */
  readonly groups: readonly string[];
  /** `azp`: the client the token was issued to */
  readonly clientId?: string;
  /** `exp`, seconds since the epoch */
  readonly expiresAt: number;
}

export type TokenProblem =
  | 'malformed'
  | 'algorithm'
  | 'signature'
  | 'unknown-key'
  | 'expired'
  | 'not-yet-valid'
  | 'issuer'
  | 'audience'
  | 'claims';

/** The token is not acceptable; `problem` says why (safe to tell the caller: it is about the token only). */
export class TokenError extends Error {
  override readonly name = 'TokenError';

  constructor(
    readonly problem: TokenProblem,
    message: string,
  ) {
    super(message);
  }
}

/** The identity provider's keys could not be fetched: no verdict on the token is possible now. */
export class KeysUnavailableError extends Error {
  override readonly name = 'KeysUnavailableError';
}

/**
 * Verifies OIDC access tokens against the issuer's JWKS: signature (asymmetric algorithms only), `iss`,
 * `aud`, `exp`/`nbf` with a small tolerance. Keys are cached; a token signed with an unknown `kid` makes
 * it fetch the key set again (at most once per cooldown), so a rotated key is picked up without a restart.
 */
export class TokenVerifier {
  private keys?: ReturnType<typeof Jose.createRemoteJWKSet>;
  readonly jwksUrl: string;

  constructor(private readonly options: TokenVerifierOptions) {
    this.jwksUrl = options.jwksUrl ?? `${options.issuer.replace(/\/+$/, '')}/protocol/openid-connect/certs`;
  }

  async verify(token: string): Promise<TokenIdentity> {
    const { jwtVerify, createRemoteJWKSet } = await jose();
    this.keys ??= createRemoteJWKSet(new URL(this.jwksUrl), {
      cooldownDuration: this.options.jwksCooldownMs ?? 10_000,
      cacheMaxAge: this.options.jwksCacheMaxAgeMs ?? 600_000,
      timeoutDuration: this.options.jwksTimeoutMs ?? 5_000,
    });
    let payload: Jose.JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: [...TOKEN_ALGORITHMS],
        clockTolerance: this.options.clockToleranceSeconds ?? 5,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw this.problemOf(error);
    }
    // Keycloak marks its refresh and ID tokens in `typ`; only access tokens open the API
    if (payload['typ'] !== undefined && payload['typ'] !== 'Bearer') {
      throw new TokenError('claims', `a ${String(payload['typ'])} token is not an access token`);
    }
    return identityOf(payload);
  }

  private problemOf(error: unknown): Error {
    const code = (error as { code?: string }).code;
    const claim = (error as { claim?: string }).claim;
    switch (code) {
      case 'ERR_JWT_EXPIRED':
        return new TokenError('expired', 'the token has expired');
      case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
        if (claim === 'iss') return new TokenError('issuer', 'the token has another issuer');
        if (claim === 'aud') return new TokenError('audience', 'the token is not meant for this API');
        if (claim === 'nbf' || claim === 'iat')
          return new TokenError('not-yet-valid', 'the token is not valid yet');
        return new TokenError('claims', `the token's ${claim ?? 'claims'} claim is not acceptable`);
      case 'ERR_JOSE_ALG_NOT_ALLOWED':
      case 'ERR_JOSE_NOT_SUPPORTED':
        return new TokenError('algorithm', 'the token is not signed with an accepted algorithm');
      case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
        return new TokenError('signature', 'the token signature is not valid');
      case 'ERR_JWKS_NO_MATCHING_KEY':
      case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
        return new TokenError('unknown-key', "the token is not signed with one of the issuer's keys");
      case 'ERR_JWS_INVALID':
      case 'ERR_JWT_INVALID':
        return new TokenError('malformed', 'the token is not a well-formed signed JWT');
      case 'ERR_JWKS_TIMEOUT':
      case 'ERR_JWKS_INVALID':
        return new KeysUnavailableError(
          `the identity provider's keys (${this.jwksUrl}) could not be fetched`,
        );
      default:
        // fetch() failing (connection refused, DNS) or an HTTP error status from the JWKS endpoint
        // (by name: fetch's TypeError may come from another realm)
        if ((error as Error)?.name === 'TypeError' || code === 'ERR_JOSE_GENERIC') {
          return new KeysUnavailableError(
            `the identity provider's keys (${this.jwksUrl}) could not be fetched: ${(error as Error).message}`,
          );
        }
        return new TokenError('malformed', 'the token could not be verified');
    }
  }
}

function identityOf(payload: Jose.JWTPayload): TokenIdentity {
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value !== '' ? value : undefined;
  const subject = payload.sub as string;
  const username = text(payload['preferred_username']);
  const realmAccess = payload['realm_access'] as { roles?: unknown } | undefined;
  const clientId = text(payload['azp']);
  return {
    subject,
    ...(username ? { username } : {}),
    name: text(payload['name']) ?? username ?? subject,
    roles: strings(realmAccess?.roles),
    groups: strings(payload['groups']),
    ...(clientId ? { clientId } : {}),
    expiresAt: payload.exp as number,
  };
}

/**
 * The token of an `Authorization: Bearer <token>` header: `null` when there is no such header, `undefined`
 * when there is one that is not a bearer token.
 */
export function bearerToken(header: string | readonly string[] | undefined): string | null | undefined {
  if (header === undefined) return null;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i.exec(header);
  return match ? match[1] : undefined;
}
