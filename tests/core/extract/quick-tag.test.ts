// The quick rule-tag test (indexOf + sticky regex, for speed) must answer exactly as the plain
// regex it replaced: `#tag` at the start or after whitespace, not followed by a tag character.
import fc from 'fast-check';
import { mayHaveRuleTag } from '../../../src/core/extract/extract-note';
import { DEFAULT_INDEX_SETTINGS } from '../../../src/core/settings';

const REFERENCE = /(?:^|\s)#(?:principles|principle|story|questions)(?![\p{L}\p{N}\p{M}_-])/iu;

const pieces = ['#', 'story', 'STORY', 'principle', 'principles', 'questions', 'board', ' ', '\t', '\n', '\u00a0', '\u3000', 'é', '-', '_', '/', '`', 'a', '1', '##'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

describe('mayHaveRuleTag', () => {
  it('agrees with the reference regex on any text', () => {
    fc.assert(
      fc.property(text, (body) => {
        expect(mayHaveRuleTag(body, DEFAULT_INDEX_SETTINGS)).toBe(REFERENCE.test(body));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds tags at the start, after spaces of any script, and rejects longer tags', () => {
    expect(mayHaveRuleTag('#story', DEFAULT_INDEX_SETTINGS)).toBe(true);
    expect(mayHaveRuleTag('text\u3000#Principles/amazon', DEFAULT_INDEX_SETTINGS)).toBe(true);
    expect(mayHaveRuleTag('see #storyboard and a#story', DEFAULT_INDEX_SETTINGS)).toBe(false);
    expect(mayHaveRuleTag('## Heading\n#questions-bank', DEFAULT_INDEX_SETTINGS)).toBe(false);
  });

  it('follows custom tag settings', () => {
    const settings = { ...DEFAULT_INDEX_SETTINGS, storyTag: 'star' };
    expect(mayHaveRuleTag('a #star note', settings)).toBe(true);
    expect(mayHaveRuleTag('a #story note', settings)).toBe(false);
  });
});
