import { centralGraph, cyclesGraph, impactGraph, pathGraph, viewId } from './analysis-graph';

describe('analysis graphs', () => {
  it('names nodes as the views do', () => {
    expect(viewId('ValueStream', 'ev-drive')).toBe('value-stream:ev-drive');
    expect(viewId('Component', 'bms')).toBe('component:bms');
  });

  it('links an impact: dependents to what they depend on, streams, domains and owners', () => {
    const graph = impactGraph({
      root: { id: 'cell', kind: 'Component', name: 'Cell', depth: 0, via: null },
      nodes: [
        { id: 'bms', kind: 'Component', name: 'BMS', depth: 1, via: 'cell' },
        { id: 'vcu', kind: 'Component', name: 'VCU', depth: 2, via: 'bms' },
      ],
      streams: [{ id: 'ev', kind: 'ValueStream', name: 'EV', depth: 1, via: 'bms' }],
      domains: [{ id: 'pt', kind: 'Domain', name: 'PT', depth: 1, via: 'ev' }],
      teams: [{ id: 'cells', kind: 'Team', name: null, depth: 0, via: 'cell' }],
    });
    expect(graph.nodes.map((n) => [n.id, n.kind, n.label])).toEqual([
      ['component:cell', 'COMPONENT', 'Cell'],
      ['component:bms', 'COMPONENT', 'BMS'],
      ['component:vcu', 'COMPONENT', 'VCU'],
      ['value-stream:ev', 'VALUE_STREAM', 'EV'],
      ['domain:pt', 'DOMAIN', 'PT'],
      ['team:cells', 'TEAM', 'cells'],
    ]);
    expect(graph.edges.map((e) => `${e.source} ${e.kind} ${e.target}`)).toEqual([
      'component:bms DEPENDS_ON component:cell',
      'component:vcu DEPENDS_ON component:bms',
      'component:bms BUILT_IN value-stream:ev',
      'value-stream:ev PART_OF domain:pt',
      'team:cells OWNS component:cell',
    ]);
  });

  it('draws a component path with its weights, and team ends beside it', () => {
    const graph = pathGraph({
      from: { id: 'a-team', kind: 'Team', name: 'A' },
      to: { id: 'b-team', kind: 'Team', name: 'B' },
      components: [
        { id: 'x', kind: 'Component', name: 'X' },
        { id: 'y', kind: 'Component', name: 'Y' },
      ],
      steps: [{ from: 'x', to: 'y', weight: 2.5 }],
    });
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'team:a-team',
      'component:x',
      'component:y',
      'team:b-team',
    ]);
    expect(graph.edges.map((e) => [e.source, e.target, e.weight])).toEqual([
      ['team:a-team', 'component:x', 1],
      ['component:x', 'component:y', 2.5],
      ['team:b-team', 'component:y', 1],
    ]);
  });

  it('merges cycles: each component and each dependency once, the ring closed', () => {
    const graph = cyclesGraph({ cycles: [{ componentIds: ['a', 'b'] }, { componentIds: ['a', 'b', 'c'] }] });
    expect(graph.nodes.map((n) => n.id)).toEqual(['component:a', 'component:b', 'component:c']);
    expect(graph.edges.map((e) => e.id).sort()).toEqual([
      'DEPENDS_ON:component:a->component:b',
      'DEPENDS_ON:component:b->component:a',
      'DEPENDS_ON:component:b->component:c',
      'DEPENDS_ON:component:c->component:a',
    ]);
  });

  it('labels central components with their rank', () => {
    const graph = centralGraph([{ id: 'bms', name: 'BMS', rank: 1, weightedDegree: 9, pageRank: 0.2 }]);
    expect(graph.nodes[0]).toMatchObject({ id: 'component:bms', label: '#1 BMS' });
    expect(graph.edges).toEqual([]);
  });
});
