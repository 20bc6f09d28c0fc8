import type { ComponentData, StreamData } from '@streamscape/graph';
import { coupling } from './coupling';

const stream = (id: string, parent = 'd'): Pick<StreamData, 'id' | 'parent'> => ({
  id,
  parent: parent === 'd' ? { kind: 'Domain', id: 'd' } : { kind: 'ValueStream', id: parent },
});
const component = (
  id: string,
  streams: string[],
  dependsOn: [string, number][] = [],
): Pick<ComponentData, 'id' | 'builtIn' | 'dependsOn'> => ({
  id,
  builtIn: streams.map((s) => ({ stage: `${s}-build`, stream: s })),
  dependsOn: dependsOn.map(([to, weight]) => ({ id: to, weight })),
});

describe('coupling between sub-streams', () => {
  const streams = [stream('edu'), stream('inverter', 'edu'), stream('motor', 'edu'), stream('battery')];

  it('is nothing without dependencies', () => {
    expect(coupling(streams, [])).toEqual({ totalWeight: 0, crossWeight: 0, density: 0, pairs: [] });
  });

  it('leaves out a parent integrating its sub-streams, and components two streams share', () => {
    const result = coupling(streams, [
      component(
        'edu-sw',
        ['edu'],
        [
          ['inv-sw', 2],
          ['shared', 1],
        ],
      ),
      component('inv-sw', ['inverter']),
      component('shared', ['inverter', 'motor']),
      component('motor-sw', ['motor'], [['shared', 3]]),
    ]);
    expect(result).toEqual({ totalWeight: 6, crossWeight: 0, density: 0, pairs: [] });
  });

  it('sums crossing weight per pair, over the weight around the pair', () => {
    const result = coupling(streams, [
      component(
        'inv-sw',
        ['inverter'],
        [
          ['motor-sw', 4],
          ['inv-hw', 1],
        ],
      ),
      component('inv-hw', ['inverter']),
      component('motor-sw', ['motor'], [['cell', 2]]),
      component('cell', ['battery']),
      component('edu-sw', ['edu'], [['inv-sw', 3]]),
    ]);
    expect(result.totalWeight).toBe(10);
    expect(result.crossWeight).toBe(6);
    expect(result.density).toBeCloseTo(0.6);
    expect(result.pairs).toEqual([
      // around battery/motor: 4 + 2 touch motor or battery
      { a: 'battery', b: 'motor', weight: 2, dependencies: 1, density: 2 / 6 },
      // around inverter/motor: all of it (4 + 1 + 2 + 3)
      { a: 'inverter', b: 'motor', weight: 4, dependencies: 1, density: 4 / 10 },
    ]);
  });
});
