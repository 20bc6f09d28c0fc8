/**
 * What the UI may offer a user, from the realm roles in the access token. It mirrors the API's rules
 * (docs/security.md, Who may do what) so that actions a role cannot take are hidden or disabled; the API
 * still decides every request.
 */
export const ROLES = ['viewer', 'architect', 'transformation-lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Access {
  /** the views, entities, findings, reviews (each review also checks its audience) */
  read: boolean;
  /** create, update, delete structure entities */
  editStructure: boolean;
  /** structural analyses and the read-only Cypher console */
  runAnalyses: boolean;
  /** transformation steps, initiatives, decisions */
  editTransformation: boolean;
  /** recordDecision */
  recordDecisions: boolean;
  /** createReview */
  createReviews: boolean;
  /** landscape import: the import page, or the CLI */
  import: boolean;
  /** the audit trail */
  readAuditTrail: boolean;
}

export type Permission = keyof Access;

/** Which roles open each permission; `admin` opens everything, as in the API's guard. */
const RULES: Record<Permission, readonly Role[]> = {
  read: ['viewer'],
  editStructure: ['architect'],
  runAnalyses: ['architect'],
  editTransformation: ['transformation-lead'],
  recordDecisions: ['transformation-lead'],
  createReviews: [],
  import: [],
  readAuditTrail: [],
};

/** The product's roles among a token's roles (Keycloak adds its own, e.g. `offline_access`), in ROLES order. */
export function productRoles(roles: readonly string[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

export function accessFor(roles: readonly string[]): Access {
  const admin = roles.includes('admin');
  const entries = (Object.keys(RULES) as Permission[]).map(
    (permission) => [permission, admin || RULES[permission].some((role) => roles.includes(role))] as const,
  );
  return Object.fromEntries(entries) as unknown as Access;
}

/** Every permission: AUTH_MODE=local, where the API makes every caller a user with every role. */
export const FULL_ACCESS: Access = accessFor(['admin']);

/** Nav entries that need more than reading; the others are open to every signed-in user. */
const NAV_PERMISSIONS: Readonly<Record<string, Permission>> = {
  '/explorer': 'runAnalyses',
  '/import': 'import',
};

/** Whether the nav shows the entry at `href` to a user with this access. */
export function navItemAllowed(href: string, access: Access): boolean {
  const needed = NAV_PERMISSIONS[href];
  return access[needed ?? 'read'];
}

const ROLE_LABELS: Record<Role, string> = {
  viewer: 'Viewer',
  architect: 'Architect',
  'transformation-lead': 'Transformation lead',
  admin: 'Admin',
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}
