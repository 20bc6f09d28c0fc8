import { findKindByRefName, KindName } from './kinds';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const REF_PATTERN = /^([a-z][a-z-]*):(.*)$/;

export interface Ref {
  readonly kind: KindName;
  readonly id: string;
}

export type RefParseResult = { ok: true; ref: Ref } | { ok: false; reason: string };

/**
 * Parses `kind:id`, or a bare id where the field allows exactly one kind.
 * The reason on failure is a sentence for the user, naming what was expected.
 */
export function parseRef(text: unknown, allowed: readonly KindName[]): RefParseResult {
  if (typeof text !== 'string' || text.length === 0) {
    return { ok: false, reason: `expected a reference (kind:id), got ${describe(text)}` };
  }
  const match = REF_PATTERN.exec(text);
  let kind: KindName;
  let id: string;
  if (match) {
    const def = findKindByRefName(match[1]);
    if (!def) return { ok: false, reason: `unknown kind "${match[1]}" in reference "${text}"` };
    kind = def.kind;
    id = match[2];
  } else if (allowed.length === 1) {
    kind = allowed[0];
    id = text;
  } else {
    return {
      ok: false,
      reason: `"${text}" must name its kind (one of ${allowed.map(refNameOf).join(', ')}), e.g. ${refNameOf(allowed[0])}:${text}`,
    };
  }
  if (!ID_PATTERN.test(id)) return { ok: false, reason: `"${id}" is not a valid id ([a-z0-9][a-z0-9-]*)` };
  if (!allowed.includes(kind)) {
    return {
      ok: false,
      reason: `"${text}" refers to a ${refNameOf(kind)}, but this field takes ${allowed.map(refNameOf).join(' or ')}`,
    };
  }
  return { ok: true, ref: { kind, id } };
}

export function formatRef(ref: Ref, allowed: readonly KindName[]): string {
  return allowed.length === 1 ? ref.id : `${refNameOf(ref.kind)}:${ref.id}`;
}

export const refKey = (ref: Ref): string => `${ref.kind}:${ref.id}`;

function refNameOf(kind: KindName): string {
  return kind.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : JSON.stringify(value);
}
