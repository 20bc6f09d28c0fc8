import type { IncomingHttpHeaders } from 'node:http';
import {
  bearerToken,
  KeysUnavailableError,
  TokenError,
  TokenVerifier,
  type TokenIdentity,
} from '@streamscape/auth';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import type { Principal } from './principal';
import { ALL_ROLES, Role } from './roles';

/** The part of a request that identifies its sender. */
export interface AuthRequest {
  readonly headers: IncomingHttpHeaders;
}

/**
 * Resolves the principal of a request, once per request. `null` means anonymous (only public fields
 * open); a request with bad credentials throws ApiError UNAUTHENTICATED. Each AUTH_MODE is one subclass.
 */
export abstract class AuthService {
  abstract principalOf(request: AuthRequest): Promise<Principal | null>;
}

export const LOCAL_PRINCIPAL: Principal = Object.freeze({
  id: 'local',
  name: 'Local user',
  roles: new Set(ALL_ROLES),
  groups: new Set<string>(),
});

/** AUTH_MODE=local, for development and tests: whoever reaches the API is the local user with every role (loopback only). */
export class LocalAuthService extends AuthService {
  async principalOf(): Promise<Principal> {
    return LOCAL_PRINCIPAL;
  }
}

export interface OidcSettings {
  /** the issuer tokens name (the public URL), compared with `iss` exactly */
  readonly issuer: string;
  /** where the API fetches the issuer's keys (may be an internal address) */
  readonly jwksUrl: string;
  readonly audience: string;
  readonly clockToleranceSeconds: number;
  readonly jwksCooldownMs: number;
}

const KNOWN_ROLES = new Set<string>(ALL_ROLES);

/**
 * AUTH_MODE=oidc: the principal of a bearer access token verified against the issuer's keys. No
 * Authorization header: anonymous. A header that is not a valid token: UNAUTHENTICATED, whatever is asked.
 */
export class OidcAuthService extends AuthService {
  readonly verifier: TokenVerifier;

  constructor(readonly settings: OidcSettings) {
    super();
    this.verifier = new TokenVerifier(settings);
  }

  async principalOf(request: AuthRequest): Promise<Principal | null> {
    const token = bearerToken(request.headers.authorization);
    if (token === null) return null;
    if (token === undefined) {
      throw new ApiError(ApiErrorCode.UNAUTHENTICATED, 'The Authorization header is not a bearer token');
    }
    try {
      return principalOfToken(await this.verifier.verify(token));
    } catch (error) {
      if (error instanceof TokenError) {
        throw new ApiError(
          ApiErrorCode.UNAUTHENTICATED,
          `The access token is not accepted: ${error.message}`,
        );
      }
      if (error instanceof KeysUnavailableError) {
        throw new ApiError(
          ApiErrorCode.UNAVAILABLE,
          'Sign-in cannot be checked now: the identity provider does not answer',
          {
            cause: error,
          },
        );
      }
      throw error;
    }
  }
}

/** Realm roles the API knows become Roles; Keycloak's own (offline_access, default-roles-*) are ignored. */
export function principalOfToken(identity: TokenIdentity): Principal {
  return {
    id: identity.subject,
    name: identity.name,
    ...(identity.username ? { username: identity.username } : {}),
    roles: new Set(identity.roles.filter((r) => KNOWN_ROLES.has(r)) as Role[]),
    groups: new Set(identity.groups),
  };
}

export type AuthMode = 'local' | 'oidc';

export function authServiceFor(mode: 'local'): AuthService;
export function authServiceFor(mode: AuthMode, oidc?: OidcSettings): AuthService;
export function authServiceFor(mode: AuthMode, oidc?: OidcSettings): AuthService {
  switch (mode) {
    case 'local':
      return new LocalAuthService();
    case 'oidc':
      if (!oidc) throw new Error('AUTH_MODE=oidc needs the issuer settings');
      return new OidcAuthService(oidc);
  }
}
