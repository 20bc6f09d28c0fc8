import type { IncomingHttpHeaders } from 'node:http';
import type { Principal } from './principal';
import { ALL_ROLES } from './roles';

/** The part of a request that identifies its sender. */
export interface AuthRequest {
  readonly headers: IncomingHttpHeaders;
}

/**
 * Resolves the principal of a request, once per request. `null` means anonymous (only public fields
 * open); a request with bad credentials should throw ApiError UNAUTHENTICATED. Each AUTH_MODE is one
 * subclass; a token-verifying mode (Keycloak, OIDC) is the next.
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

/** Until sign-in exists: whoever reaches the API is the local user with every role (loopback only). */
export class LocalAuthService extends AuthService {
  async principalOf(): Promise<Principal> {
    return LOCAL_PRINCIPAL;
  }
}

export type AuthMode = 'local';

export function authServiceFor(mode: AuthMode): AuthService {
  switch (mode) {
    case 'local':
      return new LocalAuthService();
  }
}
