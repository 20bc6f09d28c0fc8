import { createHash } from 'node:crypto';
import { propsText, type Entity, type PropValue } from '@streamscape/landscape';
import type { EntityRow } from './types';

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * The entity table of a snapshot: each entity with a hash per field (a property, or a reference field with
 * all its relationships and their properties) and one over all of them. Two snapshots compare by hashes
 * alone, and a change names its fields.
 */
export function entityTable(entities: readonly Entity[]): EntityRow[] {
  return entities
    .map((e) => {
      const fields: Record<string, string> = {};
      for (const [name, value] of Object.entries(e.props)) fields[name] = digest(valueText(value));
      const relations = new Map<string, string[]>();
      for (const r of e.rels) {
        const key = `${r.target.kind}:${r.target.id}|${propsText(r.props)}`;
        relations.set(r.field, [...(relations.get(r.field) ?? []), key]);
      }
      for (const [field, keys] of relations) fields[field] = digest(keys.sort().join('\n'));
      const sorted = Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : 1)));
      const name = typeof e.props['name'] === 'string' ? e.props['name'] : null;
      return { kind: e.kind, id: e.id, name, hash: digest(JSON.stringify(sorted)), fields: sorted };
    })
    .sort((a, b) => (entityKey(a) < entityKey(b) ? -1 : 1));
}

export const entityKey = (e: { readonly kind: string; readonly id: string }) => `${e.kind}:${e.id}`;

function valueText(value: PropValue): string {
  return JSON.stringify(value);
}
