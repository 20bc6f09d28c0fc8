import { HEAT_BAD, HEAT_GOOD, HEAT_MIDDLE, HEAT_NONE } from './heat-scale';
import { toHeatMapElements, type PerformanceGraphLike } from './heat-map';

const m = (metric: string, value: number | null) => ({ metric, value, sampleSize: value === null ? 0 : 3 });

const view: PerformanceGraphLike = {
  nodes: [
    { id: 'domain:d', kind: 'domain', label: 'D', parent: null, metrics: [m('flow-time', 20)] },
    {
      id: 'value-stream:s',
      kind: 'value-stream',
      label: 'S',
      parent: 'domain:d',
      metrics: [m('flow-time', 10)],
    },
    { id: 'stage:a', kind: 'stage', label: 'A', parent: 'value-stream:s', metrics: [m('flow-time', 1)] },
    { id: 'stage:b', kind: 'stage', label: 'B', parent: 'value-stream:s', metrics: [m('flow-time', 5)] },
    { id: 'stage:c', kind: 'stage', label: 'C', parent: 'value-stream:s', metrics: [m('flow-time', 3)] },
    {
      id: 'stage:idle',
      kind: 'stage',
      label: 'Idle',
      parent: 'value-stream:s',
      metrics: [m('flow-time', null)],
    },
    {
      id: 'integration-point:x',
      kind: 'integration-point',
      label: 'X',
      parent: 'value-stream:gone',
      metrics: [],
    },
  ],
  edges: [
    { id: 'f1', kind: 'flow', source: 'stage:a', target: 'stage:b', defects: 0, metrics: [] },
    { id: 'fb', kind: 'feedback', source: 'stage:c', target: 'stage:a', defects: 4, metrics: [] },
    { id: 'dangling', kind: 'flow', source: 'stage:c', target: 'stage:elsewhere', defects: 0, metrics: [] },
  ],
};

describe('toHeatMapElements', () => {
  const { elements, scales } = toHeatMapElements(view, 'flow-time', 'LOWER_IS_BETTER');
  const node = (id: string) => elements.nodes.find((n) => n.data.id === id)!;

  it('colours stages on their own scale, better values green', () => {
    expect([scales.stage.min, scales.stage.max]).toEqual([1, 5]);
    expect(node('stage:a').data.heat).toBe(HEAT_GOOD);
    expect(node('stage:c').data.heat).toBe(HEAT_MIDDLE);
    expect(node('stage:b').data.heat).toBe(HEAT_BAD);
  });

  it('colours streams and domains on the stream scale, apart from the stages', () => {
    expect([scales.stream.min, scales.stream.max]).toEqual([10, 20]);
    expect(node('value-stream:s').data.heat).toBe(HEAT_GOOD);
    expect(node('domain:d').data.heat).toBe(HEAT_BAD);
  });

  it('marks nodes without a value grey and keeps the value of the others', () => {
    expect(node('stage:idle').data.heat).toBe(HEAT_NONE);
    expect(node('stage:idle').classes).toContain('no-value');
    expect(node('integration-point:x').classes).toContain('no-value');
    expect(node('stage:b').data.attributes).toEqual({ 'flow-time': 5 });
  });

  it('keeps the kinds, compounds and parents the shared styles expect', () => {
    expect(node('value-stream:s').data.kind).toBe('VALUE_STREAM');
    expect(node('value-stream:s').classes).toEqual(['value-stream', 'heat', 'compound']);
    expect(node('stage:a').data.parent).toBe('value-stream:s');
    // a parent the view did not send would make Cytoscape throw
    expect(node('integration-point:x').data.parent).toBeUndefined();
    expect(elements.nodes).toHaveLength(view.nodes.length);
  });

  it('draws flows and feedback loops, dropping edges whose ends are missing', () => {
    expect(elements.edges.map((e) => [e.data.id, e.data.kind, e.classes])).toEqual([
      ['f1', 'FLOWS_TO', ['flows-to']],
      ['fb', 'FEEDBACK_TO', ['feedback-to', 'feedback']],
    ]);
    expect(elements.edges[1].data.label).toBe('4 defects');
  });

  it('recolours when the metric changes', () => {
    const other = toHeatMapElements(view, 'wait-time', 'LOWER_IS_BETTER');
    expect(other.elements.nodes.every((n) => n.data.heat === HEAT_NONE)).toBe(true);
  });
});
