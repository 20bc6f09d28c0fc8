import {
  API_VERSION,
  FieldDef,
  ID_PATTERN,
  isGroupField,
  isRefField,
  KINDS,
  KindDef,
  RefFieldDef,
  ScalarFieldDef,
} from '@streamscape/domain';

type JsonSchema = Record<string, unknown>;

export const SCHEMA_ID = 'https://streamscape.dev/schemas/landscape/v1.json';

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
// ISO 8601 durations such as P90D, P2W, P1Y2M, PT12H
const DURATION = '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$';
const REF = '^([a-z][a-z-]*:)?[a-z0-9][a-z0-9-]*$';

function scalarSchema(f: ScalarFieldDef): JsonSchema {
  const withEnum = (s: JsonSchema) => (f.enum ? { ...s, enum: [...f.enum] } : s);
  switch (f.type) {
    case 'string':
      return withEnum({ type: 'string' });
    case 'integer':
      return { type: 'integer' };
    case 'number':
      return { type: 'number' };
    case 'date':
      return { type: 'string', pattern: DATE, description: 'ISO 8601 date (YYYY-MM-DD)' };
    case 'duration':
      return { type: 'string', pattern: DURATION, description: 'ISO 8601 duration, e.g. P90D' };
    case 'string-list':
      return { type: 'array', items: { type: 'string' } };
    case 'scalar':
      return { type: ['string', 'number', 'boolean'] };
  }
}

function refSchema(f: RefFieldDef): JsonSchema {
  const ref: JsonSchema = { type: 'string', pattern: REF };
  let item: JsonSchema = ref;
  if (f.item) {
    const props: Record<string, JsonSchema> = { [f.item.refKey]: ref };
    for (const p of f.item.props) props[p.name] = scalarSchema(p);
    const object: JsonSchema = {
      type: 'object',
      properties: props,
      required: [f.item.refKey, ...f.item.props.filter((p) => p.required).map((p) => p.name)],
      additionalProperties: false,
    };
    item = f.item.shorthand ? { anyOf: [ref, object] } : object;
  }
  return f.many ? { type: 'array', items: item } : item;
}

function fieldSchema(f: FieldDef): JsonSchema {
  if (isRefField(f)) return refSchema(f);
  if (isGroupField(f)) {
    return {
      type: 'object',
      properties: Object.fromEntries(f.group.map((g) => [g.name, scalarSchema(g)])),
      additionalProperties: false,
    };
  }
  return scalarSchema(f);
}

/** The JSON Schema of one kind's `spec`. */
export function specSchema(def: KindDef): JsonSchema {
  const required = def.fields.filter((f) => 'required' in f && f.required).map((f) => f.name);
  return {
    type: 'object',
    properties: Object.fromEntries(def.fields.map((f) => [f.name, fieldSchema(f)])),
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  };
}

export const METADATA_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    id: {
      type: 'string',
      pattern: ID_PATTERN.source,
      description: 'an id: lower-case letters, digits and dashes, starting with a letter or digit',
    },
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    tags: { type: 'array', items: { type: 'string' } },
  },
  required: ['id', 'name'],
  additionalProperties: false,
};

/** The published JSON Schema of one landscape document (docs/landscape.schema.json). */
export function landscapeJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Streamscape landscape document',
    description:
      'One entity of a Streamscape landscape (multi-document YAML, or a JSON array of these objects).',
    type: 'object',
    properties: {
      apiVersion: { const: API_VERSION },
      kind: { enum: KINDS.map((k) => k.kind) },
      metadata: { $ref: '#/$defs/metadata' },
      spec: { type: 'object' },
    },
    required: ['apiVersion', 'kind', 'metadata'],
    additionalProperties: false,
    allOf: KINDS.map((k) => ({
      if: { properties: { kind: { const: k.kind } } },
      then: {
        properties: { spec: { $ref: `#/$defs/${k.kind}` } },
        ...(k.fields.some((f) => 'required' in f && f.required) ? { required: ['spec'] } : {}),
      },
    })),
    $defs: {
      metadata: METADATA_SCHEMA,
      ...Object.fromEntries(KINDS.map((k) => [k.kind, specSchema(k)])),
    },
  };
}
