import { Field, ID, InterfaceType } from '@nestjs/graphql';
import type { KindName } from '@streamscape/domain';
import { EntityKind } from './graphql-enums';

/**
 * An entity as resolvers hand it to GraphQL: the common fields, then the kind's own scalar and group fields
 * under their GraphQL names. Relationship fields are not in it: their resolvers load them.
 */
export interface EntityObject {
  readonly kind: KindName;
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly tags: readonly string[];
  readonly [field: string]: unknown;
}

@InterfaceType('LandscapeEntity', {
  description: 'Any entity of the landscape; `kind` (and __typename) tells which',
  // the concrete types are named after the kinds
  resolveType: (value: EntityObject) => value.kind,
})
export abstract class LandscapeEntity {
  @Field(() => ID, { description: 'Unique within its kind: lower-case letters, digits and dashes' })
  id!: string;

  @Field(() => EntityKind)
  kind!: KindName;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [String])
  tags!: string[];
}
