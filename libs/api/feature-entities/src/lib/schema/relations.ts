import { isRefField, kindDef, KINDS, type KindName, type ScalarFieldDef } from '@streamscape/domain';
import { fieldLink, inverseLink, refField, type EntityLink } from '@streamscape/graph';
import { upperFirst } from './names';
import { INVERSE_FIELDS } from './navigation';

/**
 * A relationship field of an entity type: a reference field of the registry, or an inverse one from
 * navigation.ts. Each is one @ResolveField backed by one DataLoader (one read per level of a query).
 */
export interface Relation {
  /** `ValueStream.partOf`: names the field and its loader */
  readonly key: string;
  readonly owner: KindName;
  readonly name: string;
  readonly link: EntityLink;
  readonly many: boolean;
  /** list items with properties (obligations, dependsOn): the field lists item objects, not entities */
  readonly item?: { readonly refKey: string; readonly props: readonly ScalarFieldDef[] };
  readonly description: string;
}

function pattern(link: EntityLink): string {
  const to = link.to.join('|');
  return link.direction === 'out'
    ? `(${link.from})-[:${link.rel}]->(${to})`
    : `(${link.from})<-[:${link.rel}]-(${to})`;
}

const forward: Relation[] = KINDS.flatMap((def) =>
  def.fields.filter(isRefField).map((field) => {
    const link = fieldLink(def, field);
    return {
      key: `${def.kind}.${field.name}`,
      owner: def.kind,
      name: field.name,
      link,
      many: field.many,
      ...(field.item ? { item: { refKey: field.item.refKey, props: field.item.props } } : {}),
      description: `In the graph ${pattern(link)}`,
    };
  }),
);

const inverse: Relation[] = INVERSE_FIELDS.map((f) => {
  const link = inverseLink(kindDef(f.from), refField(f.from, f.via), f.on);
  return {
    key: `${f.on}.${f.name}`,
    owner: f.on,
    name: f.name,
    link,
    many: true,
    description: `${upperFirst(f.description)}: the ${f.from}s whose \`${f.via}\` names it; in the graph ${pattern(link)}`,
  };
});

/** Every relationship field of every entity type. */
export const RELATIONS: readonly Relation[] = [...forward, ...inverse];
