// Answer cues under a question, on note text as users write it: typed bullets, short paragraphs,
// reminders, where a paragraph ends and how long it may be.
import { afterTextBullet, MAX_CUE_CHARS } from '../../../src/core/extract/cues';
import type { IndexSnapshot } from '../../../src/core/model';
import { indexTexts, setNote } from '../authoring/vault';

function cuesOf(body: string[]): string[][] {
  const snap: IndexSnapshot = indexTexts({ 'Acme.md': setNote() + ['### Main: Ownership', '', ...body, ''].join('\n') }).snapshot;
  return snap.questions.map((q) => q.cues);
}

describe('afterTextBullet', () => {
  it.each([
    ['• Musicasa', 'Musicasa'],
    ['•Musicasa', 'Musicasa'],
    ['◦ The pilot', 'The pilot'],
    ['▪  Two spaces', 'Two spaces'],
    ['‣ Arrow', 'Arrow'],
    ['· Middle dot', 'Middle dot'],
    ['•', ''],
  ])('%s is a typed bullet over %s', (line, rest) => {
    expect(afterTextBullet(line)).toBe(rest);
  });

  it.each(['Musicasa', ' • indented', '- dash', 'a • b', '* star'])('%s has no typed bullet', (line) => {
    expect(afterTextBullet(line)).toBeNull();
  });
});

describe('answer cues', () => {
  const Q1 = '1. **Tell me about a customer request you turned down.**';
  const Q2 = '1. **Tell me about a time you coached someone.**';

  it('joins the lines of a short paragraph, and ends a paragraph at a blank line', () => {
    expect(cuesOf([Q1, '', 'The analytics', 'add-on.', '', 'The *on-prem* [[Install guide|install]].'])).toEqual([['The analytics add-on.', 'The on-prem install.']]);
  });

  it('gives a paragraph to the question above it when the next question starts', () => {
    expect(cuesOf([Q1, '', 'The analytics add-on.', Q2, '', 'Weekly pairing.'])).toEqual([['The analytics add-on.'], ['Weekly pairing.']]);
  });

  it(`takes a paragraph of up to ${MAX_CUE_CHARS} characters as one cue, and a longer one as none`, () => {
    const exactly = `${'x'.repeat(MAX_CUE_CHARS - 10)} and more.`;
    expect(exactly.length).toBe(MAX_CUE_CHARS);
    expect(cuesOf([Q1, '', exactly])).toEqual([[exactly]]);
    const split = ['a'.repeat(139), 'b'.repeat(140)];
    expect(cuesOf([Q1, '', ...split])).toEqual([[split.join(' ')]]);
    expect(cuesOf([Q1, '', `${exactly}!`])).toEqual([[]]);
    expect(cuesOf([Q1, '', 'a'.repeat(140), 'b'.repeat(140)])).toEqual([[]]);
  });

  it('takes a typed bullet as a cue of its own, ending the paragraph before it, and skips an empty one', () => {
    expect(cuesOf([Q1, '', 'The analytics', '• The pilot', '•', '• ** **', 'Late add-on.'])).toEqual([['The analytics', 'The pilot', 'Late add-on.']]);
  });

  it('keeps nothing that shows as empty, and no cue without a question above it', () => {
    expect(cuesOf(['• Not under a question', '', 'Nor this.', '', Q1, '', '** **', '', '• [[ ]]'])).toEqual([[]]);
  });
});
