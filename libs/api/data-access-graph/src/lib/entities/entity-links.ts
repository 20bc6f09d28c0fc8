import {
  findKind,
  isRefField,
  KINDS,
  type KindDef,
  type KindName,
  type RefFieldDef,
} from '@streamscape/domain';

/**
 * A way from an entity to its neighbours over one relationship type: `out` is `(from)-[rel]->(to)`, `in`
 * is `(from)<-[rel]-(to)`. Reference fields and their inverses (a domain's value streams) are both links.
 */
export interface EntityLink {
  readonly from: KindName;
  readonly rel: string;
  readonly direction: 'out' | 'in';
  /** the kinds found at the other end; nodes of other labels over the same type are ignored */
  readonly to: readonly KindName[];
}

/** The link a reference field declares, seen from the entity that holds the field. */
export function fieldLink(def: KindDef, field: RefFieldDef): EntityLink {
  return { from: def.kind, rel: field.rel, direction: field.reverse ? 'in' : 'out', to: field.targets };
}

/** The same relationships seen from a target: the entities of `source` whose `field` names it. */
export function inverseLink(source: KindDef, field: RefFieldDef, target: KindName): EntityLink {
  return { from: target, rel: field.rel, direction: field.reverse ? 'out' : 'in', to: [source.kind] };
}

/** Every reference field of every kind that may name an entity of `target`, grouped by the referring kind. */
export function referringLinks(target: KindName): { kind: KindName; links: EntityLink[] }[] {
  return KINDS.map((def) => ({
    kind: def.kind,
    links: def.fields
      .filter(isRefField)
      .filter((f) => f.targets.includes(target))
      .map((f) => inverseLink(def, f, target)),
  })).filter((group) => group.links.length > 0);
}

/** The reference field named `name` of a kind, or an error naming both (a fault of the caller's wiring). */
export function refField(kind: KindName, name: string): RefFieldDef {
  const field = findKind(kind)?.fields.find((f) => f.name === name);
  if (!field || !isRefField(field)) throw new Error(`${kind}.${name} is not a reference field`);
  return field;
}
