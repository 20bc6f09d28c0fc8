import { type Plan, PlanError, type PlanStep } from './plan';
import { applyEdits, whatIf } from './what-if';

const step = (id: string, effortWeeks: number, requires: string[] = []): PlanStep => ({
  id,
  effortWeeks,
  requires,
  status: 'planned',
});

// the diamond of schedule.spec.ts: ends at week 8 along a, c, d; waves [a e] [b c] [d], 10 weeks by waves
const DIAMOND: Plan = {
  steps: [step('a', 2), step('b', 3, ['a']), step('c', 5, ['a']), step('d', 1, ['b', 'c']), step('e', 4)],
};

describe('whatIf', () => {
  it('removes a step and the requirements on it', () => {
    const { result, diff } = whatIf(DIAMOND, [{ kind: 'remove', stepId: 'c' }]);
    // a 0-2, b 2-5, d 5-6
    expect(result.earliestFinish).toBe(6);
    expect(result.criticalPath).toEqual(['a', 'b', 'd']);
    expect(diff).toMatchObject({
      removed: ['c'],
      added: [],
      earliestFinishBefore: 8,
      earliestFinishAfter: 6,
      earliestFinishDelta: -2,
      criticalPathBefore: ['a', 'c', 'd'],
      criticalPathAfter: ['a', 'b', 'd'],
    });
    // b keeps its wave and times: only d finishes earlier
    expect(diff.changed.map((c) => c.id)).toEqual(['d']);
  });

  it('adds a step', () => {
    const { result, diff } = whatIf(DIAMOND, [{ kind: 'add', step: step('f', 3, ['d']) }]);
    expect(result.criticalPath).toEqual(['a', 'c', 'd', 'f']);
    expect(diff).toMatchObject({
      added: ['f'],
      earliestFinishDelta: 3,
      wavesBefore: 3,
      wavesAfter: 4,
      changed: [],
    });
  });

  it('pins a step to a later wave: its wave and the waves’ timing change, the earliest finish does not', () => {
    const { result, diff } = whatIf(DIAMOND, [{ kind: 'move', stepId: 'e', notBeforeWave: 3 }]);
    expect(result.waves.map((w) => w.steps)).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
    // waves now last 2, 5 and 4 weeks
    expect(diff).toMatchObject({
      earliestFinishDelta: 0,
      wavesFinishBefore: 10,
      wavesFinishAfter: 11,
      wavesFinishDelta: 1,
    });
    expect(diff.changed.find((c) => c.id === 'e')).toMatchObject({ waveBefore: 1, waveAfter: 3 });
    expect(diff.changed.find((c) => c.id === 'b')).toMatchObject({ waveFinishBefore: 7, waveFinishAfter: 5 });
  });

  it('changes what a step requires, and reports a cycle it makes', () => {
    const later = whatIf(DIAMOND, [{ kind: 'move', stepId: 'e', requires: ['d'] }]);
    expect(later.diff.earliestFinishDelta).toBe(4);
    expect(later.diff.changed.find((c) => c.id === 'e')).toMatchObject({ waveBefore: 1, waveAfter: 4 });

    const circle = whatIf(DIAMOND, [{ kind: 'move', stepId: 'a', requires: ['d'] }]);
    expect(circle.diff.cyclesAdded).toEqual([['a', 'b', 'c', 'd']]);
    expect(circle.result.unschedulable).toEqual(['a', 'b', 'c', 'd']);
    expect(circle.diff.changed.find((c) => c.id === 'a')).toMatchObject({ waveBefore: 1, waveAfter: null });
  });

  it('computes with the capacity it is given, before and after', () => {
    const { base, result } = whatIf(DIAMOND, [{ kind: 'remove', stepId: 'e' }], { capacityWeeksPerWave: 5 });
    expect(base.waves.map((w) => w.steps)).toEqual([['a'], ['c'], ['b'], ['d', 'e']]);
    expect(result.waves.map((w) => w.steps)).toEqual([['a'], ['c'], ['b'], ['d']]);
  });

  it('leaves the plan it was given alone', () => {
    const before = JSON.stringify(DIAMOND);
    applyEdits(DIAMOND, [
      { kind: 'remove', stepId: 'a' },
      { kind: 'move', stepId: 'd', requires: [] },
    ]);
    expect(JSON.stringify(DIAMOND)).toBe(before);
  });

  it('refuses edits that cannot apply, naming the edit', () => {
    expect(() => applyEdits(DIAMOND, [{ kind: 'remove', stepId: 'zz' }])).toThrow(
      new PlanError('edit 1 (remove): there is no step zz in the plan'),
    );
    expect(() => applyEdits(DIAMOND, [{ kind: 'add', step: step('a', 1) }])).toThrow(/already has a step a/);
    expect(() => applyEdits(DIAMOND, [{ kind: 'move', stepId: 'a', notBeforeWave: 0 }])).toThrow(PlanError);
  });
});
