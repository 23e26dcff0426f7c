import fc from 'fast-check';
import { headingText, isoDate, STORY_PROMPTS, storyNoteText } from '../../../src/core/authoring/story-template';
import { scanLines } from '../../../src/core/scan/scanner';
import { displayTitle } from '../../../src/core/extract/text';
import { indexTexts, setNote } from './vault';

describe('storyNoteText', () => {
  const now = new Date(2026, 10, 22, 9, 30);

  it('writes the story tag, principles, created date and one heading per part with a prompt', () => {
    const text = storyNoteText({ title: 'Support inbox', storyTag: '#story', principles: ['[[Acme#Ownership]]'], now });
    expect(text).toContain('tags:\n  - "story"\n');
    expect(text).toContain('principles:\n  - "[[Acme#Ownership]]"\n');
    expect(text).not.toContain('secondary-principles');
    expect(text).toContain(`created: ${isoDate(now)}\n`);
    expect(isoDate(now)).toBe('2026-11-22');
    expect(text).toContain('# Support inbox\n');
    for (const p of STORY_PROMPTS) expect(text).toContain(`## ${p.heading}\n%% ${p.prompt} %%\n`);
  });

  it('is indexed as one draft story note with its principles: the prompts are comments, no part is written yet', () => {
    const text = storyNoteText({ title: 'Support inbox', storyTag: 'story', principles: ['[[Acme#Ownership]]'], secondary: ['Frugality'], now });
    const { snapshot } = indexTexts({ 'Acme.md': setNote(), 'Stories/Support inbox.md': text });
    expect(snapshot.stories).toHaveLength(1);
    const s = snapshot.stories[0];
    expect(s.kind).toBe('draft');
    expect(s.title).toBe('Support inbox');
    expect(s.parts).toEqual([]);
    expect(s.principles.map((r) => [r.id, r.role, r.source])).toEqual([
      ['acme/ownership', 'primary', 'frontmatter'],
      ['acme/frugality', 'secondary', 'frontmatter'],
    ]);
    expect(snapshot.warnings).toEqual([]);
  });

  it('escapes a title with a tag: the note is a story titled as typed, not a principle set', () => {
    const title = 'Pager #principles rollout';
    const text = storyNoteText({ title, storyTag: 'story', principles: [], now });
    expect(text).toContain('\n# Pager \\#principles rollout\n');
    const { snapshot } = indexTexts({ 'Acme.md': setNote(), 'Stories/Pager principles rollout.md': text });
    expect(snapshot.sets.map((s) => s.id)).toEqual(['acme']);
    expect(snapshot.principles.every((p) => p.path === 'Acme.md')).toBe(true);
    // A fresh template has no written part yet: a story note, and a draft until a part is written.
    expect(snapshot.stories.map((s) => [s.kind, s.title])).toEqual([['draft', title]]);
  });

  it('neutralizes links, comments, block ids and leading list or quote markers, and shows them as typed', () => {
    const cases: [string, string][] = [
      ['See [[Other note]] first', 'See \\[\\[Other note\\]\\] first'],
      ['> quoted', '\\> quoted'],
      ['- dash', '\\- dash'],
      ['1. Numbered', '1\\. Numbered'],
      ['12) Numbered', '12\\) Numbered'],
      ['-5% churn', '-5% churn'.replace('%', '\\%')],
      ['Cut %%costs%% ==fast== ^block', 'Cut \\%\\%costs\\%\\% \\=\\=fast\\=\\= \\^block'],
      ['Q&A on **bold** `code` a\\b', 'Q&A on \\*\\*bold\\*\\* \\`code\\` a\\\\b'],
      ['two\nlines\r\nhere', 'two lines here'],
      ['&amp; entity', '\\&amp; entity'],
    ];
    for (const [title, heading] of cases) {
      expect(headingText(title)).toBe(heading);
      const text = storyNoteText({ title, storyTag: 'story', principles: [], now });
      const { snapshot } = indexTexts({ 'Stories/x.md': text });
      expect(snapshot.stories.map((s) => s.title)).toEqual([title.replace(/\s+/g, ' ')]);
      expect(snapshot.warnings).toEqual([]);
    }
  });

  it('for any title: one heading line, no tag or link, and read back as the title', () => {
    const pieces = fc.constantFrom('#', '#principles', '[[', ']]', '[', '](x)', '>', '-', '+', '1.', '2)', '*', '_', '**', '`', '%%', '==', '~~', '$', '^id', '|', '\\', '&amp;', '<b>', ' ', '\n', '\t', 'a', 'Ünï', '\u{1F600}', '\ud800');
    const titles = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.array(pieces, { maxLength: 20 }).map((p) => p.join('')));
    fc.assert(
      fc.property(titles, (title) => {
        const line = `# ${headingText(title)}`;
        expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
        const [scanned] = scanLines(line).lines;
        expect(scanned.tags).toEqual([]);
        expect(scanned.links).toEqual([]);
        expect(scanned.kind).toBe('heading');
        // eslint-disable-next-line no-control-regex -- control characters are what the rule removes
        const expected = title.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '').replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
        expect(displayTitle(headingText(title))).toBe(expected);
      }),
    );
  });
});
