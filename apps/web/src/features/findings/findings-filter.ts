import type { FindingsFilter, ViewFindingSeverity } from '@streamscape/web-api';

export interface FindingsChoice {
  rule?: string;
  severity?: ViewFindingSeverity;
  domain?: string;
}

/** The API filter of the page's choices; null when nothing is chosen (one cache entry for "all"). */
export function findingsFilter(choice: FindingsChoice): FindingsFilter | null {
  const filter: FindingsFilter = {};
  if (choice.rule) filter.rule = choice.rule;
  if (choice.severity) filter.severity = choice.severity;
  if (choice.domain) filter.domain = choice.domain;
  return Object.keys(filter).length ? filter : null;
}
