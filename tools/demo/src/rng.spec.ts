import { Rng } from './rng';

describe('Rng', () => {
  it('gives the same sequence for the same seed and label', () => {
    const a = Rng.root(42).fork('x');
    const b = Rng.root(42).fork('x');
    expect(Array.from({ length: 5 }, () => a.nextUint32())).toEqual(
      Array.from({ length: 5 }, () => b.nextUint32()),
    );
  });

  it('forks by label, independent of what the parent drew before', () => {
    const parent = Rng.root(42);
    const before = parent.fork('stream').next();
    for (let i = 0; i < 100; i++) parent.next();
    expect(parent.fork('stream').next()).toBe(before);
    expect(Rng.root(42).fork('other').next()).not.toBe(before);
    expect(Rng.root(43).fork('stream').next()).not.toBe(before);
  });

  it('stays in range', () => {
    const r = Rng.root(1);
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = r.int(5, 9);
      expect(n >= 5 && n <= 9 && Number.isInteger(n)).toBe(true);
    }
  });

  it('has roughly the right means', () => {
    const r = Rng.root(7);
    const n = 20_000;
    let poisson = 0;
    const lognormal: number[] = [];
    for (let i = 0; i < n; i++) {
      poisson += r.poisson(3);
      lognormal.push(r.lognormal(10, 0.8));
    }
    expect(poisson / n).toBeCloseTo(3, 1);
    lognormal.sort((a, b) => a - b);
    expect(lognormal[n / 2]).toBeGreaterThan(9.5);
    expect(lognormal[n / 2]).toBeLessThan(10.5);
  });
});
