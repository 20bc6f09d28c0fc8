import { LINE_FACTS, LINE_STRUCTURE, LINE_WINDOW } from './testing/line.fixture';
import { viewOf } from './testing/view-of';

describe('buildPerformanceView', () => {
  it('nests domains, streams, sub-streams, stages and integration points like Cytoscape compound nodes', () => {
    const view = viewOf(LINE_STRUCTURE, LINE_FACTS, { kind: 'enterprise' }, LINE_WINDOW);
    expect(view.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['enterprise:acme', null],
      ['domain:d1', 'enterprise:acme'],
      ['domain:d2', 'enterprise:acme'],
      ['value-stream:line', 'domain:d1'],
      ['value-stream:sub', 'value-stream:line'],
      ['value-stream:other', 'domain:d2'],
      ['stage:sub-comp', 'value-stream:sub'],
      ['stage:sub-int', 'value-stream:sub'],
      ['stage:line-sys', 'value-stream:line'],
      ['stage:line-veh', 'value-stream:line'],
      ['stage:other-a', 'value-stream:other'],
      ['stage:other-b', 'value-stream:other'],
      ['integration-point:ip1', 'value-stream:line'],
    ]);
    const velocity = (id: string) =>
      view.nodes.find((n) => n.id === id)!.metrics.find((m) => m.metric === 'flow-velocity')!.value;
    expect(velocity('value-stream:line')).toBe(4);
    expect(velocity('domain:d2')).toBe(1);
    expect(velocity('stage:line-veh')).toBe(2);
  });

  it('draws flows and feedback loops, declared and measured', () => {
    const view = viewOf(LINE_STRUCTURE, LINE_FACTS, { kind: 'domain', id: 'd1' }, LINE_WINDOW);
    expect(view.edges.filter((e) => e.kind === 'flow').map((e) => e.id)).toEqual([
      'flow:line-sys>line-veh',
      'flow:sub-comp>sub-int',
      'flow:sub-int>line-sys',
    ]);
    expect(
      view.edges
        .filter((e) => e.kind === 'feedback')
        .map((e) => [e.id, e.declared, e.delayDays, e.defects, e.metrics[0]?.value]),
    ).toEqual([
      ['feedback:line-sys>sub-comp', false, null, 1, 30 / 24],
      ['feedback:line-veh>sub-comp', true, 10, 0, null],
    ]);
  });

  it('compares the domains of the scope on the key metrics', () => {
    const view = viewOf(LINE_STRUCTURE, LINE_FACTS, { kind: 'enterprise' }, LINE_WINDOW);
    expect(view.comparison.rows.map((r) => r.domain.id)).toEqual(['d1', 'd2']);
    expect(view.comparison.rows[0].metrics.map((m) => m.metric)).toEqual(view.comparison.metrics);
  });

  it('keeps a stage scope to the stage and its integration points', () => {
    const view = viewOf(LINE_STRUCTURE, LINE_FACTS, { kind: 'integration-point', id: 'ip1' }, LINE_WINDOW);
    expect(view.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['stage:line-sys', null],
      ['integration-point:ip1', null],
    ]);
  });
});
