import {
  API_VERSION,
  EntityDocument,
  formatRef,
  groupProperty,
  isGroupField,
  isRefField,
  kindDef,
  KINDS,
  ScalarFieldDef,
  toFileEnum,
} from '@streamscape/domain';
import { stringify } from 'yaml';
import { Entity, isTagged, PropValue } from './model';

/** The file form of an entity: the inverse of validation's normalisation. */
export function toDocument(entity: Entity): EntityDocument {
  const def = kindDef(entity.kind);
  const { name, description, tags } = entity.props;
  const metadata: EntityDocument['metadata'] = { id: entity.id, name: name as string };
  if (description !== undefined) metadata.description = description as string;
  if (tags !== undefined) metadata.tags = tags as string[];

  const spec: Record<string, unknown> = {};
  for (const field of def.fields) {
    if (isRefField(field)) {
      const rels = entity.rels
        .filter((r) => r.field === field.name)
        .map((r) => {
          const ref = formatRef(r.target, field.targets);
          const extra = Object.entries(r.props);
          if (!field.item || (field.item.shorthand && extra.length === 0)) return { sort: ref, value: ref };
          const item: Record<string, unknown> = { [field.item.refKey]: ref };
          for (const p of field.item.props) {
            if (r.props[p.name] !== undefined) item[p.name] = fileValue(p, r.props[p.name]);
          }
          return { sort: ref + JSON.stringify(item), value: item };
        })
        .sort((a, b) => a.sort.localeCompare(b.sort))
        .map((r) => r.value);
      // a required list may be empty (a budget that funds nothing), and must still be written
      if (rels.length || (field.many && field.required)) spec[field.name] = field.many ? rels : rels[0];
    } else if (isGroupField(field)) {
      const group: Record<string, unknown> = {};
      for (const member of field.group) {
        const v = entity.props[groupProperty(field.name, member.name)];
        if (v !== undefined) group[member.name] = fileValue(member, v);
      }
      if (Object.keys(group).length) spec[field.name] = group;
    } else if (entity.props[field.name] !== undefined) {
      spec[field.name] = fileValue(field, entity.props[field.name]);
    }
  }
  const doc: EntityDocument = { apiVersion: API_VERSION, kind: entity.kind, metadata };
  if (Object.keys(spec).length) doc.spec = spec;
  return doc;
}

function fileValue(field: ScalarFieldDef, value: PropValue): unknown {
  if (isTagged(value)) return value.value;
  if (field.enum && typeof value === 'string') return toFileEnum(value);
  return value;
}

const kindOrder = new Map(KINDS.map((k, i) => [k.kind, i]));

/** Entities in a stable order: by kind as the registry lists them, then by id. */
export function sortEntities(entities: readonly Entity[]): Entity[] {
  return [...entities].sort(
    (a, b) => kindOrder.get(a.kind)! - kindOrder.get(b.kind)! || a.id.localeCompare(b.id),
  );
}

/** A multi-document YAML stream of the entities. */
export function toYaml(entities: readonly Entity[]): string {
  return sortEntities(entities)
    .map((e) => stringify(toDocument(e), { lineWidth: 0 }))
    .join('---\n');
}
