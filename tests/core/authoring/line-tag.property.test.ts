// For any note text and any line: the line tag is refused (or already there), or exactly that
// line changed, and only by the tag appended at its end; every other byte, line endings included,
// is as before. A failure prints fast-check's seed and path; `fc.assert(…, { seed, path })` replays it.
import fc from 'fast-check';
import { addLineTag } from '../../../src/core/authoring/line-tag';
import { splitLines } from '../../../src/core/authoring/lines';
import { DEFAULT_INDEX_SETTINGS } from '../../../src/core/settings';
import { parseYamlText } from '../../../src/cli/note-record';

const line = fc.constantFrom(
  '#principles',
  '#principles',
  '### Main: Ownership',
  '1. **Tell me about a time you saved money.**',
  '#questions',
  '# Acme',
  '### Ownership',
  '### Frugality',
  '### Main: Ownership',
  '## Questions',
  'Act for the whole company.',
  '1. **Tell me about a time you saved money.**',
  '2. Describe a time you owned a failure?',
  '- Tell me about a customer you helped?',
  '   1. What did you learn?',
  '**Cut the cloud bill**',
  '**S:** The bill doubled.',
  '**A:** I moved jobs to spot instances.',
  '| Tell me about a time? | x |',
  '```',
  '> Why did you leave?',
  '- Tell me about a time you disagreed? #lp/frugality',
  '---',
  'tags: [principles]',
  '',
  '   ',
  'Describe a time you failed?\\',
);
const note = fc.tuple(fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r')), { maxLength: 14 }), fc.boolean()).map(([ls, lastEol]) =>
  ls.map(([t, e], i) => t + (i === ls.length - 1 && !lastEol ? '' : e)).join(''),
);

describe('addLineTag property', () => {
  it('changes only the one line, only by the appended tag, or refuses', () => {
    let edited = 0;
    fc.assert(
      fc.property(note, fc.nat(16), fc.constantFrom('lp/frugality', 'lp/ownership'), (text, n, tag) => {
        const out = addLineTag(text, { path: 'Acme.md', line: n + 1, tag, settings: DEFAULT_INDEX_SETTINGS, parse: parseYamlText });
        if (out.kind !== 'edited') return;
        edited++;
        const a = splitLines(text);
        const b = splitLines(out.text);
        expect(b.length).toBe(a.length);
        a.forEach((l, i) => {
          if (i !== n) expect(b[i]).toEqual(l);
        });
        expect(b[n].eol).toBe(a[n].eol);
        expect([`${a[n].text} #${tag}`, `${a[n].text}#${tag}`]).toContain(b[n].text);
        expect(b[n].text.endsWith(`#${tag}`)).toBe(true);
      }),
      { numRuns: 400 },
    );
    expect(edited).toBeGreaterThan(0);
  });

  it('edits a question line of a generated set note (the property is not vacuous)', () => {
    let edited = 0;
    fc.assert(
      fc.property(fc.constantFrom('\n', '\r\n'), (eol) => {
        const text = ['#principles', '# Acme', '### Ownership', 'Own it.', '### Frugality', 'Less.', '### Main: Ownership', '1. **Tell me about a time you saved money.**', ''].join(eol);
        const out = addLineTag(text, { path: 'Acme.md', line: 8, tag: 'lp/frugality', settings: DEFAULT_INDEX_SETTINGS, parse: parseYamlText });
        if (out.kind === 'edited') edited++;
      }),
      { numRuns: 10 },
    );
    expect(edited).toBe(10);
  });
});
