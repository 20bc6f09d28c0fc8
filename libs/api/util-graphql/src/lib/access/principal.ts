import type { Role } from './roles';

/** Who makes a request, as far as access rules care. */
export interface Principal {
  /** stable id of the user (the token's subject later; `local` in local mode) */
  readonly id: string;
  readonly name: string;
  /** the sign-in name (`preferred_username`), when the identity provider gives one */
  readonly username?: string;
  readonly roles: ReadonlySet<Role>;
  /** identity-provider groups (Keycloak group paths), used to open reviews to a group */
  readonly groups: ReadonlySet<string>;
}
