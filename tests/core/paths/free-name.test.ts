import fc from 'fast-check';
import { freeName } from '../../../src/core/paths/free-name';

describe('freeName', () => {
  it('keeps the plain name when it is free', () => {
    expect(freeName('Coverage export', 'md', () => false)).toBe('Coverage export.md');
  });

  it('numbers the name when it is taken, skipping every taken number', () => {
    const taken = new Set(['Coverage export.md', 'Coverage export 1.md', 'Coverage export 2.md']);
    expect(freeName('Coverage export', 'md', (p) => taken.has(p))).toBe('Coverage export 3.md');
  });

  it('accepts an extension with a dot and keeps folders in the base', () => {
    const taken = new Set(['Exports/Coverage.csv']);
    expect(freeName('Exports/Coverage', '.csv', (p) => taken.has(p))).toBe('Exports/Coverage 1.csv');
  });

  it('never returns a taken path, and returns the lowest free one', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 12 })), (numbers) => {
        const taken = new Set(numbers.map((n) => (n === 0 ? 'N.md' : `N ${n}.md`)));
        const got = freeName('N', 'md', (p) => taken.has(p));
        expect(taken.has(got)).toBe(false);
        let lowest = 0;
        while (taken.has(lowest === 0 ? 'N.md' : `N ${lowest}.md`)) lowest++;
        expect(got).toBe(lowest === 0 ? 'N.md' : `N ${lowest}.md`);
      }),
    );
  });
});
