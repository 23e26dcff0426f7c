import { activeStory, checkStory, spokenSeconds, storyAt } from '../../../src/core/authoring/story-check';
import { indexTexts, setNote } from './vault';

const words = (n: number, w = 'word') => Array.from({ length: n }, () => w).join(' ');

const storyNote = [
  '---',
  'tags: [story]',
  'principles: ["[[Acme#Ownership]]", "[[Acme#Frugality]]"]',
  '---',
  '# Shared inbox',
  '',
  `**S:** ${words(30)}`,
  `**T:** ${words(20)}`,
  `**A:** We did it, we chose, I wrote ${words(93)}`,
  '**R:** Replies went from 9 days to 6 hours, 40% fewer complaints.',
  '',
].join('\n');

const other = ['---', 'tags: [story]', 'principles: "[[Acme#Frugality]]"', '---', '**S:** a', '**T:** b', ''].join('\n');

describe('checkStory', () => {
  it('reports words and spoken time per part, action share, numbers, I vs we and only-story principles', () => {
    const { snapshot } = indexTexts({ 'Acme.md': setNote(), 'Stories/Inbox.md': storyNote, 'Stories/Other.md': other });
    const story = snapshot.stories.find((s) => s.path === 'Stories/Inbox.md');
    if (!story) throw new Error('story not indexed');
    const check = checkStory(snapshot, story);
    const resultWords = 'Replies went from 9 days to 6 hours, 40% fewer complaints.'.split(' ').length;
    expect(check.parts.map((p) => [p.key, p.words, p.seconds])).toEqual([
      ['S', 30, 12],
      ['T', 20, 8],
      ['A', 100, 40],
      ['R', resultWords, spokenSeconds(resultWords)],
    ]);
    expect(check.words).toBe(150 + resultWords);
    expect(check.actionShare).toBeCloseTo(100 / (150 + resultWords));
    expect(check.resultNumbers).toEqual(['9', '6', '40%']);
    expect([check.actionI, check.actionWe]).toEqual([1, 2]);
    expect(check.missing).toEqual([]);
    expect(check.issues.map((i) => i.code)).toEqual(['we-over-i']);
    // Ownership has only this story; Frugality has two.
    expect(check.onlyStoryFor).toEqual([{ id: 'acme/ownership', name: 'Ownership', set: 'acme' }]);

    const otherStory = snapshot.stories.find((s) => s.path === 'Stories/Other.md');
    if (!otherStory) throw new Error('story not indexed');
    const c2 = checkStory(snapshot, otherStory);
    expect(c2.missing.map((m) => m.name)).toEqual(['Action', 'Result']);
    expect(c2.onlyStoryFor).toEqual([]);
  });

  it('gives a zero share for a story with no words', () => {
    const { snapshot } = indexTexts({ 'S.md': '---\ntags: [story]\n---\n## Situation\n## Task\n' });
    const check = checkStory(snapshot, snapshot.stories[0]);
    expect(check.words).toBe(0);
    expect(check.actionShare).toBe(0);
  });
});

describe('storyAt / activeStory', () => {
  const source = [
    '#principles',
    '# Acme',
    '### Ownership',
    'Own it.',
    '',
    '**S:** first situation',
    '**T:** first task',
    '',
    '### Frugality',
    'Less.',
    '',
    '**S:** second situation',
    '**A:** second action',
  ].join('\n');

  it('finds the inline story under the cursor line, and none between stories', () => {
    const { snapshot } = indexTexts({ 'Acme.md': source, 'Stories/Inbox.md': storyNote });
    expect(storyAt(snapshot, 'Acme.md', 7)?.partText.T?.text).toBe('first task');
    expect(storyAt(snapshot, 'Acme.md', 13)?.partText.A?.text).toBe('second action');
    expect(storyAt(snapshot, 'Acme.md', 9)).toBeNull();
    expect(activeStory(snapshot, 'Acme.md', 9)).toBeNull();
    expect(activeStory(snapshot, 'Stories/Inbox.md', 2)?.kind).toBe('note');
    expect(activeStory(snapshot, 'Stories/Inbox.md', null)?.kind).toBe('note');
  });
});
