import {
  formatMetric,
  hasNoFacts,
  metricChoices,
  sortComparison,
  toSidePanelGraph,
  toViewFindings,
  type MetricDefinition,
} from './performance-model';

const def = (id: string, group: string, unit = 'days', unitLabel = 'days'): MetricDefinition => ({
  id,
  name: id,
  group,
  unit,
  unitLabel,
  direction: 'LOWER_IS_BETTER',
  parameter: 'TIME_TO_MARKET',
  formula: '',
  kpi: true,
  doraLimits: null,
});
const value = (metric: string, v: number | null, sampleSize = v === null ? 0 : 4) => ({
  metric,
  value: v,
  sampleSize,
  band: null,
});

describe('performance view model', () => {
  it('groups the metric picker by family in the registry order', () => {
    const choices = metricChoices([def('a', 'dora'), def('b', 'flow'), def('c', 'dora')]);
    expect(choices).toEqual([
      {
        group: 'DORA four keys',
        items: [
          { value: 'a', label: 'a' },
          { value: 'c', label: 'c' },
        ],
      },
      { group: 'Flow', items: [{ value: 'b', label: 'b' }] },
    ]);
  });

  it('formats values in their unit, ratios as percentages, nothing as a dash', () => {
    expect(formatMetric(23.7237, def('x', 'flow'))).toBe('23.7 days');
    expect(formatMetric(0.0291, def('x', 'flow', 'ratio', 'share'))).toBe('2.9 %');
    expect(formatMetric(1234.5, def('x', 'flow', 'items', 'items'), false)).toBe('1,235');
    expect(formatMetric(null, def('x', 'flow'))).toBe('–');
  });

  it('knows when no value rests on a fact', () => {
    expect(
      hasNoFacts({ metrics: [value('a', null)], nodes: [{ metrics: [value('a', null)] }] } as never),
    ).toBe(true);
    expect(
      hasNoFacts({ metrics: [value('a', null)], nodes: [{ metrics: [value('a', 0, 3)] }] } as never),
    ).toBe(false);
  });

  it('gives the side panel each metric as a formatted property, kinds as the other views name them', () => {
    const graph = toSidePanelGraph(
      {
        nodes: [
          {
            id: 'stage:s',
            kind: 'stage',
            label: 'S',
            parent: 'value-stream:v',
            metrics: [value('flow-time', 2.5), value('wait-time', null)],
          },
        ],
        edges: [
          {
            id: 'e',
            kind: 'feedback',
            source: 'stage:s',
            target: 'stage:t',
            declared: true,
            delayDays: null,
            defects: 3,
            metrics: [],
          },
        ],
      },
      [def('flow-time', 'flow')],
    );
    expect(graph.nodes[0]).toMatchObject({ kind: 'STAGE', parent: 'value-stream:v' });
    expect(graph.nodes[0].attributes).toEqual([
      { name: 'flow-time', text: '2.5 days', value: 2.5 },
      { name: 'wait-time', text: '– (no facts)', value: null },
    ]);
    expect(graph.edges[0]).toMatchObject({ kind: 'FEEDBACK_TO', weight: 3, label: '3 defects' });
  });

  it('turns rule findings into view findings about their nodes', () => {
    const [f] = toViewFindings([
      {
        id: 'q:stage:s',
        rule: 'queue-before-stage',
        severity: 'HIGH',
        message: 'Work queues',
        metric: 'wait-time',
        value: 24,
        threshold: 5,
        nodeIds: ['stage:s'],
      },
    ]);
    expect(f).toMatchObject({
      id: 'q:stage:s',
      title: 'Work queues',
      about: ['stage:s'],
      rule: 'queue-before-stage',
      severity: 'HIGH',
    });
  });

  it('sorts the comparison by a column both ways, rows without a value last', () => {
    const rows = [
      { domainName: 'B', metrics: [value('m', 3)] },
      { domainName: 'A', metrics: [value('m', null)] },
      { domainName: 'C', metrics: [value('m', 1)] },
    ];
    expect(sortComparison(rows, 'm', 'asc').map((r) => r.domainName)).toEqual(['C', 'B', 'A']);
    expect(sortComparison(rows, 'm', 'desc').map((r) => r.domainName)).toEqual(['B', 'C', 'A']);
    expect(sortComparison(rows, null, 'asc').map((r) => r.domainName)).toEqual(['A', 'B', 'C']);
  });
});
