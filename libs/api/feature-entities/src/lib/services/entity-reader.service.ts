import { Injectable } from '@nestjs/common';
import { ID_PATTERN, kindDef, KINDS, parseRef, type KindName } from '@streamscape/domain';
import {
  ApiError,
  defineLoader,
  toConnection,
  toPage,
  type Connection,
  type LoaderDefinition,
  type LoaderRegistry,
} from '@streamscape/api-graphql';
import {
  fieldLink,
  findEntities,
  listEntities,
  refField,
  relatedEntities,
  type EntityListFilter,
  type EntityNode,
  type RelatedEntity,
} from '@streamscape/graph';
import { GraphHost } from '@streamscape/graph-nest';
import { toEntityObject, toItemObject } from '../mapping/entity-object';
import type { EntityObject } from '../schema/landscape-entity';
import { listQueryName } from '../schema/names';
import { PARENT_FIELDS } from '../schema/navigation';
import { RELATIONS, type Relation } from '../schema/relations';

export interface EntityFilter {
  readonly search?: string | null;
  readonly tags?: string[] | null;
  readonly parent?: string | null;
}

export interface EntityListArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly filter?: EntityFilter | null;
}

/**
 * Reads entities for the API: by id and relationship fields through per-request DataLoaders (one read per
 * field and level of a query, however many entities ask), lists as connections.
 */
@Injectable()
export class EntityReader {
  private readonly byId = new Map<KindName, LoaderDefinition<string, EntityNode | null>>();
  private readonly byRelation = new Map<string, LoaderDefinition<string, RelatedEntity[]>>();

  constructor(private readonly graph: GraphHost) {
    for (const { kind } of KINDS) {
      this.byId.set(
        kind,
        defineLoader(`entities:${kind}`, async (ids: readonly string[]) => {
          const nodes = await this.graph.read(`entities: ${kind} by id`, (tx) => findEntities(tx, kind, ids));
          const found = new Map(nodes.map((n) => [n.id, n]));
          return ids.map((id) => found.get(id) ?? null);
        }),
      );
    }
    for (const relation of RELATIONS) {
      this.byRelation.set(
        relation.key,
        defineLoader(`entities:${relation.key}`, async (ids: readonly string[]) => {
          const found = await this.graph.read(`entities: ${relation.key}`, (tx) =>
            relatedEntities(tx, relation.link, ids),
          );
          return ids.map((id) => found.get(id) ?? []);
        }),
      );
    }
  }

  async one(kind: KindName, id: string, loaders: LoaderRegistry): Promise<EntityObject | null> {
    const node = await loaders.get(this.byId.get(kind)!).load(id);
    return node ? toEntityObject(node) : null;
  }

  async list(kind: KindName, args: EntityListArgs): Promise<Connection<EntityObject>> {
    const page = toPage(args);
    const filter = listFilter(kind, args.filter ?? {});
    const found = await this.graph.read(`entities: ${listQueryName(kind)}`, (tx) =>
      listEntities(tx, kind, filter, page),
    );
    return toConnection(found.nodes.map(toEntityObject), page, found.total);
  }

  /**
   * Drops what this request's loaders hold, after a write: a later mutation of the same request must not
   * read the relationships as they were before it.
   */
  forget(loaders: LoaderRegistry): void {
    const used = new Set(loaders.names);
    const definitions: LoaderDefinition<string, unknown>[] = [
      ...this.byId.values(),
      ...this.byRelation.values(),
    ];
    for (const definition of definitions) {
      if (used.has(definition.name)) loaders.get(definition).clearAll();
    }
  }

  /** A relationship field of one entity: the entity (or null), or the list of entities or items. */
  async related(relation: Relation, id: string, loaders: LoaderRegistry): Promise<unknown> {
    const found = await loaders.get(this.byRelation.get(relation.key)!).load(id);
    const values = found.map((r) => (relation.item ? toItemObject(relation, r) : toEntityObject(r.node)));
    return relation.many ? values : (values[0] ?? null);
  }
}

/** `parent` is an id of any kind the parent field allows, or `kind:id` for one of them. */
function listFilter(kind: KindName, filter: EntityFilter): EntityListFilter {
  const base = { search: filter.search ?? null, tags: filter.tags ?? null };
  const text = filter.parent;
  const parentField = PARENT_FIELDS[kind];
  if (text === undefined || text === null || !parentField) return base;
  const field = refField(kind, parentField);
  const invalid = (message: string) =>
    ApiError.badInput(`Invalid input: ${message}`, [{ field: 'filter.parent', message }]);
  if (text.includes(':')) {
    const parsed = parseRef(text, field.targets);
    if (!parsed.ok) throw invalid(parsed.reason);
    return {
      ...base,
      parent: { link: fieldLink(kindDef(kind), field), id: parsed.ref.id, kinds: [parsed.ref.kind] },
    };
  }
  if (!ID_PATTERN.test(text)) throw invalid(`"${text}" is not a valid id ([a-z0-9][a-z0-9-]*)`);
  return { ...base, parent: { link: fieldLink(kindDef(kind), field), id: text, kinds: field.targets } };
}
