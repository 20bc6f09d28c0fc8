import { findingsAbout, relationshipsOf, relationshipVerb, splitViewId } from './node-details';

const nodes = [
  { id: 'team:bms', kind: 'TEAM', label: 'BMS Software', attributes: [] },
  { id: 'component:cell', kind: 'COMPONENT', label: 'Cell Module', attributes: [] },
  { id: 'component:bms', kind: 'COMPONENT', label: 'BMS', attributes: [] },
  { id: 'team:inverter', kind: 'TEAM', label: 'Inverter', attributes: [] },
];
const edges = [
  { id: 'o1', kind: 'OWNS', source: 'team:bms', target: 'component:cell', weight: 1, attributes: [] },
  { id: 'o2', kind: 'OWNS', source: 'team:bms', target: 'component:bms', weight: 1, attributes: [] },
  {
    id: 'i1',
    kind: 'INTERACTS_WITH',
    source: 'team:inverter',
    target: 'team:bms',
    weight: 1,
    label: 'collaboration',
    attributes: [],
  },
  { id: 'x', kind: 'OWNS', source: 'team:bms', target: 'component:gone', weight: 1, attributes: [] },
];

describe('relationshipsOf', () => {
  it('lists outgoing then incoming edges with the node at the other end, skipping ends not in the view', () => {
    const rels = relationshipsOf('team:bms', nodes, edges);
    expect(rels.map((r) => [r.direction, r.kind, r.other.id])).toEqual([
      ['out', 'OWNS', 'component:bms'],
      ['out', 'OWNS', 'component:cell'],
      ['in', 'INTERACTS_WITH', 'team:inverter'],
    ]);
    expect(rels[2].label).toBe('collaboration');
  });

  it('reads directions as arrows', () => {
    expect(relationshipVerb({ kind: 'FEEDBACK_TO', direction: 'out' })).toBe('feedback to →');
    expect(relationshipVerb({ kind: 'OWNS', direction: 'in' })).toBe('← owns');
  });
});

describe('findingsAbout and splitViewId', () => {
  it('finds the findings that name a node as subject or evidence', () => {
    const findings = [
      { id: 'a', title: 'A', about: ['team:bms', 'component:cell'] },
      { id: 'b', title: 'B', about: ['team:inverter'] },
    ];
    expect(findingsAbout('component:cell', findings).map((f) => f.id)).toEqual(['a']);
    expect(findingsAbout('component:none', findings)).toEqual([]);
  });

  it('splits a view id at the first colon only', () => {
    expect(splitViewId('value-stream:battery-system')).toEqual({
      slug: 'value-stream',
      id: 'battery-system',
    });
    expect(splitViewId('finding:a:b')).toEqual({ slug: 'finding', id: 'a:b' });
  });
});
