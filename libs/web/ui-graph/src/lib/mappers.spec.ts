import { domainView } from './fixtures.spec-data';
import { ancestorsOf, descendantsOf, toDomainElements, toElements, toEnterpriseElements } from './mappers';

describe('toElements', () => {
  const elements = toElements(domainView);
  const node = (id: string) => elements.nodes.find((n) => n.data.id === id);

  it('keeps every node with its parent and drops edges whose ends are not in the view', () => {
    expect(elements.nodes).toHaveLength(domainView.nodes.length);
    expect(node('stage:battery-dev')?.data.parent).toBe('value-stream:battery');
    expect(elements.edges.map((e) => e.data.id)).not.toContain('x1');
    expect(elements.edges).toHaveLength(domainView.edges.length - 1);
  });

  it('marks compounds, unowned integration points and components, legacy and external parts', () => {
    expect(node('domain:powertrain')?.classes).toContain('compound');
    expect(node('value-stream:edu')?.classes).toContain('compound');
    expect(node('team:bms')?.classes).not.toContain('compound');
    expect(node('integration-point:battery-handover')?.classes).toContain('unowned');
    expect(node('component:egr-valve')?.classes).toEqual(
      expect.arrayContaining(['legacy', 'unowned', 'component']),
    );
    expect(node('component:route-planner')?.classes).toContain('external');
    expect(node('stage:battery-dev')?.classes).toContain('gated');
    expect(node('stage:battery-int')?.classes).not.toContain('gated');
  });

  it('turns attributes into a map and tags into a list', () => {
    expect(node('stage:battery-dev')?.data.attributes).toEqual({
      order: 1,
      qualityGate: 'Bench test passed',
    });
    expect(node('component:route-planner')?.data.tags).toEqual(['ev', 'navigation']);
  });

  it('classes feedback loops so they are drawn back and keeps their label', () => {
    const feedback = elements.edges.find((e) => e.data.id === 'fb1');
    expect(feedback?.classes).toEqual(['feedback-to', 'feedback']);
    expect(feedback?.data.label).toBe('4 d');
  });

  it('cuts long labels for drawing and keeps the full name for the tooltip', () => {
    const long = toElements({
      nodes: [
        { id: 's', kind: 'STAGE', label: 'Subsystem Integration and Verification Testing', attributes: [] },
        { id: 't', kind: 'TEAM', label: 'BMS', attributes: [] },
      ],
      edges: [],
    });
    expect(long.nodes[0].data.label).toBe('Subsystem Integration and Verification Testing');
    expect(long.nodes[0].data.short).toBe('Subsystem Integration…');
    expect(long.nodes[1].data.short).toBeUndefined();
  });

  it('drops a parent that the view does not hold instead of letting Cytoscape throw', () => {
    const { nodes } = toElements({
      nodes: [{ id: 'stage:x', kind: 'STAGE', label: 'X', parent: 'value-stream:gone', attributes: [] }],
      edges: [],
    });
    expect(nodes[0].data.parent).toBeUndefined();
  });
});

describe('toEnterpriseElements', () => {
  it('weights funding edges by amount, labels them compactly and marks cross-domain edges', () => {
    const { edges } = toEnterpriseElements({
      nodes: [
        { id: 'budget:a', kind: 'BUDGET', label: 'A', attributes: [] },
        { id: 'budget:b', kind: 'BUDGET', label: 'B', attributes: [] },
        { id: 'domain:x', kind: 'DOMAIN', label: 'X', attributes: [] },
        { id: 'domain:y', kind: 'DOMAIN', label: 'Y', attributes: [] },
      ],
      edges: [
        {
          id: 'f-small',
          kind: 'FUNDS',
          source: 'budget:a',
          target: 'domain:x',
          weight: 50_000,
          attributes: [],
        },
        {
          id: 'f-big',
          kind: 'FUNDS',
          source: 'budget:b',
          target: 'domain:x',
          weight: 21_000_000,
          attributes: [],
        },
        { id: 'dep', kind: 'DEPENDS_ON', source: 'domain:x', target: 'domain:y', weight: 4, attributes: [] },
      ],
    });
    const small = edges.find((e) => e.data.id === 'f-small');
    const big = edges.find((e) => e.data.id === 'f-big');
    expect(big?.data.width).toBe(12);
    expect(small?.data.width).toBe(1);
    expect(big?.data.label).toBe('21 M');
    expect(small?.data.label).toBe('50 k');
    expect(edges.find((e) => e.data.id === 'dep')?.classes).toContain('cross-domain');
  });
});

describe('toDomainElements', () => {
  it('shows only streams, stages and integration points with flows, feedback and AT in assembly mode', () => {
    const { nodes, edges } = toDomainElements(domainView, { mode: 'assembly' });
    expect(new Set(nodes.map((n) => n.data.kind))).toEqual(
      new Set(['DOMAIN', 'VALUE_STREAM', 'STAGE', 'INTEGRATION_POINT']),
    );
    expect(edges.map((e) => e.data.kind).sort()).toEqual(['AT', 'FEEDBACK_TO', 'FLOWS_TO']);
  });

  it('narrows to one stream, its sub-streams, their stages and the integration points at them', () => {
    const { nodes } = toDomainElements(domainView, { mode: 'assembly', stream: 'value-stream:battery' });
    expect(nodes.map((n) => n.data.id).sort()).toEqual(
      [
        'integration-point:battery-handover',
        'stage:battery-dev',
        'stage:battery-int',
        'stage:cells-dev',
        'value-stream:battery',
        'value-stream:cells',
      ].sort(),
    );
    // the stream's own parent (the domain) is not shown, so the stream becomes a root
    expect(nodes.find((n) => n.data.id === 'value-stream:battery')?.data.parent).toBeUndefined();
  });

  it('keeps everything in design mode', () => {
    expect(toDomainElements(domainView, { mode: 'design' }).nodes).toHaveLength(domainView.nodes.length);
  });
});

describe('tree helpers', () => {
  it('finds descendants, and nothing for an unknown root', () => {
    expect([...descendantsOf(domainView.nodes, 'value-stream:battery')].sort()).toEqual([
      'stage:battery-dev',
      'stage:battery-int',
      'stage:cells-dev',
      'value-stream:battery',
      'value-stream:cells',
    ]);
    expect(descendantsOf(domainView.nodes, 'value-stream:nope').size).toBe(0);
  });

  it('lists ancestors outermost first', () => {
    expect(ancestorsOf(domainView.nodes, 'stage:cells-dev').map((n) => n.id)).toEqual([
      'domain:powertrain',
      'value-stream:battery',
      'value-stream:cells',
    ]);
  });
});
