import {
  comparisonOrder,
  countRows,
  entityChangeRows,
  findingMoveRows,
  formatValue,
  groupBySeverity,
  metricMoveRows,
  type ReviewComparisonLike,
} from './comparison';

const comparison: ReviewComparisonLike = {
  from: 'q4',
  to: 'q1',
  added: [{ kind: 'Team', id: 'new-team', name: 'New team' }],
  removed: [{ kind: 'Component', id: 'old', name: null }],
  changed: [{ kind: 'Team', id: 'bms', name: 'BMS', fields: ['size', 'owns'] }],
  findingsAppeared: [
    { id: 'f1', severity: 'LOW', title: 'Low one' },
    { id: 'f2', severity: 'HIGH', title: 'High one' },
  ],
  findingsDisappeared: [{ id: 'f3', severity: null, title: 'Gone' }],
  metricMoves: [
    { node: 'stage:a', kind: 'STAGE', label: 'A', metric: 'flow-time', before: 10, after: 11, delta: 1 },
    { node: 'stage:b', kind: 'STAGE', label: 'B', metric: 'flow-time', before: 2, after: 1, delta: -1 },
    { node: 'stage:c', kind: 'STAGE', label: 'C', metric: 'wip', before: null, after: 4, delta: null },
    { node: 'stage:d', kind: 'STAGE', label: 'D', metric: 'wip', before: 3, after: null, delta: null },
  ],
  entityCounts: [
    { kind: 'Team', before: 3, after: 4 },
    { kind: 'Domain', before: 2, after: 2 },
    { kind: 'Component', before: 5, after: 4 },
  ],
};

describe('review comparison tables', () => {
  it('puts added, removed and changed entities in one table by kind and id', () => {
    expect(entityChangeRows(comparison)).toEqual([
      { change: 'removed', kind: 'Component', id: 'old', name: 'old', fields: '' },
      { change: 'changed', kind: 'Team', id: 'bms', name: 'BMS', fields: 'size, owns' },
      { change: 'added', kind: 'Team', id: 'new-team', name: 'New team', fields: '' },
    ]);
  });

  it('orders metric moves by relative size, values that appeared or went last', () => {
    const rows = metricMoveRows(comparison);
    expect(rows.map((r) => [r.node, r.before, r.after, r.delta, r.direction])).toEqual([
      ['stage:b', '2', '1', '-1', 'down'],
      ['stage:a', '10', '11', '+1', 'up'],
      ['stage:c', '-', '4', '-', 'appeared'],
      ['stage:d', '3', '-', '-', 'went'],
    ]);
  });

  it('lists only the counts that moved', () => {
    expect(countRows(comparison)).toEqual([
      { kind: 'Component', before: 5, after: 4, delta: '-1' },
      { kind: 'Team', before: 3, after: 4, delta: '+1' },
    ]);
  });

  it('lists finding moves most severe first', () => {
    expect(findingMoveRows(comparison).map((r) => [r.severity, r.change, r.title])).toEqual([
      ['HIGH', 'appeared', 'High one'],
      ['LOW', 'appeared', 'Low one'],
      ['-', 'disappeared', 'Gone'],
    ]);
  });

  it('formats values without float noise', () => {
    expect(formatValue(0.1 + 0.2)).toBe('0.3');
    expect(formatValue(12)).toBe('12');
    expect(formatValue(null)).toBe('-');
  });

  it('groups findings by severity, HIGH first and unknown last', () => {
    const groups = groupBySeverity([
      { id: 'a', severity: 'LOW' },
      { id: 'b', severity: null },
      { id: 'c', severity: 'HIGH' },
      { id: 'd', severity: 'LOW' },
    ]);
    expect(groups.map((g) => [g.severity, g.items.map((i) => i.id)])).toEqual([
      ['HIGH', ['c']],
      ['LOW', ['a', 'd']],
      ['OTHER', ['b']],
    ]);
  });

  it('compares the earlier review first, by day then creation', () => {
    const q4 = { id: 'q4', heldOn: '2025-12-10', createdAt: '2025-12-10T10:00:00Z' };
    const q1 = { id: 'q1', heldOn: '2026-03-10', createdAt: '2026-03-10T10:00:00Z' };
    const q1b = { id: 'q1b', heldOn: '2026-03-10', createdAt: '2026-03-10T11:00:00Z' };
    expect(comparisonOrder(q1, q4)).toEqual({ from: 'q4', to: 'q1' });
    expect(comparisonOrder(q4, q1)).toEqual({ from: 'q4', to: 'q1' });
    expect(comparisonOrder(q1b, q1)).toEqual({ from: 'q1', to: 'q1b' });
  });
});
