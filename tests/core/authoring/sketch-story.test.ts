import { sketchStoryText } from '../../../src/core/authoring/sketch-story';
import { indexTexts } from './vault';

describe('sketchStoryText', () => {
  const body = 'I came in on a Saturday and we rebuilt the billing export\nbefore the audit on Monday.';
  const text = sketchStoryText({ title: 'Weekend rescue', body, storyTag: 'story', principles: ['[[Acme#Ownership]]'], now: new Date(2026, 10, 29) });

  it('is the story template with the sketch text under Notes, right below the title', () => {
    const lines = text.split('\n');
    const h1 = lines.indexOf('# Weekend rescue');
    expect(lines.slice(h1, h1 + 5)).toEqual(['# Weekend rescue', '', '## Notes', 'I came in on a Saturday and we rebuilt the billing export', 'before the audit on Monday.']);
    expect(lines.slice(h1 + 5, h1 + 8)).toEqual(['', '## Situation', expect.stringMatching(/^%% /)]);
    expect(text.startsWith('---\ntags:\n  - "story"\nprinciples:\n  - "[[Acme#Ownership]]"\ncreated: 2026-11-29\n---\n')).toBe(true);
  });

  it('indexes as a story note (with the template’s parts), not as a sketch; the notes are in no part', () => {
    const { snapshot } = indexTexts({ 'Stories/Weekend rescue.md': text });
    // Its parts are the template's empty ones (the sketch's paragraph is under Notes): a draft story
    // note until the user writes a part, never a sketch.
    expect(snapshot.stories.map((s) => [s.kind, s.title])).toEqual([['draft', 'Weekend rescue']]);
    expect(Object.values(snapshot.stories[0].partText).some((p) => p.text.includes('Saturday'))).toBe(false);
  });
});
