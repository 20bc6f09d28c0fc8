/** Checks of the analysis forms, the same ranges the API enforces (docs/api.md, Analyses). */
export function rangeError(value: number | string, min: number, max: number): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return `A whole number from ${min} to ${max}`;
  if (value < min || value > max) return `From ${min} to ${max}`;
  return undefined;
}

export function requiredError(value: string | null, what: string): string | undefined {
  return value ? undefined : `Pick ${what}`;
}

/** True when no field has an error. */
export function isValid(errors: Record<string, string | undefined>): boolean {
  return Object.values(errors).every((e) => !e);
}
