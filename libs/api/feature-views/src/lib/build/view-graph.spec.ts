import { attributes, nodeKind, ViewGraph } from './view-graph';

describe('ViewGraph', () => {
  it('lists parents before children and drops parents that are not in the view', () => {
    const g = new ViewGraph();
    g.node('stage:s1', 'Stage', 'S1', 'value-stream:sub');
    g.node('value-stream:sub', 'ValueStream', 'Sub', 'value-stream:top');
    g.node('value-stream:top', 'ValueStream', 'Top', 'domain:d');
    g.node('domain:d', 'Domain', 'D');
    g.node('team:t', 'Team', 'T', 'org-unit:missing');
    expect(g.build().nodes.map((n) => [n.id, n.parent])).toEqual([
      ['domain:d', null],
      ['team:t', null],
      ['value-stream:top', 'domain:d'],
      ['value-stream:sub', 'value-stream:top'],
      ['stage:s1', 'value-stream:sub'],
    ]);
  });

  it('keeps the first definition of a node, one edge per kind and ends, and only edges between its nodes', () => {
    const g = new ViewGraph();
    g.node('team:a', 'Team', 'A', null, { size: 5 });
    g.node('team:a', 'Team', 'Again', null, { external: true });
    g.node('team:b', 'Team', 'B');
    g.edge('INTERACTS_WITH', 'team:a', 'team:b', { label: 'collaboration' });
    g.edge('INTERACTS_WITH', 'team:a', 'team:b', { label: 'twice' });
    g.edge('OBLIGED_TO', 'team:a', 'team:b', { discriminator: 'deliver' });
    g.edge('OBLIGED_TO', 'team:a', 'team:b', { discriminator: 'maintain' });
    g.edge('OWNS', 'team:a', 'component:gone');
    const { nodes, edges } = g.build();
    expect(nodes[0]).toEqual({
      id: 'team:a',
      kind: 'TEAM',
      label: 'A',
      parent: null,
      attributes: [{ name: 'size', value: 5, text: null }],
    });
    expect(edges.map((e) => [e.id, e.label, e.weight])).toEqual([
      ['interacts_with:team:a->team:b', 'collaboration', 1],
      ['obliged_to:team:a->team:b:deliver', null, 1],
      ['obliged_to:team:a->team:b:maintain', null, 1],
    ]);
  });

  it('turns values into attributes: numbers and flags as values, strings as text, absent ones left out', () => {
    expect(attributes({ a: 2.5, b: true, c: false, d: 'PROJECT', e: null, f: undefined })).toEqual([
      { name: 'a', value: 2.5, text: null },
      { name: 'b', value: 1, text: null },
      { name: 'c', value: 0, text: null },
      { name: 'd', value: null, text: 'PROJECT' },
    ]);
    expect(nodeKind('IntegrationPoint')).toBe('INTEGRATION_POINT');
  });
});
