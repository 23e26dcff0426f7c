import fc from 'fast-check';
import { mulberry32, seedFrom } from '../../../src/core/drill/random';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = [a(), a(), a(), a()];
    expect([b(), b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c(), c()]).not.toEqual(seqA);
  });

  it('stays in [0, 1) for any seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const r = mulberry32(seed);
        for (let i = 0; i < 50; i++) {
          const x = r();
          if (!(x >= 0 && x < 1)) return false;
        }
        return true;
      }),
    );
  });

  it('is roughly uniform', () => {
    const r = mulberry32(7);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10000; i++) buckets[Math.floor(r() * 10)]++;
    for (const b of buckets) expect(Math.abs(b - 1000)).toBeLessThan(150);
  });
});

describe('seedFrom', () => {
  it('reads digits as the number and hashes other text', () => {
    expect(seedFrom('42')).toBe(42);
    expect(seedFrom(' 7 ')).toBe(7);
    expect(seedFrom('monday')).toBe(seedFrom('monday'));
    expect(seedFrom('monday')).not.toBe(seedFrom('tuesday'));
  });
});
