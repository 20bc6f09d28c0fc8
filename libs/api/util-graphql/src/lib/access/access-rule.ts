import { SetMetadata } from '@nestjs/common';
import type { Principal } from './principal';
import { Role } from './roles';

export const ACCESS_RULE = 'streamscape:access-rule';

/** What a resolver method (or its class) declares; nothing declared means closed. */
export type AccessRule =
  { readonly public: true } | { readonly public: false; readonly roles: readonly Role[] };

/** Open to anyone, signed in or not (health, metrics, sign-in flows). */
export const Public = () => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);

/** Open to principals holding at least one of these roles (admin holds them all). */
export const Roles = (...roles: [Role, ...Role[]]) =>
  SetMetadata(ACCESS_RULE, { public: false, roles } satisfies AccessRule);

export function allows(rule: AccessRule, principal: Principal | null): boolean {
  if (rule.public) return true;
  if (!principal) return false;
  return principal.roles.has(Role.ADMIN) || rule.roles.some((role) => principal.roles.has(role));
}

export function describeRule(rule: AccessRule | undefined): string {
  if (!rule) return 'none';
  return rule.public ? 'public' : `roles: ${rule.roles.join(', ')}`;
}
