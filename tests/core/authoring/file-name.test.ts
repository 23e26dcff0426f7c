import fc from 'fast-check';
import { joinPath, noteNameFrom } from '../../../src/core/authoring/file-name';
import { freeName } from '../../../src/core/paths/free-name';

describe('noteNameFrom', () => {
  it('turns characters that break file names or links into spaces', () => {
    expect(noteNameFrom('Free tier: 3% → 5% [launch] #pm')).toBe('Free tier 3% → 5% launch pm');
    expect(noteNameFrom('a/b\\c|d^e')).toBe('a b c d e');
    expect(noteNameFrom('...hidden.')).toBe('hidden');
    expect(noteNameFrom('  ?? ')).toBe('Untitled story');
  });

  it('always gives a non-empty, safe, short name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const name = noteNameFrom(title);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(80);
        expect(name).not.toMatch(/[\\/:*?"<>|#^[\]]/);
        expect(name).not.toMatch(/^[. ]|[. ]$/);
      }),
    );
  });
});

describe('freeName', () => {
  it('returns the plain name when free, else the first free number', () => {
    const taken = new Set(['Stories/Launch.md', 'Stories/Launch 1.md']);
    expect(freeName(joinPath('Stories', 'Launch'), 'md', (p) => taken.has(p))).toBe('Stories/Launch 2.md');
    expect(freeName(joinPath('Stories/', 'Other'), 'md', (p) => taken.has(p))).toBe('Stories/Other.md');
    expect(freeName(joinPath('', 'Launch'), 'md', (p) => taken.has(p))).toBe('Launch.md');
  });

  it('never returns a taken path', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(6)), (nums) => {
        const taken = new Set(nums.map((n) => (n === 0 ? 'x.md' : `x ${n}.md`)));
        const path = freeName('x', 'md', (p) => taken.has(p));
        expect(taken.has(path)).toBe(false);
      }),
    );
  });

  it('joins folders with a single slash', () => {
    expect(joinPath('/a/b/', 'c.md')).toBe('a/b/c.md');
    expect(joinPath('/', 'c.md')).toBe('c.md');
  });
});
