import {
  API_VERSION,
  isGroupField,
  isRefField,
  parseRef,
  toFileEnum,
  type EntityDocument,
  type FieldDef,
  type KindDef,
  type Ref,
  type ScalarFieldDef,
} from '@streamscape/domain';
import type { FieldProblem } from '@streamscape/api-graphql';
import type { Problem } from '@streamscape/landscape';
import { graphqlFieldName } from '../schema/names';

/**
 * Mutation input as the landscape file format has it, so that the API checks it with the file import's own
 * validator. GraphQL gives enums in graph spelling (`STREAM_ALIGNED`); files spell them `stream-aligned`.
 */
export type EntityInput = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const present = (v: unknown) => v !== undefined && v !== null;

function scalarValue(field: ScalarFieldDef, value: unknown): unknown {
  return field.enum && typeof value === 'string' ? toFileEnum(value) : value;
}

/** One spec field's value in file form. */
function specValue(field: FieldDef, value: unknown): unknown {
  if (isRefField(field)) {
    const item = field.item;
    if (!item || !Array.isArray(value)) return value;
    return value.map((entry) => {
      if (!isObject(entry)) return entry;
      const out: Record<string, unknown> = { [item.refKey]: entry[item.refKey] };
      for (const p of item.props) if (present(entry[p.name])) out[p.name] = scalarValue(p, entry[p.name]);
      return out;
    });
  }
  if (isGroupField(field)) {
    if (!isObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const m of field.group) if (present(value[m.name])) out[m.name] = scalarValue(m, value[m.name]);
    return out;
  }
  return scalarValue(field, value);
}

/** A create input as a landscape document of its kind. */
export function inputDocument(def: KindDef, input: EntityInput): EntityDocument {
  const metadata: Record<string, unknown> = { id: input['id'], name: input['name'] };
  if (present(input['description'])) metadata['description'] = input['description'];
  if (present(input['tags'])) metadata['tags'] = input['tags'];
  const spec: Record<string, unknown> = {};
  for (const field of def.fields) {
    const value = input[graphqlFieldName(def, field)];
    if (present(value)) spec[field.name] = specValue(field, value);
  }
  return { apiVersion: API_VERSION, kind: def.kind, metadata: metadata as EntityDocument['metadata'], spec };
}

/**
 * The document after a patch: a field left out stays, a field given as null goes, any other value replaces
 * it. Groups change member by member; lists are replaced as a whole.
 */
export function patchDocument(def: KindDef, document: EntityDocument, patch: EntityInput): EntityDocument {
  const metadata: Record<string, unknown> = { ...document.metadata };
  const spec: Record<string, unknown> = { ...(document.spec ?? {}) };
  for (const key of ['name', 'description', 'tags']) {
    if (patch[key] === null) delete metadata[key];
    else if (patch[key] !== undefined) metadata[key] = patch[key];
  }
  for (const field of def.fields) {
    const value = patch[graphqlFieldName(def, field)];
    if (value === undefined) continue;
    if (value === null) {
      delete spec[field.name];
    } else if (isGroupField(field) && isObject(value)) {
      const group: Record<string, unknown> = { ...(spec[field.name] as Record<string, unknown> | undefined) };
      for (const m of field.group) {
        if (value[m.name] === null) delete group[m.name];
        else if (value[m.name] !== undefined) group[m.name] = scalarValue(m, value[m.name]);
      }
      if (Object.keys(group).length) spec[field.name] = group;
      else delete spec[field.name];
    } else {
      spec[field.name] = specValue(field, value);
    }
  }
  return { ...document, metadata: metadata as EntityDocument['metadata'], spec };
}

/** The references a document makes that parse; the validator reports the others. */
export function documentRefs(def: KindDef, document: EntityDocument): Ref[] {
  const refs: Ref[] = [];
  for (const field of def.fields.filter(isRefField)) {
    const raw = document.spec?.[field.name];
    if (!present(raw)) continue;
    for (const entry of field.many && Array.isArray(raw) ? raw : [raw]) {
      const text = field.item && isObject(entry) ? entry[field.item.refKey] : entry;
      const parsed = parseRef(text, field.targets);
      if (parsed.ok) refs.push(parsed.ref);
    }
  }
  return refs;
}

/**
 * The validator's problems as the mutation's field problems: `metadata.name` -> `input.name`,
 * `spec.obligations[0].target` -> `input.obligations[0].target` (with GraphQL field names).
 */
export function toFieldProblems(def: KindDef, problems: readonly Problem[]): FieldProblem[] {
  return problems.map((p) => ({ field: inputPath(def, p.field), message: p.reason }));
}

function inputPath(def: KindDef, path: string | undefined): string {
  const match = /^(metadata|spec)(?:\.([A-Za-z]+))?(.*)$/.exec(path ?? '');
  if (!match || !match[2]) return 'input';
  const [, section, name, rest] = match;
  const field = section === 'spec' ? def.fields.find((f) => f.name === name) : undefined;
  return `input.${field ? graphqlFieldName(def, field) : name}${rest}`;
}
