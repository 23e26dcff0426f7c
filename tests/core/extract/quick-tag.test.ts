// The quick rule-tag test (indexOf, a first-letter check and a sticky regex, for speed) must
// answer exactly as the plain regex it replaced: `#tag` at the start or after whitespace, not
// followed by a tag character, case-insensitive with Unicode case folding.
import fc from 'fast-check';
import { mayHaveRuleTag } from '../../../src/core/extract/extract-note';
import { DEFAULT_INDEX_SETTINGS, type IndexSettings } from '../../../src/core/settings';

function reference(settings: IndexSettings): RegExp {
  const names = [settings.setTag, settings.principleTag, settings.storyTag, settings.questionTag]
    .map((t) => t.replace(/^#/, '').trim())
    .filter((t) => t !== '')
    .map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`(?:^|\\s)#(?:${names.join('|')})(?![\\p{L}\\p{N}\\p{M}_-])`, 'iu');
}

const CUSTOM: IndexSettings = { ...DEFAULT_INDEX_SETTINGS, setTag: 'été', principleTag: '#1-lp', storyTag: 'Star', questionTag: 'kq' };

// `ſ` and the Kelvin sign fold to `s` and `k` under /iu: non-ASCII letters must reach the regex.
const pieces = ['#', 'story', 'STORY', 'ſtory', 'principle', 'principles', 'questions', 'board', 'été', 'ÉTÉ', 'star', '1-lp', '\u212aq', 'kq', ' ', '\t', '\n', '\u00a0', '\u3000', 'é', '-', '_', '/', '`', 'a', '1', '##'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

describe('mayHaveRuleTag', () => {
  it.each([
    ['default tags', DEFAULT_INDEX_SETTINGS],
    ['custom tags (non-ASCII and digit first letters)', CUSTOM],
    ['ASCII custom tags', { ...DEFAULT_INDEX_SETTINGS, storyTag: 'star', questionTag: 'kq' }],
  ])('agrees with the reference regex on any text: %s', (_name, settings) => {
    const re = reference(settings);
    fc.assert(
      fc.property(text, (body) => {
        expect(mayHaveRuleTag(body, settings)).toBe(re.test(body));
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
