import { kebab } from '@streamscape/domain';

export type Severity = 'LOW' | 'MEDIUM' | 'HIGH';
export type FindingKind = 'STRENGTH' | 'WEAKNESS' | 'OPPORTUNITY' | 'ISSUE';
export type FindingStatus = 'OPEN' | 'ACCEPTED' | 'RESOLVED';

/** A finding as the views return it: computed by a rule, or stored in the graph (`source: manual`). */
export interface Finding {
  /** `<rule>:<subjects>` for a computed finding, `finding:<id>` for a stored one */
  readonly id: string;
  /** the rule id; null for a stored finding */
  readonly rule: string | null;
  /** `rule:<rule id>` or `manual` */
  readonly source: string;
  /** null only for a stored finding that does not say */
  readonly kind: FindingKind | null;
  readonly severity: Severity | null;
  readonly status: FindingStatus | null;
  /** one line: what is wrong, with names */
  readonly title: string;
  /** why it matters (the rule's explanation, or the stored finding's description) */
  readonly description: string | null;
  /** the nodes it is about, as view node ids (`team:bms-software`), subjects first */
  readonly about: readonly string[];
}

const refNames = new Map<string, string>();

/** `ValueStream` + `ev-drive` -> `value-stream:ev-drive`: the node id in every view, and a landscape reference. */
export function viewId(kind: string, id: string): string {
  let refName = refNames.get(kind);
  if (refName === undefined) refNames.set(kind, (refName = kebab(kind)));
  return `${refName}:${id}`;
}

/** A name for people: the node's name, or its id when it has none. */
export const nameOf = (node: { readonly id: string; readonly name: string | null }): string =>
  node.name ?? node.id;

/** "A, B and 3 more" */
export function listNames(names: readonly string[], max = 3): string {
  if (names.length <= max) {
    return names.length <= 1
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The rule facts a computed finding carries. */
export interface RuleFacts {
  readonly id: string;
  readonly kind: FindingKind;
  readonly severity: Severity;
  readonly explanation: string;
}

/**
 * A computed finding. Its id comes from the rule and its subjects (so the same finding found from two
 * views is one); `about` lists the subjects first, then the evidence, each once.
 */
export function computed(
  rule: RuleFacts,
  subjects: readonly string[],
  evidence: readonly string[],
  title: string,
): Finding {
  return {
    id: `${rule.id}:${subjects.join('+')}`,
    rule: rule.id,
    source: `rule:${rule.id}`,
    kind: rule.kind,
    severity: rule.severity,
    status: 'OPEN',
    title,
    description: rule.explanation,
    about: [...new Set([...subjects, ...evidence])],
  };
}
