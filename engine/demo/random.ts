import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

/**
 * Seeded randomness for the demo data set: the same seed and clock give the same rows, so demo
 * answers, screenshots and tests are reproducible. Never Math.random.
 */
export class Random {
  private constructor(private readonly gen: JumpableRandomGenerator) {}

  /**
   * Independent stream number `n` of a seed. Each table draws from its own stream, so changing
   * how one table is drawn leaves the others as they were. Streams are 2^64 draws apart (jumps
   * of one generator), and the seed is scrambled first because xoroshiro's first outputs from
   * neighbouring raw seeds are correlated.
   */
  static stream(seed: number, n: number): Random {
    const gen = xoroshiro128plus(mix32(seed));
    for (let i = 0; i < 20; i++) gen.next();
    for (let i = 0; i < n; i++) gen.jump();
    return new Random(gen);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return uniformFloat64(this.gen);
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal, by Box-Muller. */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal with the given median and spread (sigma of the log). */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Exponential waiting time with the given mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** Poisson count with the given mean (Knuth for small means, normal approximation above). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
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

/**
 * A categorical distribution with its cumulative weights worked out once: orders, tickets and
 * surveys draw from these millions of times.
 */
export class Weighted<T> {
  private readonly values: readonly T[];
  private readonly cumulative: Float64Array;

  constructor(choices: readonly (readonly [T, number])[]) {
    if (choices.length === 0) throw new Error('Weighted needs at least one choice');
    this.values = choices.map(([v]) => v);
    this.cumulative = new Float64Array(choices.length);
    let total = 0;
    choices.forEach(([, w], i) => (this.cumulative[i] = total += w));
    for (let i = 0; i < choices.length; i++) this.cumulative[i] = (this.cumulative[i] ?? 0) / total;
  }

  pick(rnd: Random): T {
    const r = rnd.next();
    for (let i = 0; i < this.values.length - 1; i++) if (r < (this.cumulative[i] ?? 1)) return this.values[i] as T;
    return this.values[this.values.length - 1] as T;
  }
}

/** Scrambles a seed (any safe integer) to 32 bits, so that seeds 1, 2, 3 start far apart. */
function mix32(seed: number): number {
  let h = (seed ^ Math.floor(seed / 0x1_0000_0000)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
