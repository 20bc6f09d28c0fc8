import { cellText, parseParams, toCypherGraph, toCypherTable, toKind } from './cypher-result';

const domain = (id: string, name: string) => ({
  id: `4:abc:${id}`,
  labels: ['Domain'],
  properties: { id, name, tags: ['core'] },
});
const team = { id: '4:abc:t1', labels: ['Team'], properties: { id: 'bms', size: 7 } };
const owns = { id: '5:abc:r1', type: 'OWNS', start: '4:abc:t1', end: '4:abc:powertrain', properties: {} };

describe('cypher result', () => {
  it('shows scalars, nodes, relationships, paths, lists and maps as text cells', () => {
    expect(cellText(null)).toBe('null');
    expect(cellText(42)).toBe('42');
    expect(cellText(true)).toBe('true');
    expect(cellText('2026-01-01')).toBe('2026-01-01');
    expect(cellText(domain('powertrain', 'Powertrain'))).toBe('(:Domain Powertrain)');
    expect(cellText(team)).toBe('(:Team bms)');
    expect(cellText(owns)).toBe('[:OWNS]');
    expect(cellText({ nodes: [team, domain('powertrain', 'Powertrain')], relationships: [owns] })).toBe(
      'path of 1: bms - Powertrain',
    );
    expect(cellText([1, 'a', null])).toBe('[1, a, null]');
    expect(cellText({ srid: 7203, x: 1, y: 2 })).toBe('{"srid":7203,"x":1,"y":2}');
  });

  it('makes one text row per result row, in column order, null rows as blank cells', () => {
    expect(
      toCypherTable({
        columns: ['d.id', 'n'],
        rows: [['powertrain', 3], ['adas', null], null],
      }),
    ).toEqual({
      columns: ['d.id', 'n'],
      rows: [
        ['powertrain', '3'],
        ['adas', 'null'],
        ['null', 'null'],
      ],
    });
  });

  it('draws no graph when the rows hold no nodes', () => {
    expect(toCypherGraph({ columns: ['id'], rows: [['powertrain'], ['adas']] })).toBeNull();
  });

  it('collects nodes and relationships from cells, lists and paths, each once', () => {
    const pt = domain('powertrain', 'Powertrain');
    const graph = toCypherGraph({
      columns: ['t', 'r', 'd', 'p', 'list'],
      rows: [
        [team, owns, pt, { nodes: [team, pt], relationships: [owns] }, [pt, { nested: team }]],
        [team, owns, pt, null, []],
      ],
    });
    expect(graph?.nodes.map((n) => [n.id, n.kind, n.label])).toEqual([
      ['4:abc:t1', 'TEAM', 'bms'],
      ['4:abc:powertrain', 'DOMAIN', 'Powertrain'],
    ]);
    expect(graph?.nodes[0].attributes).toEqual([
      { name: 'id', text: 'bms' },
      { name: 'size', value: 7 },
    ]);
    expect(graph?.nodes[1].attributes).toContainEqual({ name: 'tags', text: 'core' });
    expect(graph?.edges).toEqual([
      {
        id: '5:abc:r1',
        kind: 'OWNS',
        label: 'OWNS',
        source: '4:abc:t1',
        target: '4:abc:powertrain',
        weight: 1,
        attributes: [],
      },
    ]);
  });

  it('leaves out relationships whose ends were not returned, and takes a weight when there is one', () => {
    const dep = { id: 'r2', type: 'DEPENDS_ON', start: '4:abc:t1', end: 'elsewhere', properties: {} };
    const weighted = { ...owns, id: 'r3', properties: { weight: 3 } };
    const graph = toCypherGraph({
      columns: ['a', 'b', 'c', 'd'],
      rows: [[team, domain('powertrain', 'Powertrain'), dep, weighted]],
    });
    expect(graph?.edges.map((e) => [e.id, e.weight])).toEqual([['r3', 3]]);
  });

  it('turns labels into the landscape kind style', () => {
    expect(toKind('ValueStream')).toBe('VALUE_STREAM');
    expect(toKind('IntegrationPoint')).toBe('INTEGRATION_POINT');
    expect(toKind('Domain')).toBe('DOMAIN');
  });

  it('takes parameters as a JSON object, none when empty, and says what is wrong otherwise', () => {
    expect(parseParams('  ')).toEqual({ ok: true, params: null });
    expect(parseParams('{"limit": 5}')).toEqual({ ok: true, params: { limit: 5 } });
    expect(parseParams('[1]')).toEqual({ ok: false, error: expect.stringContaining('JSON object') });
    expect(parseParams('{limit: 5}')).toEqual({
      ok: false,
      error: expect.stringContaining('not valid JSON'),
    });
  });
});
