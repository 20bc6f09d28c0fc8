/**
 * A small seeded PRNG so that the same arguments always produce byte-identical output.
 * Math.random cannot be seeded, so the generator never uses it.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state) is fast, passes
 * PractRand far beyond what synthetic demo data needs, and needs only 32-bit integer ops,
 * which behave identically on every JavaScript engine.
 *
 * Streams of randomness are derived from a *label path* (`Rng.root(42).fork('facts/ev-drive')`),
 * not from the parent's state. That makes every fork independent of call order: adding a new
 * domain copy, a new stream or one more random draw somewhere does not shift the numbers drawn
 * anywhere else. This is what keeps the scale-1 output identical when scaling changes.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(readonly label: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(label);
    // Discard the first outputs: sfc32 states seeded from a hash start slightly correlated.
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  static root(seed: number): Rng {
    return new Rng(`seed:${seed}`);
  }

  /** An independent generator for a named sub-task. Same label path => same sequence. */
  fork(label: string): Rng {
    return new Rng(`${this.label}/${label}`);
  }

  nextUint32(): number {
    // sfc32 step; `| 0` / `>>> 0` keep everything in 32-bit integer arithmetic.
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick() from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Pick by relative weights, e.g. weighted([['feature', 55], ['defect', 30]]). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let x = this.next() * total;
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** A new array with the items in random order (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** Standard normal variate (Box-Muller). */
  normal(): number {
    const u = 1 - this.next(); // (0, 1], keeps log() finite
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /**
   * Log-normal with the given median: durations in product development are right-skewed
   * (most items are quick, a long tail is very slow), which a normal distribution misses.
   */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Poisson count for arrivals per day (Knuth for small means, normal approximation above). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }
}

/** cyrb128: a fast string hash giving four 32-bit seeds for sfc32. */
function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
