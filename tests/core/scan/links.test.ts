// The link scanners find what the regexes they replaced found, on every string of the characters
// that matter, and read a hostile megabyte of `[[` in one pass.
import fc from 'fast-check';
import { markdownLinksToLabels, scanWikiLinks, type LinkMatch } from '../../../src/core/scan/links';
import { findLinks } from '../../../src/core/scan/inline';
import { displayText } from '../../../src/core/extract/text';
import { attemptText } from '../../../src/core/drill/log-format';

function byRegex(text: string, caretEndsTarget: boolean): LinkMatch[] {
  const re = caretEndsTarget ? /(!?)\[\[([^\]|#^]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]/g : /(!?)\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]/g;
  const out: LinkMatch[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const open = start + m[1].length;
    const end = start + m[0].length;
    out.push({ start, end, embed: m[1] === '!', inner: text.slice(open + 2, end - 2), target: m[2], heading: m[3], alias: m[4] });
  }
  return out;
}

const linky = fc.string({ unit: fc.constantFrom('[', ']', '|', '#', '^', '!', 'a', ' ', '(', ')'), maxLength: 30 });

describe('scanWikiLinks', () => {
  it('reads links as users write them', () => {
    expect(findLinks('See [[Amazon Leadership Principles#Ownership|owning it]] and ![[diagram.png]]')).toEqual([
      { target: 'Amazon Leadership Principles', heading: 'Ownership', alias: 'owning it', embed: false },
      { target: 'diagram.png', heading: null, alias: null, embed: true },
    ]);
    expect(findLinks('[[Note#^block-id]] and [[#Local heading]]')).toEqual([
      { target: 'Note', heading: '^block-id', alias: null, embed: false },
      { target: '', heading: 'Local heading', alias: null, embed: false },
    ]);
  });

  it('equals the regex on any string of brackets, bars, hashes and carets (fast-check prints the seed on failure)', () => {
    fc.assert(
      fc.property(linky, fc.boolean(), (text, caret) => {
        expect(scanWikiLinks(text, { caretEndsTarget: caret })).toEqual(byRegex(text, caret));
      }),
      { numRuns: 3000 },
    );
  });

  it('markdownLinksToLabels equals the regex it replaced', () => {
    fc.assert(
      fc.property(linky, (text) => {
        expect(markdownLinksToLabels(text)).toBe(text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a megabyte of `[[` (and of `[a](`, `[[a#`, `![[`) in one pass and finds no link in it', () => {
    for (const unit of ['[[', '[a](', '[[a#', '[[a|', '![[', '[']) {
      const hostile = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(scanWikiLinks(hostile)).toEqual([]);
      // A link closed at the end takes the brackets before it into its text, as the regex did.
      const closed = findLinks(hostile + '[[Ownership]]');
      expect(closed).toHaveLength(1);
      expect((closed[0].alias ?? closed[0].heading ?? closed[0].target).endsWith('Ownership')).toBe(true);
      // Compared as a boolean: a failure must not print a megabyte.
      expect(displayText(hostile) === hostile.replace(/\[a\]\(/g, '[a](')).toBe(true);
    }
  });

  it('the drill log writes a question’s links as plain words', () => {
    expect(attemptText('Tell me about [[Amazon#Ownership|owning]] a [[Amazon#Dive Deep]] moment in [[Notes]]')).toBe('Tell me about owning a Dive Deep moment in Notes');
    const hostile = attemptText('[['.repeat(100_000) + ' why?');
    expect(hostile.length).toBeLessThanOrEqual(120);
    expect(hostile.startsWith('[[[[')).toBe(true);
  });
});
