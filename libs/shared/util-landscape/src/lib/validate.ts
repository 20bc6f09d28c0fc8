import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import {
  API_VERSION,
  findKind,
  groupProperty,
  ID_PATTERN,
  isGroupField,
  isRefField,
  KINDS,
  KindDef,
  KindName,
  parseRef,
  Ref,
  refKey,
  RefFieldDef,
  ScalarFieldDef,
  toGraphEnum,
} from '@streamscape/domain';
import { dateValue, Entity, integerValue, Props, PropValue, Relation } from './model';
import { fieldPath, Problem } from './problems';
import { METADATA_SCHEMA, specSchema } from './schema';
import type { SourceDocument } from './source';

export interface ValidateOptions {
  /**
   * Entities that exist outside the documents (e.g. already in the graph for a merge import);
   * references to them are not dangling. Keys as `refKey` gives them (`Kind:id`).
   */
  readonly known?: ReadonlySet<string>;
}

export interface ValidationResult {
  readonly entities: Entity[];
  readonly problems: Problem[];
}

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
const metadataValidator = ajv.compile(METADATA_SCHEMA);
const specValidators = new Map<KindName, ValidateFunction>(
  KINDS.map((k) => [k.kind, ajv.compile(specSchema(k))]),
);

interface Located {
  readonly doc: SourceDocument;
  readonly identity: Ref;
  /** the entity, when its document is valid as a whole */
  readonly entity?: Entity;
  /** the references the document makes, also where other fields of it are invalid */
  readonly rels: readonly Relation[];
}

/**
 * Checks a whole set of documents and reports every problem at once: structure, types, enums,
 * duplicates, references (dangling or of the wrong kind) and `partOf` cycles. Entities come back
 * normalised for the graph only where their document is valid.
 */
export function validateDocuments(
  documents: readonly SourceDocument[],
  options: ValidateOptions = {},
): ValidationResult {
  const problems: Problem[] = [];
  const located: Located[] = [];
  const firstSeen = new Map<string, SourceDocument>();

  for (const doc of documents) {
    const report = (path: (string | number)[], reason: string) =>
      problems.push({ ...placeOf(doc, path), reason });
    const { entity, rels } = checkDocument(doc, report);
    // a document with a sound kind and id still counts as defined, even if its spec has problems,
    // so that references to it are not reported as dangling as well
    const identity = identityOf(doc.value);
    if (!identity) continue;
    const key = refKey(identity);
    const first = firstSeen.get(key);
    if (first) {
      report(['metadata', 'id'], `duplicate id: ${key} is already defined in ${describe(first)}`);
      continue;
    }
    firstSeen.set(key, doc);
    located.push({ doc, identity, entity, rels });
  }

  const exists = (ref: Ref) => firstSeen.has(refKey(ref)) || options.known?.has(refKey(ref)) === true;
  for (const { doc, rels } of located) {
    rels.forEach((rel) => {
      if (!exists(rel.target)) {
        problems.push({
          ...placeOf(doc, relationPath(doc, rel)),
          reason: `dangling reference: no ${rel.target.kind} with id "${rel.target.id}"`,
        });
      }
    });
  }
  problems.push(...partOfCycles(located));
  problems.sort(byPlace);
  return { entities: problems.length ? [] : located.map((l) => l.entity!), problems };
}

/** Where a path of a document is: file, document, line and field; in a workbook also sheet and cell. */
function placeOf(doc: SourceDocument, path: readonly (string | number)[]): Omit<Problem, 'reason'> {
  const place = {
    file: doc.file,
    document: doc.index,
    line: doc.lineOf(path),
    field: path.length ? fieldPath(path) : undefined,
  };
  return doc.placeOf ? { ...place, ...doc.placeOf(path) } : place;
}

/** A document as a message names it: `landscape.xlsx team!A7` for a workbook row. */
function describe(doc: SourceDocument): string {
  const place = doc.placeOf?.(['metadata', 'id']);
  return place?.cell ? `${doc.file} ${place.sheet}!${place.cell}` : `${doc.file} document ${doc.index}`;
}

