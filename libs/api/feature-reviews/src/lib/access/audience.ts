import { Role, type Principal } from '@streamscape/api-graphql';
import type { ReviewAudience, ReviewViewer } from '@streamscape/graph';

/**
 * Who may open a review: an admin always; anyone else when one of their realm roles or one of their
 * identity-provider groups (exact Keycloak group paths) is in the review's audience. The review list
 * applies the same rule in Cypher (reviewsCypher), from `viewerOf`.
 */
export function mayOpen(principal: Principal, audience: ReviewAudience): boolean {
  if (principal.roles.has(Role.ADMIN)) return true;
  return (
    audience.roles.some((r) => principal.roles.has(r as Role)) ||
    audience.groups.some((g) => principal.groups.has(g))
  );
}

export function viewerOf(principal: Principal): ReviewViewer {
  return {
    admin: principal.roles.has(Role.ADMIN),
    roles: [...principal.roles],
    groups: [...principal.groups],
  };
}
