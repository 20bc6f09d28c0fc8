import { entityFields } from './entity-fields';

describe('entityFields', () => {
  it('splits properties, relationship links and value items, leaving out empty fields', () => {
    const { properties, relationships } = entityFields({
      __typename: 'Stage',
      id: 'edu-dev',
      name: 'EDU Development',
      kind: 'Stage',
      description: 'shown apart',
      order: 1,
      qualityGate: 'Bench test passed',
      activities: ['design', 'bench test'],
      wipLimit: null,
      tags: [],
      valueStream: { __typename: 'ValueStream', id: 'edu', name: 'EDU', kind: 'ValueStream' },
      flowsTo: [{ __typename: 'Stage', id: 'edu-int', name: 'EDU Integration', kind: 'Stage' }],
      teams: [],
      feedbackTo: [{ delayDays: 4, stage: { __typename: 'Stage', id: 'edu-x', name: 'X', kind: 'Stage' } }],
    });
    expect(properties).toEqual([
      { type: 'value', name: 'order', value: '1' },
      { type: 'value', name: 'qualityGate', value: 'Bench test passed' },
      { type: 'value', name: 'activities', value: 'design, bench test' },
    ]);
    expect(relationships).toEqual([
      {
        type: 'refs',
        name: 'valueStream',
        refs: [{ __typename: 'ValueStream', id: 'edu', name: 'EDU', kind: 'ValueStream' }],
      },
      {
        type: 'refs',
        name: 'flowsTo',
        refs: [{ __typename: 'Stage', id: 'edu-int', name: 'EDU Integration', kind: 'Stage' }],
      },
      {
        type: 'items',
        name: 'feedbackTo',
        items: [
          { ref: { __typename: 'Stage', id: 'edu-x', name: 'X', kind: 'Stage' }, text: 'delayDays: 4' },
        ],
      },
    ]);
  });

  it('shows a value object such as the stream canvas as one property', () => {
    const { properties } = entityFields({
      id: 'edu',
      name: 'EDU',
      kind: 'ValueStream',
      canvas: { purpose: 'Drive units', customers: ['OEM'], trigger: null },
    });
    expect(properties).toEqual([
      { type: 'value', name: 'canvas', value: 'purpose: Drive units · customers: OEM' },
    ]);
  });
});
