import { parseSource } from './source';
import { validateDocuments } from './validate';
import { toYaml } from './serialize';
import { canonicalText } from './model';

const base = `
apiVersion: streamscape/v1
kind: Enterprise
metadata: { id: acme, name: ACME Motors }
---
apiVersion: streamscape/v1
kind: Domain
metadata:
  id: powertrain
  name: Powertrain
  tags: [ev]
spec:
  partOf: enterprise:acme
  operatingMode: project
  targetOperatingMode: product
  obligations:
    - { kind: maintain, target: product:edu }
---
apiVersion: streamscape/v1
kind: Product
metadata: { id: edu, name: Electric drive unit }
`;

function check(...files: [string, string][]) {
  const docs = files.flatMap(([file, text]) => {
    const parsed = parseSource(file, text);
    expect(parsed.problems).toEqual([]);
    return parsed.documents;
  });
  return validateDocuments(docs);
}

describe('validateDocuments', () => {
  it('accepts a valid landscape and normalises it for the graph', () => {
    const { entities, problems } = check(['base.yaml', base]);
    expect(problems).toEqual([]);
    const domain = entities.find((e) => e.id === 'powertrain')!;
    expect(domain.props).toEqual({
      name: 'Powertrain',
      tags: ['ev'],
      operatingMode: 'PROJECT',
      targetOperatingMode: 'PRODUCT',
    });
    expect(domain.rels).toEqual([
      {
        field: 'partOf',
        type: 'PART_OF',
        reverse: false,
        target: { kind: 'Enterprise', id: 'acme' },
        props: {},
      },
      {
        field: 'obligations',
        type: 'OBLIGED_TO',
        reverse: false,
        target: { kind: 'Product', id: 'edu' },
        props: { kind: 'MAINTAIN' },
      },
    ]);
  });

  it('reports an unknown kind with its file, document and line', () => {
    const { problems } = check([
      'a.yaml',
      `${base}---\napiVersion: streamscape/v1\nkind: Gadget\nmetadata: { id: g, name: G }\n`,
    ]);
    expect(problems).toEqual([
      {
        file: 'a.yaml',
        document: 4,
        line: 24,
        field: 'kind',
        reason: expect.stringContaining('unknown kind "Gadget"'),
      },
    ]);
  });

  it('reports a missing required field', () => {
    const { problems } = check([
      'b.yaml',
      `${base}---\napiVersion: streamscape/v1\nkind: Variant\nmetadata:\n  id: v1\n  name: V1\nspec: {}\n`,
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'b.yaml',
        document: 4,
        field: 'spec.of',
        reason: 'missing required field',
      }),
    ]);
  });

  it('reports a bad enum value and names the allowed values', () => {
    const { problems } = check(['c.yaml', base.replace('operatingMode: project', 'operatingMode: projekt')]);
    expect(problems).toEqual([
      {
        file: 'c.yaml',
        document: 2,
        line: 14,
        field: 'spec.operatingMode',
        reason: 'must be one of project, product, hybrid',
      },
    ]);
  });

  it('reports a dangling reference', () => {
    const { problems } = check(['d.yaml', base.replace('product:edu }', 'product:edu-x }')]);
    expect(problems).toEqual([
      {
        file: 'd.yaml',
        document: 2,
        line: 17,
        field: 'spec.obligations[0].target',
        reason: 'dangling reference: no Product with id "edu-x"',
      },
    ]);
  });

  it('accepts a reference to an entity known outside the files', () => {
    const docs = parseSource('d.yaml', base.replace('product:edu }', 'product:edu-x }')).documents;
    expect(validateDocuments(docs, { known: new Set(['Product:edu-x']) }).problems).toEqual([]);
  });

  it('reports a reference of the wrong kind', () => {
    const { problems } = check(['e.yaml', base.replace('partOf: enterprise:acme', 'partOf: product:edu')]);
    expect(problems).toEqual([
      expect.objectContaining({
        document: 2,
        line: 13,
        field: 'spec.partOf',
        reason: expect.stringContaining('takes enterprise'),
      }),
    ]);
  });

  it('reports a duplicate id across files, naming the first', () => {
    const { problems } = check(
      ['f.yaml', base],
      ['g.yaml', 'apiVersion: streamscape/v1\nkind: Product\nmetadata: { id: edu, name: Again }\n'],
    );
    expect(problems).toEqual([
      {
        file: 'g.yaml',
        document: 1,
        line: 3,
        field: 'metadata.id',
        reason: 'duplicate id: Product:edu is already defined in f.yaml document 3',
      },
    ]);
  });

  it('allows the same id in two kinds', () => {
    const { problems } = check([
      'h.yaml',
      `${base}---\napiVersion: streamscape/v1\nkind: Variant\nmetadata: { id: edu, name: EDU }\nspec: { of: edu }\n`,
    ]);
    expect(problems).toEqual([]);
  });

  it('reports a partOf cycle once', () => {
    const units = ['a', 'b', 'c']
      .map(
        (id, i, all) =>
          `apiVersion: streamscape/v1\nkind: OrgUnit\nmetadata: { id: ${id}, name: ${id} }\nspec: { partOf: org-unit:${all[(i + 1) % 3]} }\n`,
      )
      .join('---\n');
    const { problems } = check(['i.yaml', units]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'i.yaml',
        field: 'spec.partOf',
        reason: 'partOf cycle: OrgUnit:a -> OrgUnit:b -> OrgUnit:c -> OrgUnit:a',
      }),
    ]);
  });

  it('reports every problem at once, across documents', () => {
    const bad = base
      .replace('operatingMode: project', 'operatingMode: projekt')
      .replace('product:edu }', 'product:nope }')
      .replace('id: edu', 'id: Bad_Id');
    const { problems, entities } = check(['j.yaml', bad]);
    expect(problems.map((p) => p.field)).toEqual([
      'spec.operatingMode',
      'spec.obligations[0].target',
      'metadata.id',
    ]);
    expect(entities).toEqual([]);
  });

  it('reports unknown fields and wrong types', () => {
    const { problems } = check([
      'k.yaml',
      'apiVersion: streamscape/v1\nkind: Stage\nmetadata: { id: s, name: S }\nspec:\n  valueStream: vs\n  order: first\n  colour: blue\n',
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ field: 'spec.order', line: 6, reason: 'must be integer' }),
      expect.objectContaining({ field: 'spec.colour', line: 7, reason: 'unknown field' }),
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const parsed = parseSource('l.yaml', 'apiVersion: streamscape/v1\nkind: [Product\n');
    expect(parsed.problems[0]).toMatchObject({ file: 'l.yaml', document: 1, line: expect.any(Number) });
  });

  it('reads a JSON array of documents', () => {
    const json = JSON.stringify([
      { apiVersion: 'streamscape/v1', kind: 'Product', metadata: { id: 'p', name: 'P' } },
      { apiVersion: 'streamscape/v1', kind: 'Variant', metadata: { id: 'v', name: 'V' }, spec: { of: 'p' } },
    ]);
    const { entities, problems } = check(['m.json', json]);
    expect(problems).toEqual([]);
    expect(entities.map((e) => e.id)).toEqual(['p', 'v']);
  });

  it('writes back what it read: validate(serialize(x)) == x', () => {
    const first = check(['base.yaml', base]).entities;
    const again = check(['out.yaml', toYaml(first)]).entities;
    expect(canonicalText(again)).toBe(canonicalText(first));
  });

  it('writes an empty required list back as an empty list', () => {
    const budget =
      'apiVersion: streamscape/v1\nkind: Budget\nmetadata: { id: b, name: B }\n' +
      'spec: { fiscalYear: 2026, amount: 1, currency: EUR, model: capacity, funds: [] }\n';
    const first = check(['b.yaml', budget]).entities;
    expect(toYaml(first)).toContain('funds: []');
    expect(check(['out.yaml', toYaml(first)]).problems).toEqual([]);
  });
});
