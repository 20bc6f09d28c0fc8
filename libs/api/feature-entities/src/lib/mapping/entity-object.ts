import { groupProperty, isGroupField, isRefField, kindDef } from '@streamscape/domain';
import type { EntityNode, RelatedEntity } from '@streamscape/graph';
import type { EntityObject } from '../schema/landscape-entity';
import { graphqlFieldName } from '../schema/names';
import type { Relation } from '../schema/relations';

/** A stored entity as its GraphQL type reads it: scalars under their GraphQL names, groups as objects. */
export function toEntityObject(node: EntityNode): EntityObject {
  const def = kindDef(node.kind);
  const props = node.props;
  const object: Record<string, unknown> = {
    kind: node.kind,
    id: node.id,
    name: props['name'] ?? '',
    description: props['description'] ?? null,
    tags: props['tags'] ?? [],
  };
  for (const field of def.fields) {
    if (isRefField(field)) continue;
    const name = graphqlFieldName(def, field);
    if (isGroupField(field)) {
      const members = field.group
        .map((m) => [m.name, props[groupProperty(field.name, m.name)]] as const)
        .filter(([, v]) => v !== undefined);
      // a group none of whose members is set reads as null rather than an object of nulls
      object[name] = members.length ? Object.fromEntries(members) : null;
    } else {
      object[name] = props[field.name] ?? null;
    }
  }
  return object as EntityObject;
}

/** One item of a list with properties (an obligation): the entity under the item's key, then the properties. */
export function toItemObject(relation: Relation, related: RelatedEntity): Record<string, unknown> {
  const item = relation.item!;
  return {
    [item.refKey]: toEntityObject(related.node),
    ...Object.fromEntries(item.props.map((p) => [p.name, related.props[p.name] ?? null])),
  };
}
