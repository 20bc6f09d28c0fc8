import type { Type } from '@nestjs/common';
import {
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  type FieldOptions,
  type ReturnTypeFuncValue as TypeRef,
} from '@nestjs/graphql';
import {
  isGroupField,
  isRefField,
  KINDS,
  type GroupFieldDef,
  type KindDef,
  type KindName,
  type RefFieldDef,
  type ScalarFieldDef,
} from '@streamscape/domain';
import { Paginated } from '@streamscape/api-graphql';
import { graphqlEnum } from './graphql-enums';
import { LandscapeEntity, type EntityObject } from './landscape-entity';
import { graphqlFieldName, groupTypeName, itemTypeName } from './names';
import { PARENT_FIELDS } from './navigation';
import type { Relation } from './relations';
import { ScalarValue } from './scalar-value';

/**
 * The GraphQL types of the landscape, generated from the model registry: per kind an object type
 * implementing LandscapeEntity, its connection, a create input, a patch and a list filter, plus the types
 * of its groups (a stream's canvas) and of list items with properties (a domain's obligations).
 * Classes are made and decorated once, when this module loads, as the schema's metadata is global.
 */
export interface KindTypes {
  readonly def: KindDef;
  readonly object: Type<EntityObject>;
  readonly connection: Type<unknown>;
  readonly input: Type<unknown>;
  readonly patch: Type<unknown>;
  readonly filter: Type<unknown>;
  /** item object types by reference field name */
  readonly items: ReadonlyMap<string, Type<unknown>>;
}

function namedClass<T = unknown>(name: string, base?: Type<object>): Type<T> {
  const cls = base ? class extends base {} : class {};
  Object.defineProperty(cls, 'name', { value: name });
  return cls as Type<T>;
}

function addField(cls: Type<unknown>, name: string, type: () => TypeRef, options: FieldOptions): void {
  Field(type, options)(cls.prototype as object, name);
}

function scalarType(field: ScalarFieldDef): TypeRef {
  if (field.enum) return graphqlEnum(field.enum);
  switch (field.type) {
    case 'integer':
      return Int;
    case 'number':
      return Float;
    case 'string-list':
      return [String];
    case 'scalar':
      return ScalarValue;
    default:
      return String;
  }
}

const FORMATS: Partial<Record<ScalarFieldDef['type'], string>> = {
  date: 'an ISO 8601 date (YYYY-MM-DD)',
  duration: 'an ISO 8601 duration, e.g. P90D',
};

