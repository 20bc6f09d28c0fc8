import type { Type } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { KindName } from '@streamscape/domain';
import {
  ConnectionArgs,
  connectionComplexity,
  Loaders,
  Role,
  Roles,
  type Connection,
  type LoaderRegistry,
} from '@streamscape/api-graphql';
import type { EntityInput } from '../mapping/entity-document';
import type { KindTypes } from '../schema/kind-types';
import type { EntityObject } from '../schema/landscape-entity';
import { listQueryName, oneQueryName } from '../schema/names';
import { EntityReader, type EntityFilter } from '../services/entity-reader.service';
import { EntityWriter } from '../services/entity-writer.service';

/** Kinds of the transformation plan, which transformation leads edit; architects edit the rest. */
const PLAN_KINDS: readonly KindName[] = ['TransformationStep', 'Initiative', 'Decision'];

function writeRoles(kind: KindName): [Role, ...Role[]] {
  return PLAN_KINDS.includes(kind) ? [Role.TRANSFORMATION_LEAD] : [Role.ARCHITECT];
}

/** The queries and mutations of one kind: `valueStream`, `valueStreams`, `create/update/deleteValueStream`. */
export function kindResolver(types: KindTypes): Type<unknown> {
  const kind = types.def.kind;
  const writers = writeRoles(kind);

  @ArgsType()
  class ListArgs extends ConnectionArgs {
    @Field(() => types.filter, { nullable: true })
    filter?: EntityFilter | null;
  }

  @Resolver(() => types.object)
  class KindResolver {
    constructor(
      private readonly reader: EntityReader,
      private readonly writer: EntityWriter,
    ) {}

    @Query(() => types.object, {
      name: oneQueryName(kind),
      nullable: true,
      description: `The ${kind} with this id`,
    })
    @Roles(Role.VIEWER)
    one(
      @Args('id', { type: () => ID }) id: string,
      @Loaders() loaders: LoaderRegistry,
    ): Promise<EntityObject | null> {
      return this.reader.one(kind, id, loaders);
    }

    @Query(() => types.connection, {
      name: listQueryName(kind),
      description: `${kind}s by name (then id)`,
      complexity: connectionComplexity,
    })
    @Roles(Role.VIEWER)
    list(@Args() args: ListArgs): Promise<Connection<EntityObject>> {
      return this.reader.list(kind, args);
    }

    @Mutation(() => types.object, { name: `create${kind}`, description: `Creates a ${kind}` })
    @Roles(...writers)
    create(
      @Args('input', { type: () => types.input }) input: EntityInput,
      @Loaders() loaders: LoaderRegistry,
    ): Promise<EntityObject> {
      return this.writer.create(kind, input, loaders);
    }

    @Mutation(() => types.object, {
      name: `update${kind}`,
      description: `Changes the fields of a ${kind} that the patch gives`,
    })
    @Roles(...writers)
    update(
      @Args('id', { type: () => ID }) id: string,
      @Args('input', { type: () => types.patch }) input: EntityInput,
      @Loaders() loaders: LoaderRegistry,
    ): Promise<EntityObject> {
      return this.writer.update(kind, id, input, loaders);
    }

    @Mutation(() => types.object, {
      name: `delete${kind}`,
      description: `Deletes a ${kind} and returns it as it was. Refused (CONFLICT) while other entities or facts refer to it, unless cascade: then their references to it go too, they stay`,
    })
    @Roles(...writers)
    remove(
      @Args('id', { type: () => ID }) id: string,
      @Args('cascade', { type: () => Boolean, defaultValue: false }) cascade: boolean,
      @Loaders() loaders: LoaderRegistry,
    ): Promise<EntityObject> {
      return this.writer.remove(kind, id, cascade, loaders);
    }
  }

  Object.defineProperty(KindResolver, 'name', { value: `${kind}Resolver` });
  Object.defineProperty(ListArgs, 'name', { value: `${kind}ListArgs` });
  return KindResolver;
}
