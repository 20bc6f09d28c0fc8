/** A related entity as the detail documents select it. */
export interface EntityRef {
  id: string;
  name: string;
  kind: string;
}

export type FieldView =
  | { type: 'value'; name: string; value: string }
  | { type: 'refs'; name: string; refs: EntityRef[] }
  | { type: 'items'; name: string; items: { ref?: EntityRef; text: string }[] };

const HIDDEN = new Set(['__typename', 'id', 'name', 'kind', 'description']);

export function isEntityRef(value: unknown): value is EntityRef {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as EntityRef).id === 'string' &&
    typeof (value as EntityRef).name === 'string' &&
    typeof (value as EntityRef).kind === 'string'
  );
}

/**
 * Splits a generic entity answer into what the detail page shows: scalar properties, relationships (links),
 * and value items such as a feedback loop (`stage` + `delayDays`) or an obligation (`kind` + `target`).
 * Empty fields are left out; properties first, then relationships, each in the schema's order.
 */
export function entityFields(entity: Record<string, unknown>): {
  properties: FieldView[];
  relationships: FieldView[];
} {
  const properties: FieldView[] = [];
  const relationships: FieldView[] = [];
  for (const [name, value] of Object.entries(entity)) {
    if (HIDDEN.has(name) || value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      if (value.every(isEntityRef)) relationships.push({ type: 'refs', name, refs: value });
      else if (value.every((v) => v && typeof v === 'object')) {
        relationships.push({
          type: 'items',
          name,
          items: value.map((v) => valueItem(v as Record<string, unknown>)),
        });
      } else properties.push({ type: 'value', name, value: value.join(', ') });
    } else if (isEntityRef(value)) {
      relationships.push({ type: 'refs', name, refs: [value] });
    } else if (typeof value === 'object') {
      const item = valueItem(value as Record<string, unknown>);
      if (item.text || item.ref) properties.push({ type: 'value', name, value: item.text });
    } else {
      properties.push({ type: 'value', name, value: String(value) });
    }
  }
  return { properties, relationships };
}

function valueItem(value: Record<string, unknown>): { ref?: EntityRef; text: string } {
  const ref = Object.values(value).find(isEntityRef);
  const text = Object.entries(value)
    .filter(([k, v]) => k !== '__typename' && v !== null && v !== undefined && !isEntityRef(v))
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
    .join(' · ');
  return ref ? { ref, text } : { text };
}
