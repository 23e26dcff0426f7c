import { isoDate, STORY_PROMPTS, storyNoteText } from '../../../src/core/authoring/story-template';
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
});
