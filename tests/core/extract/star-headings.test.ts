// Story notes written with part headings in other words than the four STAR names.
import { starHeadingKey } from '../../../src/core/extract/star';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { note } from '../helpers';

describe('story-note part headings', () => {
  it.each([
    ['Situation', 2, 'S'],
    ['S', 3, 'S'],
    ['Action taken', 2, 'A'],
    ['Actions I took', 2, 'A'],
    ['Situation and context', 2, 'S'],
    ['Context', 2, 'S'],
    ['Goal', 3, 'T'],
    ['Result & impact', 2, 'R'],
    ['Outcome', 2, 'R'],
    ['Lessons learned', 2, 'L'],
    ['**Task:**', 2, 'T'],
    ['🎯 Result', 2, 'R'],
    ['(Lessons learned)', 3, 'L'],
  ])('"%s" (H%d) is part %s', (text, level, key) => {
    expect(starHeadingKey(text, level)).toBe(key);
  });

  it.each([
    ['Action plan for the outage', 1],
    ['Situation room', 1],
    ['S3 bucket cleanup', 2],
    ['A note on tooling', 2],
    ['Results from the survey of all our customers', 2],
    ['Timeline', 2],
  ])('"%s" (H%d) is not a part', (text, level) => {
    expect(starHeadingKey(text, level)).toBeNull();
  });

  it('a story note with such headings has all its parts, and its H1 stays the title', () => {
    const index = new VaultIndex();
    index.upsert(
      note(
        'Stories/Action plan.md',
        '# Action plan for the launch\n\n## Context\nThe launch slipped a month.\n\n## Goal\nShip on the new date.\n\n## Action taken\nI cut two features.\n\n## Result and impact\nShipped 3 days early.\n\n## Lessons learned\nCut sooner.\n',
        { tags: ['story'] },
        3,
      ),
    );
    const [story] = index.snapshot().stories;
    expect(story.title).toBe('Action plan for the launch');
    expect(story.parts).toEqual(['S', 'T', 'A', 'R', 'L']);
    expect(story.partText.A).toEqual({ key: 'A', line: 12, text: 'I cut two features.' });
  });
});