function describe(parts: (string | undefined | false)[]): string | undefined {
  const text = parts.filter(Boolean).join('; ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : undefined;
}

/** `required` in a create input; in a patch a required field may change but not be removed */
type Rule = 'required' | 'not null' | false;

const scalarDescription = (field: ScalarFieldDef, rule: Rule) => describe([FORMATS[field.type], rule]);

function refDescription(field: RefFieldDef, rule: Rule): string | undefined {
  const refs =
    field.targets.length === 1 ? `${field.targets[0]} id` : `kind:id of ${field.targets.join(', ')}`;
  return describe([
    field.many ? `a list of references (${refs}), replaced as a whole` : `a reference (${refs})`,
    rule,
  ]);
}

function kindTypes(def: KindDef): KindTypes {
  const kind = def.kind;
  const groupTypes = new Map<string, { output: Type<unknown>; input: Type<unknown> }>();
  const itemTypes = new Map<string, { output: Type<unknown>; input: Type<unknown> }>();

  for (const field of def.fields.filter(isGroupField)) groupTypes.set(field.name, groupType(def, field));
  for (const field of def.fields.filter(isRefField)) {
    if (field.item) itemTypes.set(field.name, itemType(def, field));
  }

  const object = namedClass<EntityObject>(kind);
  for (const field of def.fields) {
    if (isRefField(field)) continue; // relationship fields come with their resolvers
    const name = graphqlFieldName(def, field);
    if (isGroupField(field)) {
      addField(object, name, () => groupTypes.get(field.name)!.output, { nullable: true });
    } else {
      addField(object, name, () => scalarType(field), {
        nullable: true,
        description: describe([FORMATS[field.type]]),
      });
    }
  }
  ObjectType(kind, {
    implements: () => [LandscapeEntity],
    description: `A ${kind} of the landscape (kind ${kind} in files)`,
  })(object);

  const connection = namedClass(`${kind}Connection`, Paginated(object, kind) as Type<object>);
  ObjectType(`${kind}Connection`, { description: `A page of ${kind}s, by name` })(connection);

  return {
    def,
    object,
    connection,
    input: entityInput(def, 'create', groupTypes, itemTypes),
    patch: entityInput(def, 'patch', groupTypes, itemTypes),
    filter: filterInput(def),
    items: new Map([...itemTypes].map(([name, t]) => [name, t.output])),
  };
}

function groupType(def: KindDef, field: GroupFieldDef) {
  const name = groupTypeName(def, field.name);
  const output = namedClass(name);
  const input = namedClass(`${name}Input`);
  for (const member of field.group) {
    addField(output, member.name, () => scalarType(member), {
      nullable: true,
      description: scalarDescription(member, false),
    });
    addField(input, member.name, () => scalarType(member), {
      nullable: true,
      description: scalarDescription(member, false),
    });
  }
  ObjectType(name, { description: `The ${field.name} of a ${def.kind}` })(output);
  InputType(`${name}Input`, {
    description: `The ${field.name} of a ${def.kind}; in a patch, only the members given change (null removes one)`,
  })(input);
  return { output, input };
}

/** An item type refers to one of the field's targets (by the item's reference key) and holds its properties. */
function itemType(def: KindDef, field: RefFieldDef) {
  const item = field.item!;
  const name = itemTypeName(def, field);
  const output = namedClass(name);
  const input = namedClass(`${name}Input`);
  addField(output, item.refKey, () => targetType(field.targets), {});
  addField(input, item.refKey, () => String, {
    description: describe([
      field.targets.length === 1
        ? `a reference (${field.targets[0]} id)`
        : `a reference (kind:id of ${field.targets.join(', ')})`,
    ]),
  });
  for (const p of item.props) {
    addField(output, p.name, () => scalarType(p), { nullable: !p.required });
    addField(input, p.name, () => scalarType(p), {
      nullable: !p.required,
      description: scalarDescription(p, false),
    });
  }
  ObjectType(name, { description: `An item of ${def.kind}.${field.name}` })(output);
  InputType(`${name}Input`, { description: `An item of ${def.kind}.${field.name}` })(input);
  return { output, input };
}

/**
 * `create`: the whole entity, required fields non-null. `patch`: every field optional; a field left out
 * stays as it is, a field given as null is removed (refused for required fields).
 */
function entityInput(
  def: KindDef,
  mode: 'create' | 'patch',
  groups: ReadonlyMap<string, { input: Type<unknown> }>,
  items: ReadonlyMap<string, { input: Type<unknown> }>,
): Type<unknown> {
  const patch = mode === 'patch';
  const name = patch ? `${def.kind}Patch` : `${def.kind}Input`;
  const input = namedClass(name);
  if (!patch) addField(input, 'id', () => ID, { description: 'Lower-case letters, digits and dashes' });
  addField(input, 'name', () => String, { nullable: patch });
  addField(input, 'description', () => String, { nullable: true });
  addField(input, 'tags', () => [String], { nullable: true });
  for (const field of def.fields) {
    const fieldName = graphqlFieldName(def, field);
    if (isGroupField(field)) {
      addField(input, fieldName, () => groups.get(field.name)!.input, { nullable: true });
      continue;
    }
    const required = field.required === true;
    const nullable = patch || !required;
    const rule: Rule = required && (patch ? 'not null' : 'required');
    if (isRefField(field)) {
      const item = items.get(field.name)?.input;
      const type = (): TypeRef => (item ? [item] : field.many ? [String] : String);
      addField(input, fieldName, type, { nullable, description: refDescription(field, rule) });
    } else {
      addField(input, fieldName, () => scalarType(field), {
        nullable,
        description: scalarDescription(field, rule),
      });
    }
  }
  InputType(name, {
    description: patch
      ? `Changes to a ${def.kind}: only the fields given change; null removes a field`
      : `A new ${def.kind}, checked by the same rules as a landscape file`,
  })(input);
  return input;
}

function filterInput(def: KindDef): Type<unknown> {
  const name = `${def.kind}Filter`;
  const filter = namedClass(name);
  addField(filter, 'search', () => String, { nullable: true, description: 'Part of the name, any case' });
  addField(filter, 'tags', () => [String], { nullable: true, description: 'The entity carries every one' });
  const parent = PARENT_FIELDS[def.kind];
  if (parent) {
    const field = def.fields.find((f) => f.name === parent) as RefFieldDef;
    addField(filter, 'parent', () => String, {
      nullable: true,
      description: `Only entities whose \`${parent}\` names this ${field.targets.join(' or ')} (an id, or kind:id)`,
    });
  }
  InputType(name, { description: `Narrows a list of ${def.kind}s; all conditions hold together` })(filter);
  return filter;
}

/** The GraphQL type a reference to these kinds has: the kind's own type, or the interface when several. */
function targetType(targets: readonly KindName[]): TypeRef {
  return targets.length === 1 ? typesOf(targets[0]).object : LandscapeEntity;
}

const KIND_TYPES: ReadonlyMap<KindName, KindTypes> = new Map(KINDS.map((def) => [def.kind, kindTypes(def)]));

export function typesOf(kind: KindName): KindTypes {
  const types = KIND_TYPES.get(kind);
  if (!types) throw new Error(`No GraphQL types for ${kind}`);
  return types;
}

/** The GraphQL type of a relationship field and whether it may be null (only single references may). */
export function relationType(relation: Relation): { type: () => TypeRef; nullable: boolean } {
  const item = relation.item ? typesOf(relation.owner).items.get(relation.name) : undefined;
  const one = (): TypeRef => item ?? targetType(relation.link.to);
  return relation.many ? { type: () => [one()], nullable: false } : { type: one, nullable: true };
}
