import { Injectable } from '@nestjs/common';
import { kindDef, refKey, type EntityDocument, type KindDef, type KindName } from '@streamscape/domain';
import { ApiError, ApiErrorCode, type FieldProblem, type LoaderRegistry } from '@streamscape/api-graphql';
import {
  chainBack,
  deleteEntity,
  entityReferences,
  existingRefs,
  fieldLink,
  findEntities,
  readEntities,
  refField,
  writeEntities,
  type EntityNode,
  type EntityReferences,
  type Tx,
} from '@streamscape/graph';
import { auditWrite, GraphHost } from '@streamscape/graph-nest';
import { toDocument, validateDocuments, type Entity } from '@streamscape/landscape';
import {
  documentRefs,
  inputDocument,
  patchDocument,
  toFieldProblems,
  type EntityInput,
} from '../mapping/entity-document';
import { toEntityObject } from '../mapping/entity-object';
import type { EntityObject } from '../schema/landscape-entity';
import { EntityReader } from './entity-reader.service';

/** What a write transaction decided: refusals are returned, as the graph layer would wrap a thrown ApiError. */
type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

const refused = (error: ApiError): Outcome<never> => ({ ok: false, error });
const notFound = (kind: KindName, id: string) => refused(ApiError.notFound(`No ${kind} with id "${id}"`));

/** The reference field whose cycles the file validator refuses; through the API they may close in the graph. */
const CYCLE_FIELD = 'partOf';

/**
 * Creates, updates and deletes entities, one transaction each. Input becomes a landscape document and is
 * checked by the file import's validator, so the API and files accept exactly the same landscapes; it is
 * then written by the import's own `writeEntities` (which changes only what differs).
 */
@Injectable()
export class EntityWriter {
  constructor(
    private readonly graph: GraphHost,
    private readonly reader: EntityReader,
  ) {}

  async create(kind: KindName, input: EntityInput, loaders: LoaderRegistry): Promise<EntityObject> {
    const def = kindDef(kind);
    const document = inputDocument(def, input);
    const id = document.metadata.id;
    return this.run(`create${kind}`, loaders, async (tx) => {
      const checked = await check(tx, def, document, false);
      if (!checked.ok) return checked;
      if ((await findEntities(tx, kind, [id])).length) {
        return refused(new ApiError(ApiErrorCode.CONFLICT, `A ${kind} with id "${id}" already exists`));
      }
      return saved(tx, checked.value);
    });
  }

  async update(
    kind: KindName,
    id: string,
    patch: EntityInput,
    loaders: LoaderRegistry,
  ): Promise<EntityObject> {
    const def = kindDef(kind);
    return this.run(`update${kind}`, loaders, async (tx) => {
      const [stored] = await readEntities(tx, new Map([[kind, [id]]]));
      if (!stored) return notFound(kind, id);
      const checked = await check(tx, def, patchDocument(def, toDocument(stored), patch), true);
      if (!checked.ok) return checked;
      return saved(tx, checked.value);
    });
  }

  /**
   * Refuses to delete an entity that other entities or facts refer to, unless `cascade`: then the entity
   * goes with all its relationships, and what referred to it stays, without that reference.
   */
  async remove(kind: KindName, id: string, cascade: boolean, loaders: LoaderRegistry): Promise<EntityObject> {
    return this.run(`delete${kind}`, loaders, async (tx) => {
      const [node] = await findEntities(tx, kind, [id]);
      if (!node) return notFound(kind, id);
      const references = await entityReferences(tx, kind, id);
      if (!cascade && (references.entities.length || references.facts.length)) {
        return refused(new ApiError(ApiErrorCode.CONFLICT, stillReferenced(kind, id, references)));
      }
      await deleteEntity(tx, kind, id);
      return { ok: true, value: node };
    });
  }

  private async run(
    operation: string,
    loaders: LoaderRegistry,
    work: (tx: Tx) => Promise<Outcome<EntityNode>>,
  ): Promise<EntityObject> {
    const outcome = await this.graph.write(operation, async (tx) => {
      const done = await work(tx);
      if (done.ok) await auditWrite(tx, { id: done.value.id });
      return done;
    });
    if (!outcome.ok) throw outcome.error;
    this.reader.forget(loaders);
    return toEntityObject(outcome.value);
  }
}

/** The file validator's verdict on one document, with references resolved against the graph. */
async function check(
  tx: Tx,
  def: KindDef,
  document: EntityDocument,
  stored: boolean,
): Promise<Outcome<Entity>> {
  const known = await existingRefs(tx, documentRefs(def, document));
  const source = { file: 'input', index: 1, value: document, lineOf: () => undefined };
  const { entities, problems } = validateDocuments([source], { known });
  const fields = toFieldProblems(def, problems);
  // a new entity has nothing pointing at it yet; a stored one may be the ancestor of its new parent
  if (!fields.length && stored) fields.push(...(await cycles(tx, def, entities[0])));
  if (fields.length) {
    const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    return refused(ApiError.badInput(`Invalid ${def.kind}: ${summary}`, fields));
  }
  return { ok: true, value: entities[0] };
}

async function cycles(tx: Tx, def: KindDef, entity: Entity): Promise<FieldProblem[]> {
  const parent = entity.rels.find((r) => r.field === CYCLE_FIELD);
  if (!parent) return [];
  const link = fieldLink(def, refField(def.kind, CYCLE_FIELD));
  const chain = await chainBack(tx, def.kind, entity.id, link, parent.target);
  if (!chain) return [];
  const cycle = [{ kind: def.kind, id: entity.id }, ...chain].map(refKey).join(' -> ');
  return [{ field: `input.${CYCLE_FIELD}`, message: `partOf cycle: ${cycle}` }];
}

async function saved(tx: Tx, entity: Entity): Promise<Outcome<EntityNode>> {
  await writeEntities(tx, [entity], 'merge');
  const [node] = await findEntities(tx, entity.kind, [entity.id]);
  return { ok: true, value: node };
}

function stillReferenced(kind: KindName, id: string, references: EntityReferences): string {
  const part = (counts: { name: string; count: number }[], one: string, many: string) => {
    const total = counts.reduce((sum, c) => sum + c.count, 0);
    return `${total} ${total === 1 ? one : many} (${counts.map((c) => `${c.count} ${c.name}`).join(', ')})`;
  };
  const parts = [
    references.entities.length &&
      part(
        references.entities.map((e) => ({ name: e.kind, count: e.count })),
        'entity',
        'entities',
      ),
    references.facts.length &&
      part(
        references.facts.map((f) => ({ name: f.label, count: f.count })),
        'fact',
        'facts',
      ),
  ].filter(Boolean);
  return (
    `${kind} "${id}" is still referenced by ${parts.join(' and ')}. Remove those references first, or ` +
    `delete with cascade: true to remove the ${kind} with its relationships (what referred to it stays).`
  );
}