function identityOf(value: unknown): Ref | undefined {
  if (!isObject(value) || !isObject(value.metadata)) return undefined;
  const def = typeof value.kind === 'string' ? findKind(value.kind) : undefined;
  const id = value.metadata.id;
  return def && typeof id === 'string' && ID_PATTERN.test(id) ? { kind: def.kind, id } : undefined;
}

const byPlace = (a: Problem, b: Problem) =>
  a.file.localeCompare(b.file) ||
  (a.document ?? 0) - (b.document ?? 0) ||
  (a.line ?? 0) - (b.line ?? 0) ||
  columnOf(a.cell) - columnOf(b.cell);

/** `AB7` -> 28: problems in a workbook row read from left to right */
const columnOf = (cell: string | undefined): number =>
  [...(cell?.match(/^[A-Z]+/)?.[0] ?? '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

type Report = (path: (string | number)[], reason: string) => void;

function checkDocument(doc: SourceDocument, report: Report): { entity?: Entity; rels: Relation[] } {
  const value = doc.value;
  if (!isObject(value)) {
    report([], 'a document must be an object with apiVersion, kind, metadata and spec');
    return { rels: [] };
  }
  let ok = true;
  for (const key of Object.keys(value)) {
    if (!['apiVersion', 'kind', 'metadata', 'spec'].includes(key)) {
      report([key], 'unknown field (a document has apiVersion, kind, metadata and spec)');
      ok = false;
    }
  }
  if (value.apiVersion !== API_VERSION) {
    report(
      ['apiVersion'],
      `must be "${API_VERSION}"${value.apiVersion === undefined ? '' : `, got ${JSON.stringify(value.apiVersion)}`}`,
    );
    ok = false;
  }
  const def = typeof value.kind === 'string' ? findKind(value.kind) : undefined;
  if (!def) {
    report(
      ['kind'],
      value.kind === undefined
        ? 'missing required field'
        : `unknown kind ${JSON.stringify(value.kind)} (known: ${KINDS.map((k) => k.kind).join(', ')})`,
    );
    ok = false;
  }
  const metadataOk = metadataValidator(value.metadata ?? null);
  if (!metadataOk) {
    ajvProblems(metadataValidator.errors ?? [], ['metadata'], report);
    ok = false;
  }
  const spec = value.spec ?? {};
  const badFields = new Set<string>();
  if (def) {
    const validator = specValidators.get(def.kind) as ValidateFunction;
    if (!validator(spec)) {
      const errors = validator.errors ?? [];
      ajvProblems(errors, ['spec'], report);
      for (const e of errors) badFields.add(e.instancePath.split('/')[1] ?? '');
      ok = false;
    }
  }
  if (!def || !isObject(spec) || badFields.has('')) return { rels: [] };
  const normalised = normalise(
    def,
    metadataOk ? (value.metadata as Metadata) : undefined,
    spec,
    badFields,
    report,
  );
  return { entity: ok ? normalised.entity : undefined, rels: normalised.rels };
}

interface Metadata {
  id: string;
  name: string;
  description?: string;
  tags?: string[];
}

/** The graph form of a document; fields that failed the schema (`badFields`) are left out. */
function normalise(
  def: KindDef,
  metadata: Metadata | undefined,
  spec: Record<string, unknown>,
  badFields: ReadonlySet<string>,
  report: Report,
): { entity?: Entity; rels: Relation[] } {
  const props: Props = { name: metadata?.name ?? '' };
  if (metadata?.description !== undefined) props.description = metadata.description;
  if (metadata?.tags !== undefined) props.tags = metadata.tags;
  const rels: Relation[] = [];
  let ok = metadata !== undefined;

  for (const field of def.fields) {
    const raw = spec[field.name];
    if (raw === undefined || raw === null || badFields.has(field.name)) continue;
    if (isRefField(field)) {
      const items = field.many ? (raw as unknown[]) : [raw];
      items.forEach((item, i) => {
        const path = field.many ? ['spec', field.name, i] : ['spec', field.name];
        const rel = relation(field, item, path, report);
        if (rel) rels.push(rel);
        else ok = false;
      });
    } else if (isGroupField(field)) {
      const group = raw as Record<string, unknown>;
      for (const member of field.group) {
        if (group[member.name] !== undefined)
          props[groupProperty(field.name, member.name)] = scalar(member, group[member.name]);
      }
    } else {
      props[field.name] = scalar(field, raw);
    }
  }
  return { entity: ok && metadata ? { kind: def.kind, id: metadata.id, props, rels } : undefined, rels };
}

function relation(
  field: RefFieldDef,
  item: unknown,
  path: (string | number)[],
  report: Report,
): Relation | undefined {
  const object = field.item && isObject(item) ? item : undefined;
  const text = object ? object[field.item!.refKey] : item;
  const parsed = parseRef(text, field.targets);
  if (!parsed.ok) {
    report(object ? [...path, field.item!.refKey] : path, parsed.reason);
    return undefined;
  }
  const props: Props = {};
  for (const p of field.item?.props ?? []) {
    if (object?.[p.name] !== undefined) props[p.name] = scalar(p, object[p.name]);
  }
  return { field: field.name, type: field.rel, reverse: field.reverse === true, target: parsed.ref, props };
}

function scalar(field: ScalarFieldDef, raw: unknown): PropValue {
  if (field.enum) return toGraphEnum(raw as string);
  switch (field.type) {
    case 'integer':
      return integerValue(raw as number);
    case 'date':
      return dateValue(raw as string);
    default:
      return raw as PropValue;
  }
}

/** Where in its document a relation was declared, for pointing at the line. */
function relationPath(doc: SourceDocument, rel: Relation): (string | number)[] {
  const def = findKind((doc.value as { kind: string }).kind)!;
  const field = def.fields.find((f) => f.name === rel.field) as RefFieldDef;
  const raw = ((doc.value as { spec?: Record<string, unknown> }).spec ?? {})[rel.field];
  if (!field.many) return ['spec', rel.field];
  const items = raw as unknown[];
  const index = items.findIndex((item) => {
    const text = isObject(item) ? item[field.item!.refKey] : item;
    const parsed = parseRef(text, field.targets);
    return parsed.ok && refKey(parsed.ref) === refKey(rel.target);
  });
  const base = ['spec', rel.field, index];
  return isObject(items[index]) ? [...base, field.item!.refKey] : base;
}

function partOfCycles(located: readonly Located[]): Problem[] {
  const parent = new Map<string, string>();
  const where = new Map<string, SourceDocument>();
  for (const { doc, identity, rels } of located) {
    const rel = rels.find((r) => r.field === 'partOf');
    where.set(refKey(identity), doc);
    if (rel) parent.set(refKey(identity), refKey(rel.target));
  }
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const start of parent.keys()) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let at: string | undefined = start;
    while (at && !onChain.has(at) && !reported.has(at)) {
      chain.push(at);
      onChain.add(at);
      at = parent.get(at);
    }
    if (at && onChain.has(at) && !reported.has(at)) {
      const cycle = chain.slice(chain.indexOf(at));
      cycle.forEach((k) => reported.add(k));
      const doc = where.get(at)!;
      problems.push({
        ...placeOf(doc, ['spec', 'partOf']),
        reason: `partOf cycle: ${[...cycle, at].join(' -> ')}`,
      });
    }
  }
  return problems;
}

function ajvProblems(errors: readonly ErrorObject[], base: string[], report: Report) {
  for (const e of errors) {
    // a failed anyOf is reported once, by itself, not once per branch
    if (e.schemaPath.includes('/anyOf/')) continue;
    const path = [...base, ...e.instancePath.split('/').slice(1).map(segment)];
    switch (e.keyword) {
      case 'required':
        report([...path, e.params.missingProperty as string], 'missing required field');
        break;
      case 'additionalProperties':
        report([...path, e.params.additionalProperty as string], 'unknown field');
        break;
      case 'enum':
        report(path, `must be one of ${(e.params.allowedValues as string[]).join(', ')}`);
        break;
      case 'anyOf':
        report(path, 'must be a reference or an object with a reference and its properties');
        break;
      case 'pattern':
        report(
          path,
          (e.parentSchema as { description?: string })?.description ?? `must match ${e.params.pattern}`,
        );
        break;
      default:
        report(path, e.message ?? 'is invalid');
    }
  }
}

const segment = (s: string): string | number =>
  /^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~');

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
