import type { Entity } from '@streamscape/landscape';
import { compareSnapshots } from './compare';
import { entityTable } from './entity-table';
import type { ComparableSnapshot, FrozenFinding, MetricRow } from './types';

const team = (id: string, size: number, owns: string[] = []): Entity => ({
  kind: 'Team',
  id,
  props: { name: `Team ${id}`, size: { type: 'integer', value: size } },
  rels: owns.map((c) => ({
    field: 'owns',
    type: 'OWNS',
    reverse: false,
    target: { kind: 'Component', id: c },
    props: {},
  })),
});
const component = (id: string, generation = 'CURRENT'): Entity => ({
  kind: 'Component',
  id,
  props: { name: id, generation },
  rels: [],
});
const finding = (id: string, severity = 'HIGH'): FrozenFinding => ({
  id,
  origin: 'view',
  rule: id.split(':')[0],
  source: `rule:${id.split(':')[0]}`,
  kind: 'WEAKNESS',
  severity,
  status: 'OPEN',
  title: `finding ${id}`,
  description: null,
  about: [],
});
const metrics = (node: string, values: Record<string, number | null>): MetricRow => ({
  node,
  kind: node.split(':')[0],
  label: node,
  values,
});
const snapshot = (
  reviewId: string,
  entities: Entity[],
  findings: FrozenFinding[] = [],
  metricRows: MetricRow[] = [],
): ComparableSnapshot => ({ reviewId, entities: entityTable(entities), findings, metrics: metricRows });

describe('compareSnapshots', () => {
  it('finds nothing between two snapshots of the same landscape, whatever the order', () => {
    const a = snapshot('a', [team('alpha', 7, ['x', 'y']), component('x'), component('y')]);
    const b = snapshot('b', [component('y'), component('x'), team('alpha', 7, ['y', 'x'])]);
    const diff = compareSnapshots(a, b);
    expect(diff).toMatchObject({ from: 'a', to: 'b', added: [], removed: [], changed: [], metricMoves: [] });
    expect(diff.entityCounts).toEqual([
      { kind: 'Component', before: 2, after: 2 },
      { kind: 'Team', before: 1, after: 1 },
    ]);
  });

  it('names added, removed and changed entities, and the fields that changed', () => {
    const a = snapshot('a', [team('alpha', 7, ['x']), team('beta', 5), component('x'), component('old')]);
    const b = snapshot('b', [
      team('alpha', 8, ['x', 'new']),
      team('beta', 5),
      component('x', 'LEGACY'),
      component('new'),
    ]);
    const diff = compareSnapshots(a, b);
    expect(diff.added).toEqual([{ kind: 'Component', id: 'new', name: 'new' }]);
    expect(diff.removed).toEqual([{ kind: 'Component', id: 'old', name: 'old' }]);
    expect(diff.changed).toEqual([
      { kind: 'Component', id: 'x', name: 'x', fields: ['generation'] },
      { kind: 'Team', id: 'alpha', name: 'Team alpha', fields: ['owns', 'size'] },
    ]);
  });

  it('counts a field that appears or goes as changed', () => {
    const bare = component('x');
    const described: Entity = { ...bare, props: { ...bare.props, description: 'now described' } };
    const diff = compareSnapshots(snapshot('a', [bare]), snapshot('b', [described]));
    expect(diff.changed).toEqual([{ kind: 'Component', id: 'x', name: 'x', fields: ['description'] }]);
  });

  it('tells findings that appeared from those that disappeared, by id', () => {
    const diff = compareSnapshots(
      snapshot('a', [], [finding('orphan-component:component:x'), finding('queue:stage:s', 'MEDIUM')]),
      snapshot('b', [], [finding('queue:stage:s', 'MEDIUM'), finding('late-integration:value-stream:v')]),
    );
    expect(diff.findingsAppeared.map((f) => f.id)).toEqual(['late-integration:value-stream:v']);
    expect(diff.findingsDisappeared).toEqual([
      { id: 'orphan-component:component:x', severity: 'HIGH', title: 'finding orphan-component:component:x' },
    ]);
  });

  it('reports every metric value that moved, with its delta, and leaves still ones out', () => {
    const diff = compareSnapshots(
      snapshot(
        'a',
        [],
        [],
        [
          metrics('stage:build', { 'flow-time': 4, 'deployment-frequency': 1, 'wait-time': null }),
          metrics('domain:pt', { 'flow-time': 0.1 + 0.2 }),
          metrics('stage:gone', { 'flow-time': 2 }),
        ],
      ),
      snapshot(
        'b',
        [],
        [],
        [
          metrics('stage:build', { 'flow-time': 3, 'deployment-frequency': 1, 'wait-time': 2.5 }),
          metrics('domain:pt', { 'flow-time': 0.3 }),
          metrics('stage:new', { 'flow-time': null }),
        ],
      ),
    );
    expect(diff.metricMoves).toEqual([
      {
        node: 'stage:build',
        kind: 'stage',
        label: 'stage:build',
        metric: 'flow-time',
        before: 4,
        after: 3,
        delta: -1,
      },
      {
        node: 'stage:build',
        kind: 'stage',
        label: 'stage:build',
        metric: 'wait-time',
        before: null,
        after: 2.5,
        delta: null,
      },
      {
        node: 'stage:gone',
        kind: 'stage',
        label: 'stage:gone',
        metric: 'flow-time',
        before: 2,
        after: null,
        delta: null,
      },
    ]);
  });
});
