import { Module } from '@nestjs/common';
import { KINDS } from '@streamscape/domain';
import { kindResolver } from './resolvers/kind.resolver';
import { relationResolver } from './resolvers/relation.resolver';
import { typesOf } from './schema/kind-types';
import { RELATIONS } from './schema/relations';
import { EntityReader } from './services/entity-reader.service';
import { EntityWriter } from './services/entity-writer.service';

/** Resolvers generated from the model registry: queries and mutations per kind, one per relationship field. */
export const ENTITY_RESOLVERS = [
  ...KINDS.map((def) => kindResolver(typesOf(def.kind))),
  ...RELATIONS.map(relationResolver),
];

/** GraphQL API: entity kinds, readable and writable (query by id, lists, relationships, mutations). */
@Module({ providers: [EntityReader, EntityWriter, ...ENTITY_RESOLVERS] })
export class EntitiesModule {}
