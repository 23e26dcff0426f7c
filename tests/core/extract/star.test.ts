// STAR part names as users write them in labels (`**S:**`, `Result:`) and in a story note's headings.
import { starHeadingKey, starKey } from '../../../src/core/extract/star';

describe('starKey', () => {
  it.each([
    ['S', 'S'],
    ['**Situation:**', 'S'],
    ['t', 'T'],
    ['Task', 'T'],
    ['A:', 'A'],
    ['Action', 'A'],
    ['__Actions__', 'A'],
    ['R', 'R'],
    ['Result:', 'R'],
    ['RESULTS', 'R'],
    ['L', 'L'],
    ['Learning', 'L'],
    ['Learnings:', 'L'],
    ['Lesson', 'L'],
    [' *Lessons* ', 'L'],
  ])('%s names part %s', (text, key) => {
    expect(starKey(text)).toBe(key);
  });

  it.each(['Situations', 'Context', 'Action taken', 'X', '', 'constructor', 'toString', '__proto__', 'S.', 'Re sult'])('%s names no part', (text) => {
    expect(starKey(text)).toBeNull();
  });
});

describe('starHeadingKey', () => {
  it('takes a part name or synonym as the first of at most four words, below the title', () => {
    expect(starHeadingKey('Background', 2)).toBe('S');
    expect(starHeadingKey('Goals and scope', 2)).toBe('T');
    expect(starHeadingKey('Objective', 3)).toBe('T');
    expect(starHeadingKey('Outcomes for the team', 2)).toBe('R');
    expect(starHeadingKey('Impact', 2)).toBe('R');
    expect(starHeadingKey('Reflection', 4)).toBe('L');
    expect(starHeadingKey('Takeaways', 2)).toBe('L');
    expect(starHeadingKey('**Result:** numbers', 2)).toBe('R');
    expect(starHeadingKey('Task_list', 2)).toBe('T');
    expect(starHeadingKey('Result—in numbers', 2)).toBe('R');
  });

  it('reads exact names at any level, and only exact names in the title', () => {
    expect(starHeadingKey('Situation', 1)).toBe('S');
    expect(starHeadingKey('Result', 0)).toBe('R');
    expect(starHeadingKey('Context', 1)).toBeNull();
    expect(starHeadingKey('Action plan', 1)).toBeNull();
    expect(starHeadingKey('Action plan', 2)).toBe('A');
  });

  it('leaves longer headings, single letters with words, unknown first words and empty headings alone', () => {
    expect(starHeadingKey('Result of the quarterly review', 2)).toBeNull();
    expect(starHeadingKey('Result of quarterly review', 2)).toBe('R');
    expect(starHeadingKey('S and T', 2)).toBeNull();
    expect(starHeadingKey('R: what happened', 2)).toBeNull();
    expect(starHeadingKey('Timeline of events', 2)).toBeNull();
    expect(starHeadingKey('** **', 2)).toBeNull();
    expect(starHeadingKey('—', 2)).toBeNull();
    expect(starHeadingKey('Constructor notes', 2)).toBeNull();
  });
});
