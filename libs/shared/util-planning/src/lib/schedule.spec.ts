import { findCycles } from './cycles';
import { type Plan, PlanError, type PlanStep } from './plan';
import { computePlan } from './schedule';

const step = (id: string, effortWeeks: number, requires: string[] = [], status = 'planned'): PlanStep => ({
  id,
  effortWeeks,
  requires,
  status,
});

/**
 * a(2) -> b(3) -> d(1), a -> c(5) -> d, e(4) alone. By hand: a 0-2, b 2-5, c 2-7, d 7-8, e 0-4; the
 * plan ends at week 8 along a, c, d; b has 2 weeks of slack, e 4.
 */
const DIAMOND: Plan = {
  steps: [step('a', 2), step('b', 3, ['a']), step('c', 5, ['a']), step('d', 1, ['b', 'c']), step('e', 4)],
};

const waves = (plan: Plan, capacity?: number) =>
  computePlan(plan, { capacityWeeksPerWave: capacity }).waves.map((w) => w.steps);

describe('computePlan', () => {
  it('computes earliest and latest times, slack, the critical path and the earliest finish', () => {
    const result = computePlan(DIAMOND);
    expect(result.earliestFinish).toBe(8);
    expect(result.criticalPath).toEqual(['a', 'c', 'd']);
    const times = Object.fromEntries(
      result.steps.map((s) => [
        s.id,
        [s.earliestStart, s.earliestFinish, s.latestStart, s.slack, s.critical],
      ]),
    );
    expect(times).toEqual({
      a: [0, 2, 0, 0, true],
      b: [2, 5, 4, 2, false],
      c: [2, 7, 2, 0, true],
      d: [7, 8, 7, 0, true],
      e: [0, 4, 4, 4, false],
    });
  });

  it('puts each step in the wave after everything it requires', () => {
    const result = computePlan(DIAMOND);
    expect(result.waves).toEqual([
      { wave: 1, steps: ['a', 'e'], effortWeeks: 6, startWeek: 0, durationWeeks: 4 },
      { wave: 2, steps: ['b', 'c'], effortWeeks: 8, startWeek: 4, durationWeeks: 5 },
      { wave: 3, steps: ['d'], effortWeeks: 1, startWeek: 9, durationWeeks: 1 },
    ]);
    expect(result.wavesFinish).toBe(10);
    expect(result.steps.find((s) => s.id === 'b')!.waveFinish).toBe(7);
  });

  it('moves what does not fit a wave to a later one, most urgent (least latest start) first', () => {
    // capacity 6: a+e fit (6); c (latest start 2) before b (4), and b no longer fits beside c
    expect(waves(DIAMOND, 6)).toEqual([['a', 'e'], ['c'], ['b'], ['d']]);
    // capacity 5: e waits (a+e = 6); then c alone; b before e (same latest start 4, b first by id): 3+4 > 5
    expect(waves(DIAMOND, 5)).toEqual([['a'], ['c'], ['b'], ['d', 'e']]);
    // no capacity, or one that everything fits, is the same as unlimited
    expect(waves(DIAMOND, 100)).toEqual(waves(DIAMOND));
    expect(waves(DIAMOND, 0)).toEqual(waves(DIAMOND));
  });

  it('gives a step larger than the capacity a wave of its own, and reports it', () => {
    const result = computePlan(DIAMOND, { capacityWeeksPerWave: 3 });
    expect(result.oversized).toEqual(['c', 'e']);
    // a; c (latest start 2) alone; b before e (both latest start 4, b by id); e; d
    expect(result.waves.map((w) => w.steps)).toEqual([['a'], ['c'], ['b'], ['e'], ['d']]);
    expect(result.capacityWeeksPerWave).toBe(3);
  });

  it('is deterministic whatever the order of the steps', () => {
    const reversed = { steps: [...DIAMOND.steps].reverse() };
    for (const capacity of [undefined, 5, 6])
      expect(waves(reversed, capacity)).toEqual(waves(DIAMOND, capacity));
    expect(computePlan(reversed).criticalPath).toEqual(['a', 'c', 'd']);
  });

  it('treats done steps as finished', () => {
    const result = computePlan({
      steps: [step('x', 10, [], 'done'), step('y', 2, ['x']), step('z', 1, ['y'], 'DONE')],
    });
    expect(result.done).toEqual(['x', 'z']);
    expect(result.waves.map((w) => w.steps)).toEqual([['y']]);
    expect(result.steps.find((s) => s.id === 'y')).toMatchObject({
      wave: 1,
      earliestStart: 0,
      earliestFinish: 2,
    });
    expect(result.steps.find((s) => s.id === 'x')).toMatchObject({ state: 'DONE', wave: 0 });
    expect(result.earliestFinish).toBe(2);
  });

  it('reports every cycle and what depends on one as unschedulable; the rest is still planned', () => {
    const result = computePlan({
      steps: [
        step('p', 1, ['q']),
        step('q', 1, ['p']),
        step('r', 1, ['p']),
        step('s', 2),
        step('t', 1, ['t']),
        step('u', 1, ['s', 'r']),
        step('v', 3, ['s']),
      ],
    });
    expect(result.cycles).toEqual([['p', 'q'], ['t']]);
    expect(result.unschedulable).toEqual(['p', 'q', 'r', 't', 'u']);
    expect(result.waves.map((w) => w.steps)).toEqual([['s'], ['v']]);
    expect(result.criticalPath).toEqual(['s', 'v']);
    expect(result.earliestFinish).toBe(5);
    expect(result.steps.find((s) => s.id === 'u')).toMatchObject({ state: 'UNSCHEDULABLE', wave: null });
  });

  it('does not count a cycle through a done step: it is already broken', () => {
    const result = computePlan({ steps: [step('a', 1, ['b'], 'done'), step('b', 1, ['a'])] });
    expect(result.cycles).toEqual([]);
    expect(result.waves.map((w) => w.steps)).toEqual([['b']]);
  });

  it('reports requirements on unknown steps and ignores them', () => {
    const result = computePlan({ steps: [step('a', 1, ['ghost']), step('b', 1, ['a', 'a'])] });
    expect(result.unknownRequirements).toEqual([{ step: 'a', requires: 'ghost' }]);
    expect(result.waves.map((w) => w.steps)).toEqual([['a'], ['b']]);
  });

  it('counts a step without effort as 0 weeks and lists it', () => {
    const result = computePlan({ steps: [{ id: 'a', requires: [] }, step('b', 2, ['a'])] });
    expect(result.unestimated).toEqual(['a']);
    expect(result.earliestFinish).toBe(2);
    expect(result.criticalPath).toEqual(['a', 'b']);
  });

  it('keeps a pinned step out of earlier waves, without empty waves in between', () => {
    const result = computePlan({ steps: [step('a', 1), { ...step('b', 1), notBeforeWave: 4 }] });
    expect(result.waves.map((w) => [w.wave, w.steps])).toEqual([
      [1, ['a']],
      [4, ['b']],
    ]);
  });

  it('computes an empty plan', () => {
    expect(computePlan({ steps: [] })).toMatchObject({
      steps: [],
      waves: [],
      criticalPath: [],
      earliestFinish: 0,
      wavesFinish: 0,
      cycles: [],
    });
  });

  it('refuses a plan with two steps of one id', () => {
    expect(() => computePlan({ steps: [step('a', 1), step('a', 2)] })).toThrow(PlanError);
  });

  it('handles a chain of thousands of steps without running out of stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => step(`s${i}`, 1, i ? [`s${i - 1}`] : []));
    const result = computePlan({ steps: chain });
    expect(result.waves).toHaveLength(20_000);
    expect(result.earliestFinish).toBe(20_000);
    expect(findCycles(['a', 'b'], (id) => (id === 'a' ? ['b'] : ['a']))).toEqual([['a', 'b']]);
  });
});
