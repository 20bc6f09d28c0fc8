import {
  addEdit,
  describeEdit,
  newStepProblem,
  summariseDiff,
  toPlanEditInputs,
  type WhatIfEdit,
} from './what-if';

describe('what-if edits', () => {
  it('replaces an earlier move of the same step', () => {
    const edits = addEdit([{ kind: 'MOVE', stepId: 'a', notBeforeWave: 2 }], {
      kind: 'MOVE',
      stepId: 'a',
      notBeforeWave: 3,
    });
    expect(edits).toEqual([{ kind: 'MOVE', stepId: 'a', notBeforeWave: 3 }]);
  });

  it('removing a step drops its moves; removing an added step drops the addition', () => {
    const added: WhatIfEdit = { kind: 'ADD', stepId: 'n', effortWeeks: 2, requires: [] };
    expect(
      addEdit([added, { kind: 'MOVE', stepId: 'n', notBeforeWave: 2 }], { kind: 'REMOVE', stepId: 'n' }),
    ).toEqual([]);
    expect(
      addEdit([{ kind: 'MOVE', stepId: 'a', notBeforeWave: 2 }], { kind: 'REMOVE', stepId: 'a' }),
    ).toEqual([{ kind: 'REMOVE', stepId: 'a' }]);
    expect(
      addEdit([{ kind: 'REMOVE', stepId: 'a' }], { kind: 'MOVE', stepId: 'a', notBeforeWave: 2 }),
    ).toEqual([{ kind: 'REMOVE', stepId: 'a' }]);
  });

  it('builds the API input with only the fields of each kind', () => {
    expect(
      toPlanEditInputs([
        { kind: 'REMOVE', stepId: 'a' },
        { kind: 'MOVE', stepId: 'b', notBeforeWave: 3 },
        { kind: 'ADD', stepId: 'c', name: '', effortWeeks: 4, requires: ['b'] },
      ]),
    ).toEqual([
      { kind: 'REMOVE', stepId: 'a' },
      { kind: 'MOVE', stepId: 'b', notBeforeWave: 3 },
      { kind: 'ADD', stepId: 'c', effortWeeks: 4, requires: ['b'] },
    ]);
  });

  it('checks a new step before it is tried', () => {
    const existing = new Set(['a']);
    const form = { id: 'pilot-ota', name: '', effortWeeks: 4, requires: [] };
    expect(newStepProblem(form, existing)).toBeNull();
    expect(newStepProblem({ ...form, id: 'Pilot OTA' }, existing)).toMatch(/lower-case/);
    expect(newStepProblem({ ...form, id: 'a' }, existing)).toMatch(/already/);
    expect(newStepProblem({ ...form, effortWeeks: -1 }, existing)).toMatch(/effort/);
    expect(newStepProblem({ ...form, effortWeeks: '' }, existing)).toMatch(/effort/);
  });

  it('describes edits by step name', () => {
    const names = new Map([['a', 'Step A']]);
    expect(describeEdit({ kind: 'MOVE', stepId: 'a', notBeforeWave: 3 }, names)).toBe(
      'Move Step A: not before wave 3',
    );
    expect(describeEdit({ kind: 'REMOVE', stepId: 'a' }, names)).toBe('Remove Step A');
    expect(describeEdit({ kind: 'ADD', stepId: 'n', effortWeeks: 2, requires: ['a'] }, names)).toBe(
      'Add n (2 weeks, after Step A)',
    );
  });

  it('summarises the diff: finish deltas and the steps whose wave changed', () => {
    const summary = summariseDiff(
      {
        added: [],
        removed: ['r'],
        changed: [
          {
            id: 'a',
            waveBefore: 1,
            waveAfter: 3,
            earliestFinishBefore: 2,
            earliestFinishAfter: 2,
            waveFinishBefore: 2,
            waveFinishAfter: 40,
          },
          {
            id: 'b',
            waveBefore: 2,
            waveAfter: 2,
            earliestFinishBefore: 9,
            earliestFinishAfter: 5,
            waveFinishBefore: 9,
            waveFinishAfter: 5,
          },
        ],
        earliestFinishBefore: 32,
        earliestFinishAfter: 28,
        earliestFinishDelta: -4,
        wavesFinishBefore: 36,
        wavesFinishAfter: 36,
        wavesFinishDelta: 0,
        wavesBefore: 2,
        wavesAfter: 3,
        criticalPathBefore: [],
        criticalPathAfter: [],
        cyclesAdded: [],
        cyclesRemoved: [],
      },
      new Map([['a', 'Step A']]),
    );
    expect(summary).toEqual({
      earliestFinish: '32 → 28 weeks (−4)',
      wavesFinish: '36 → 36 weeks (±0)',
      waves: '2 → 3',
      moved: ['Step A: wave 1 → wave 3'],
    });
  });
});
