// Tags name principles by slug, and users often drop an apostrophe or a comma when they type one:
// `#lp/strive-to-be-earths-best-employer` for "Strive to be Earth's Best Employer".
import fc from 'fast-check';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { nameKey, slugify } from '../../../src/core/text/normalize';
import { note } from '../helpers';

const SET_BODY = [
  '# Crew values',
  '#principles/crew',
  '',
  "### Strive to be Earth's Best Employer",
  'People first.',
  '',
  '### Are Right, A Lot',
  'Judgment.',
  '',
  '### Ownership',
  'Act for the long term.',
].join('\n');

function storyWith(tagText: string) {
  const index = new VaultIndex();
  index.upsert(note('Crew values.md', SET_BODY));
  index.upsert(note('S/Hiring.md', `#story ${tagText}\n\n**S:** Attrition was high.\n**A:** I rebuilt onboarding.\n**R:** Attrition fell 30%.\n`));
  return index.snapshot();
}

describe('tag spellings', () => {
  it.each([
    ['#lp/strive-to-be-earth-s-best-employer', 'crew/strive-to-be-earth-s-best-employer'],
    ['#lp/strive-to-be-earths-best-employer', 'crew/strive-to-be-earth-s-best-employer'],
    ['#lp/are-right-a-lot', 'crew/are-right-a-lot'],
    ['#lp/arerightalot', 'crew/are-right-a-lot'],
    ['#crew/Ownership', 'crew/ownership'],
  ])('%s names %s', (tag, id) => {
    const snap = storyWith(tag);
    expect(snap.stories[0].principles.map((p) => p.id)).toEqual([id]);
    expect(snap.warnings).toEqual([]);
  });

  it('a tag naming no principle maps nothing and is not an error', () => {
    const snap = storyWith('#lp/earths-worst-employer');
    expect(snap.stories[0].principles).toEqual([]);
  });

  it('for any principle name, its slug and its slug without punctuation splits both resolve to it', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    const sep = fc.constantFrom(' ', "'", ', ', '; ', '-', ' & ');
    const name = fc
      .tuple(word, fc.array(fc.tuple(sep, word), { minLength: 1, maxLength: 4 }))
      .map(([first, rest]) => first + rest.map(([s, w]) => s + w).join(''))
      // a name of a single letter run would collide with the set's other principles
      .filter((n) => !['ownership', 'judgment'].includes(nameKey(n)));
    fc.assert(
      fc.property(name, (n) => {
        const spaced = slugify(n.replace(/'/g, '')); // the apostrophe dropped, as people type it
        for (const tag of [slugify(n), spaced]) {
          const index = new VaultIndex();
          index.upsert(note('Crew values.md', `# Crew\n#principles/crew\n\n### ${n}\nx\n\n### Ownership\ny\n`));
          index.upsert(note('S/A.md', `#story #lp/${tag}\n\n**S:** a\n**A:** I did b\n**R:** 3 more\n`));
          expect(index.snapshot().stories[0].principles.map((p) => p.id)).toEqual([`crew/${slugify(n)}`]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
