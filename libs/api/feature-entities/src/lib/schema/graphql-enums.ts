import { registerEnumType } from '@nestjs/graphql';
import { KIND_NAMES, toGraphEnum, type KindName } from '@streamscape/domain';
import { ENUM_NAMES } from './names';

/**
 * GraphQL enums of the registry's enumerations, registered when this module loads (the schema is built
 * from what is registered by then). Name and value are the graph spelling (`STREAM_ALIGNED`).
 */
const ENUMS = new Map<readonly string[], Record<string, string>>(
  [...ENUM_NAMES].map(([values, name]) => {
    const type = Object.fromEntries(values.map((v) => [toGraphEnum(v), toGraphEnum(v)]));
    registerEnumType(type, { name });
    return [values, type];
  }),
);

/** The GraphQL enum of a registry enumeration. */
export function graphqlEnum(values: readonly string[]): Record<string, string> {
  const type = ENUMS.get(values);
  if (!type) throw new Error(`The enumeration ${values.join(', ')} has no GraphQL name in ENUM_NAMES`);
  return type;
}

/** The kinds of the landscape, as `LandscapeEntity.kind` names them (the graph labels). */
export const EntityKind = Object.fromEntries(KIND_NAMES.map((k) => [k, k])) as Record<KindName, KindName>;
registerEnumType(EntityKind, { name: 'EntityKind', description: 'The kind of a landscape entity' });
