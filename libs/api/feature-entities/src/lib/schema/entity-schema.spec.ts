import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { KINDS, kindDef } from '@streamscape/domain';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
} from 'graphql';
import { ENTITY_RESOLVERS } from '../entities.module';
import { graphqlFieldName, listQueryName, oneQueryName } from './names';
import { INVERSE_FIELDS, PARENT_FIELDS } from './navigation';
import { RELATIONS } from './relations';

let app: INestApplicationContext;
let schema: GraphQLSchema;

beforeAll(async () => {
  app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  schema = await app.get(GraphQLSchemaFactory).create(ENTITY_RESOLVERS);
});

afterAll(async () => {
  await app?.close();
});

/** `name: Type` of each field of an object, interface or input type, sorted */
function fieldsOf(typeName: string): string[] {
  const type = schema.getType(typeName);
  if (!type || !(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) {
    throw new Error(`${typeName} is not a type with fields`);
  }
  const fields = Object.values(type.getFields()) as (GraphQLField<unknown, unknown> | GraphQLInputField)[];
  return fields.map((f) => `${f.name}: ${f.type.toString()}`).sort();
}

function rootField(root: 'Query' | 'Mutation', name: string): string {
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  const field = type?.getFields()[name];
  if (!field) throw new Error(`${root}.${name} is missing`);
  const args = field.args.map((a) => `${a.name}: ${a.type.toString()}`).sort();
  return `${name}(${args.join(', ')}): ${field.type.toString()}`;
}

describe('the entity schema generated from the registry', () => {
  it('gives ValueStream its fields: common, scalar, group, references and inverse navigation', () => {
    const stream = schema.getType('ValueStream');
    expect(isObjectType(stream) && stream.getInterfaces().map((i) => i.name)).toEqual(['LandscapeEntity']);
    expect(fieldsOf('ValueStream')).toEqual([
      'budgets: [Budget!]!',
      'canvas: ValueStreamCanvas',
      'delivers: [LandscapeEntity!]!',
      'deliversTo: [IntegrationPoint!]!',
      'description: String',
      'id: ID!',
      'kind: EntityKind!',
      'name: String!',
      'operatingMode: OperatingMode',
      'partOf: LandscapeEntity',
      'stages: [Stage!]!',
      'subStreams: [ValueStream!]!',
      'tags: [String!]!',
      'targetOperatingMode: OperatingMode',
      'teams: [Team!]!',
      'type: ValueStreamType',
    ]);
    expect(fieldsOf('ValueStreamCanvas')).toEqual([
      'boundaries: String',
      'customers: [String!]',
      'purpose: String',
      'trigger: String',
      'valueHandover: String',
    ]);
    expect(fieldsOf('ValueStreamConnection')).toEqual([
      'edges: [ValueStreamEdge!]!',
      'pageInfo: PageInfo!',
      'totalCount: Int!',
    ]);
  });

  it('gives Team its enums, integers and items with properties', () => {
    expect(fieldsOf('Team')).toEqual([
      'budgets: [Budget!]!',
      'description: String',
      'id: ID!',
      'interactsWith: [TeamInteraction!]!',
      'kind: EntityKind!',
      'memberOf: OrgUnit',
      'name: String!',
      'operatingMode: OperatingMode',
      'owns: [Component!]!',
      'responsibleFor: [IntegrationPoint!]!',
      'size: Int',
      'tags: [String!]!',
      'type: TeamType',
      'worksOn: [LandscapeEntity!]!',
    ]);
    expect(fieldsOf('TeamInteraction')).toEqual(['mode: InteractionMode', 'team: Team!']);
    const teamType = schema.getType('TeamType');
    expect(isEnumType(teamType) && teamType.getValues().map((v) => v.name)).toEqual([
      'STREAM_ALIGNED',
      'PLATFORM',
      'ENABLING',
      'COMPLICATED_SUBSYSTEM',
    ]);
    expect(fieldsOf('Obligation')).toEqual(['kind: ObligationKind!', 'target: LandscapeEntity!']);
    expect(fieldsOf('ComponentDependency')).toEqual(['component: Component!', 'weight: Float']);
  });

  it('takes a whole entity to create, a partial one to update, and a filter to list', () => {
    expect(fieldsOf('ValueStreamInput')).toEqual([
      'canvas: ValueStreamCanvasInput',
      'delivers: [String!]',
      'deliversTo: [String!]',
      'description: String',
      'id: ID!',
      'name: String!',
      'operatingMode: OperatingMode',
      'partOf: String!',
      'tags: [String!]',
      'targetOperatingMode: OperatingMode',
      'type: ValueStreamType',
    ]);
    expect(fieldsOf('ValueStreamPatch')).toEqual(
      fieldsOf('ValueStreamInput')
        .filter((f) => !f.startsWith('id:'))
        .map((f) => f.replace(/!$/, '')),
    );
    expect(fieldsOf('TeamInput')).toContain('interactsWith: [TeamInteractionInput!]');
    expect(fieldsOf('TeamInteractionInput')).toEqual(['mode: InteractionMode', 'team: String!']);
    expect(fieldsOf('ValueStreamFilter')).toEqual(['parent: String', 'search: String', 'tags: [String!]']);
    expect(fieldsOf('ProductFilter')).toEqual(['search: String', 'tags: [String!]']);
  });

  it('has a query by id, a list, and create/update/delete mutations for every kind', () => {
    expect(rootField('Query', 'valueStream')).toBe('valueStream(id: ID!): ValueStream');
    expect(rootField('Query', 'valueStreams')).toBe(
      'valueStreams(after: String, filter: ValueStreamFilter, first: Int): ValueStreamConnection!',
    );
    expect(rootField('Mutation', 'createValueStream')).toBe(
      'createValueStream(input: ValueStreamInput!): ValueStream!',
    );
    expect(rootField('Mutation', 'updateValueStream')).toBe(
      'updateValueStream(id: ID!, input: ValueStreamPatch!): ValueStream!',
    );
    expect(rootField('Mutation', 'deleteValueStream')).toBe(
      'deleteValueStream(cascade: Boolean!, id: ID!): ValueStream!',
    );
    for (const { kind } of KINDS) {
      expect(schema.getQueryType()?.getFields()[oneQueryName(kind)]).toBeDefined();
      expect(schema.getQueryType()?.getFields()[listQueryName(kind)]).toBeDefined();
      for (const verb of ['create', 'update', 'delete']) {
        expect(schema.getMutationType()?.getFields()[`${verb}${kind}`]).toBeDefined();
      }
    }
  });

  it('renames a spec field that an entity field already names', () => {
    expect(graphqlFieldName(kindDef('Finding'), { name: 'kind', type: 'string' })).toBe('findingKind');
    expect(fieldsOf('Finding')).toEqual(
      expect.arrayContaining(['findingKind: FindingKind', 'kind: EntityKind!']),
    );
  });
});

describe('the navigation declarations', () => {
  it('name reference fields that exist and point at the kind that gets the field', () => {
    for (const f of INVERSE_FIELDS) {
      const field = kindDef(f.from).fields.find((x) => x.name === f.via);
      expect(field && 'targets' in field && field.targets).toContain(f.on);
    }
    for (const [kind, name] of Object.entries(PARENT_FIELDS)) {
      const field = kindDef(kind as never).fields.find((x) => x.name === name);
      expect(field && 'rel' in field && !field.many).toBe(true);
    }
  });

  it('never give a kind two fields of one name', () => {
    for (const def of KINDS) {
      const names = [
        'id',
        'kind',
        'name',
        'description',
        'tags',
        ...def.fields.filter((f) => !('rel' in f)).map((f) => graphqlFieldName(def, f)),
        ...RELATIONS.filter((r) => r.owner === def.kind).map((r) => r.name),
      ];
      expect(names.length).toBe(new Set(names).size);
    }
  });
});
