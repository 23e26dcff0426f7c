import fc from 'fast-check';
import { joinPath, MAX_BYTES, MAX_GRAPHEMES, noteNameFrom } from '../../../src/core/authoring/file-name';
import { graphemes, utf8Length } from '../../../src/core/text/graphemes';
import { freeName } from '../../../src/core/paths/free-name';

describe('noteNameFrom', () => {
  it('turns characters that break file names or links into spaces', () => {
    expect(noteNameFrom('Free tier: 3% → 5% [launch] #pm')).toBe('Free tier 3% → 5% launch pm');
    expect(noteNameFrom('a/b\\c|d^e')).toBe('a b c d e');
    expect(noteNameFrom('...hidden.')).toBe('hidden');
    expect(noteNameFrom('  ?? ')).toBe('Untitled story');
  });

  it('never names a hidden file, a folder or a parent', () => {
    expect(noteNameFrom('../../escape')).toBe('escape');
    expect(noteNameFrom('..')).toBe('Untitled story');
    expect(noteNameFrom(' . .hidden')).toBe('hidden');
    expect(noteNameFrom('C:\\Windows\\win.ini')).toBe('C Windows win.ini');
    expect(noteNameFrom('tab\tthere\nnewline\u0000nul\u202Eevil')).toBe('tab there newline nul evil');
  });

  it('gives Windows device names a mark, whatever the case or extension', () => {
    expect(noteNameFrom('CON')).toBe('CON_');
    expect(noteNameFrom('aux')).toBe('aux_');
    expect(noteNameFrom('Nul.draft')).toBe('Nul_.draft');
    expect(noteNameFrom('com1')).toBe('com1_');
    expect(noteNameFrom('LPT9 ..')).toBe('LPT9_');
    expect(noteNameFrom('Console rollout')).toBe('Console rollout');
    expect(noteNameFrom('COM10')).toBe('COM10');
  });

  it('cuts long names between whole graphemes, never inside an emoji or before an accent', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const name = noteNameFrom(family.repeat(60));
    expect(name).toMatch(new RegExp(`^(?:${family})+$`, 'u'));
    expect(utf8Length(name)).toBeLessThanOrEqual(MAX_BYTES);
    const accents = noteNameFrom('e\u0301'.repeat(120));
    expect(accents).toBe('\u00e9'.repeat(MAX_GRAPHEMES)); // NFC: one code point each
    const marks = noteNameFrom('x\u0323\u0301'.repeat(100));
    expect(graphemes(marks).every((g) => g === 'x\u0323\u0301')).toBe(true);
    expect(noteNameFrom('a'.repeat(300))).toBe('a'.repeat(MAX_GRAPHEMES));
  });

  // For any title the name is non-empty and safe: run on full Unicode and on titles built from the
  // characters that matter (dots, slashes, reserved names, emoji, marks, controls).
  const tricky = fc.constantFrom('.', '..', '/', '\\', ' ', 'CON', 'nul', 'com1', 'lpt3', '#', '[[', ':', '\u0000', '\u202e', '\ud83d', '\ude00', '\u{1F44D}\u{1F3FD}', 'e\u0301', '\u{1F1EB}\u{1F1F7}', 'é', '日本', 'a', ' .');
  const titles = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(tricky, { maxLength: 80 }).map((a) => a.join('')));
  it('always gives a non-empty, visible, portable name of whole graphemes', () => {
    fc.assert(
      fc.property(titles, (title) => {
        const name = noteNameFrom(title);
        expect(name.length).toBeGreaterThan(0);
        expect(graphemes(name).length).toBeLessThanOrEqual(MAX_GRAPHEMES);
        expect(utf8Length(`${name} 9999.md`)).toBeLessThanOrEqual(200);
        // eslint-disable-next-line no-control-regex -- control characters are what the rule removes
        expect(name).not.toMatch(/[\\/:*?"<>|#^[\]\u0000-\u001f\u007f\u202e]/);
        expect(name).not.toMatch(/^[. ]|[. ]$/);
        expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(name.split('.')[0].trimEnd()).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i);
        // Nothing but whole graphemes of the (normalized) title, or the fallback.
        if (name !== 'Untitled story') {
          const own = new Set(graphemes(title.normalize('NFC')));
          for (const g of graphemes(name)) if (g !== ' ' && g !== '_') expect(own.has(g)).toBe(true);
        }
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
