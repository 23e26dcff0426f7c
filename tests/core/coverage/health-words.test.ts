// Issue 15 item 12: story health in the words people write. "We > I" counts us and our, and
// says so; a result with its quantity spelled out has a number.
import { storyHealth } from '../../../src/core/coverage/health';
import { story } from './builders';

const ACTION_WE = 'Our team met daily. The vendor called us twice and we agreed on a plan. I wrote it up.';

describe('story health wording', () => {
  it('"We > I" names we/us/our, the words it counts', () => {
    const h = storyHealth(story('s', { S: 'x', T: 'x', A: ACTION_WE, R: 'Errors fell 30%.' }));
    expect(h.actionWe).toBe(3);
    const issue = h.issues.find((i) => i.code === 'we-over-i');
    expect(issue?.message).toBe('The action says "we/us/our" 3 times and "I/me/my" once; say what you did.');
  });

  it.each([
    ['We lost zero customers during the move.', 'zero'],
    ['Two regressions reached production instead of nine.', 'Two'],
    ['Sign-ups doubled within the quarter.', 'doubled'],
    ['Build time fell by half.', 'half'],
    ['A dozen teams adopted the checklist.', 'dozen'],
    ['Support tickets halved.', 'halved'],
    ['Churn dropped ten percent.', 'ten'],
  ])('a result with its quantity in words has a number: %s', (result, word) => {
    const h = storyHealth(story('s', { S: 'x', T: 'x', A: 'I did it.', R: result }));
    expect(h.resultNumbers).toContain(word);
    expect(h.issues.map((i) => i.code)).not.toContain('result-without-number');
  });

  it('a result with no quantity at all is still flagged, and "someone" or "often" are no numbers', () => {
    const h = storyHealth(story('s', { S: 'x', T: 'x', A: 'I did it.', R: 'Someone said it went well, as it often does.' }));
    expect(h.resultNumbers).toEqual([]);
    expect(h.issues.map((i) => i.code)).toContain('result-without-number');
  });
});
