/** Checks of the review and decision dialogs; the API checks again (and knows what exists). */
export const REVIEW_ROLES = ['viewer', 'architect', 'transformation-lead', 'admin'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const REFERENCE = /^[a-z][a-z-]*:[^\s:]+$/;
const GROUP = /^\/\S+$/;

export function isoDateError(value: string, required = false): string | undefined {
  if (!value) return required ? 'A date is needed' : undefined;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return 'A date as YYYY-MM-DD';
  return undefined;
}

/** Keycloak group paths start with a slash (`/portfolio-board`). */
export function groupsError(groups: readonly string[]): string | undefined {
  const bad = groups.find((g) => !GROUP.test(g));
  return bad ? `"${bad}" is not a group path: they start with /, as /portfolio-board` : undefined;
}

/** What a decision is about, as landscape references (`domain:powertrain`). */
export function referencesError(references: readonly string[]): string | undefined {
  const bad = references.find((r) => !REFERENCE.test(r));
  return bad ? `"${bad}" is not a reference: kind:id, as domain:powertrain` : undefined;
}

/** Today as the API takes dates (UTC). */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
