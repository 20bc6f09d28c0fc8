import { barGeometry, stepsInFindings, toSwimLanes } from './swim-lanes';

const step = (id: string, effortWeeks: number, critical = false) => ({
  id,
  state: 'SCHEDULED' as const,
  wave: 1,
  effortWeeks,
  earliestStart: 0,
  earliestFinish: effortWeeks,
  latestStart: 0,
  slack: critical ? 0 : 1,
  critical,
  waveFinish: effortWeeks,
});

const plan = {
  waves: [
    { wave: 2, steps: ['c'], effortWeeks: 6, startWeek: 10, durationWeeks: 6 },
    { wave: 1, steps: ['a', 'b'], effortWeeks: 14, startWeek: 0, durationWeeks: 10 },
  ],
  steps: [step('a', 4), step('b', 10, true), step('c', 6, true)],
  criticalPath: ['b', 'c'],
  done: ['d0'],
  unschedulable: ['x'],
  wavesFinishWeeks: 16,
};

describe('toSwimLanes', () => {
  const lanes = toSwimLanes(plan, {
    names: new Map([['a', 'Step A']]),
    changed: new Set(['c']),
    flagged: new Set(['a']),
  });

  it('gives one lane per wave in wave order, bars starting at their wave', () => {
    expect(lanes.lanes.map((l) => [l.wave, l.startWeek, l.durationWeeks])).toEqual([
      [1, 0, 10],
      [2, 10, 6],
    ]);
    expect(lanes.lanes[1].bars[0]).toMatchObject({ id: 'c', startWeek: 10, effortWeeks: 6 });
    expect(lanes.totalWeeks).toBe(16);
  });

  it('puts the critical path first in a lane and marks it, names and what-if changes', () => {
    expect(lanes.lanes[0].bars.map((b) => [b.id, b.name, b.onCriticalPath, b.flagged])).toEqual([
      ['b', 'b', true, false],
      ['a', 'Step A', false, true],
    ]);
    expect(lanes.lanes[1].bars[0].changed).toBe(true);
  });

  it('keeps done and unschedulable steps apart', () => {
    expect(lanes.done).toEqual(['d0']);
    expect(lanes.unschedulable).toEqual(['x']);
  });

  it('places bars in percent of the time axis, a step without effort as a sliver', () => {
    expect(barGeometry({ startWeek: 10, effortWeeks: 6 }, 16)).toEqual({ left: 62.5, width: 37.5 });
    expect(barGeometry({ startWeek: 0, effortWeeks: 0 }, 16).width).toBe(0.8);
    expect(barGeometry({ startWeek: 0, effortWeeks: 3 }, 0)).toEqual({ left: 0, width: 0 });
  });

  it('finds the steps findings are about', () => {
    expect([...stepsInFindings([{ about: ['transformation-step:a', 'value-stream:v'] }])]).toEqual(['a']);
  });
});
