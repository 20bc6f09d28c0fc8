import type { Type } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, Role, Roles, type LoaderRegistry } from '@streamscape/api-graphql';
import { relationType, typesOf } from '../schema/kind-types';
import type { EntityObject } from '../schema/landscape-entity';
import { upperFirst } from '../schema/names';
import type { Relation } from '../schema/relations';
import { EntityReader } from '../services/entity-reader.service';

/** One relationship field of an entity type (`ValueStream.stages`), batched through its DataLoader. */
export function relationResolver(relation: Relation): Type<unknown> {
  const { type, nullable } = relationType(relation);
  // Nest matches resolved fields to their type by method name: each field needs a method of its own name
  const method = relation.name;

  @Resolver(() => typesOf(relation.owner).object)
  class RelationResolver {
    constructor(private readonly reader: EntityReader) {}

    @ResolveField(relation.name, type, { nullable, description: relation.description })
    @Roles(Role.VIEWER)
    [method](@Parent() entity: EntityObject, @Loaders() loaders: LoaderRegistry): Promise<unknown> {
      return this.reader.related(relation, entity.id, loaders);
    }
  }

  Object.defineProperty(RelationResolver, 'name', {
    value: `${relation.owner}${upperFirst(relation.name)}Resolver`,
  });
  return RelationResolver;
}
