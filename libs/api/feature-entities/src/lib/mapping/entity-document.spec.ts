import { kindDef, type EntityDocument } from '@streamscape/domain';
import { validateDocuments } from '@streamscape/landscape';
import { documentRefs, inputDocument, patchDocument, toFieldProblems } from './entity-document';
import { toEntityObject } from './entity-object';

const valueStream = kindDef('ValueStream');

const asSource = (value: EntityDocument) => ({ file: 'input', index: 1, value, lineOf: () => undefined });

describe('input to landscape document', () => {
  it('spells enums as files do, keeps groups and references, and leaves out what is not given', () => {
    const document = inputDocument(valueStream, {
      id: 'battery',
      name: 'Battery',
      description: null,
      tags: ['ev'],
      partOf: 'domain:powertrain',
      type: 'DEVELOPMENT',
      targetOperatingMode: null,
      canvas: { purpose: 'Packs', customers: ['Programs'], trigger: null },
      delivers: ['product:edu'],
    });
    expect(document).toEqual({
      apiVersion: 'streamscape/v1',
      kind: 'ValueStream',
      metadata: { id: 'battery', name: 'Battery', tags: ['ev'] },
      spec: {
        partOf: 'domain:powertrain',
        type: 'development',
        canvas: { purpose: 'Packs', customers: ['Programs'] },
        delivers: ['product:edu'],
      },
    });
    const { entities, problems } = validateDocuments([asSource(document)], {
      known: new Set(['Domain:powertrain', 'Product:edu']),
    });
    expect(problems).toEqual([]);
    expect(entities[0].props).toMatchObject({ type: 'DEVELOPMENT', canvasPurpose: 'Packs' });
  });

  it('writes items as objects with their properties, and a finding kind back as `kind`', () => {
    expect(
      inputDocument(kindDef('Team'), {
        id: 'alpha',
        name: 'Alpha',
        type: 'STREAM_ALIGNED',
        interactsWith: [
          { team: 'beta', mode: 'X_AS_A_SERVICE' },
          { team: 'gamma', mode: null },
        ],
      }).spec,
    ).toEqual({
      type: 'stream-aligned',
      interactsWith: [{ team: 'beta', mode: 'x-as-a-service' }, { team: 'gamma' }],
    });
    expect(inputDocument(kindDef('Finding'), { id: 'f', name: 'F', findingKind: 'WEAKNESS' }).spec).toEqual({
      kind: 'weakness',
    });
  });

  it('patches: absent fields stay, null removes, groups change member by member, lists are replaced', () => {
    const stored: EntityDocument = {
      apiVersion: 'streamscape/v1',
      kind: 'ValueStream',
      metadata: { id: 'edu', name: 'EDU', description: 'Drive units', tags: ['ev'] },
      spec: {
        partOf: 'domain:powertrain',
        type: 'development',
        operatingMode: 'project',
        canvas: { purpose: 'Drive', trigger: 'SOP' },
        delivers: ['product:edu', 'variant:edu-lr'],
      },
    };
    const patched = patchDocument(valueStream, stored, {
      name: 'E-drive',
      description: null,
      operatingMode: 'PRODUCT',
      canvas: { trigger: null, boundaries: 'Concept to SOP' },
      delivers: ['product:edu'],
    });
    expect(patched).toEqual({
      apiVersion: 'streamscape/v1',
      kind: 'ValueStream',
      metadata: { id: 'edu', name: 'E-drive', tags: ['ev'] },
      spec: {
        partOf: 'domain:powertrain',
        type: 'development',
        operatingMode: 'product',
        canvas: { purpose: 'Drive', boundaries: 'Concept to SOP' },
        delivers: ['product:edu'],
      },
    });
    expect(stored.metadata.name).toBe('EDU');
    const emptied = patchDocument(valueStream, stored, { canvas: { purpose: null, trigger: null } });
    expect(emptied.spec).not.toHaveProperty('canvas');
  });

  it('lists the references a document makes, skipping those that do not parse', () => {
    const document = inputDocument(kindDef('Domain'), {
      id: 'd',
      name: 'D',
      partOf: 'acme',
      obligations: [
        { kind: 'MAINTAIN', target: 'generation:g1' },
        { kind: 'DELIVER', target: 'nonsense' },
      ],
    });
    expect(documentRefs(kindDef('Domain'), document)).toEqual([
      { kind: 'Enterprise', id: 'acme' },
      { kind: 'Generation', id: 'g1' },
    ]);
  });

  it("names the validator's problems by their path in the input", () => {
    const problems = [
      { file: 'input', field: 'metadata.id', reason: 'bad id' },
      { file: 'input', field: 'spec.obligations[0].target', reason: 'dangling' },
      { file: 'input', field: 'spec.kind', reason: 'bad enum' },
      { file: 'input', reason: 'whole document' },
    ];
    expect(toFieldProblems(kindDef('Finding'), problems)).toEqual([
      { field: 'input.id', message: 'bad id' },
      { field: 'input.obligations[0].target', message: 'dangling' },
      { field: 'input.findingKind', message: 'bad enum' },
      { field: 'input', message: 'whole document' },
    ]);
  });
});

describe('stored entity to GraphQL object', () => {
  it('gives scalars under their GraphQL names, groups as objects or null, and defaults the common fields', () => {
    expect(
      toEntityObject({
        kind: 'Finding',
        id: 'f',
        props: { name: 'F', kind: 'WEAKNESS', severity: 'HIGH' },
      }),
    ).toEqual({
      kind: 'Finding',
      id: 'f',
      name: 'F',
      description: null,
      tags: [],
      findingKind: 'WEAKNESS',
      severity: 'HIGH',
      status: null,
    });
    const kpi = toEntityObject({ kind: 'Kpi', id: 'k', props: { name: 'K', targetValue: 14 } });
    expect(kpi['target']).toEqual({ value: 14 });
    expect(toEntityObject({ kind: 'Kpi', id: 'k', props: { name: 'K' } })['target']).toBeNull();
  });
});
