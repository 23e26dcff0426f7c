// What a bold line of its own says (a title or a reminder) and whether a paragraph tells an
// experience: the rules that tell a story sketch from a reminder (docs/recognition.md, sketches).
import { boldLineRole, tellsExperience } from '../../../src/core/extract/bold-lines';

describe('a bold line of its own', () => {
  it('is a reminder when it is a sentence, closing quotes and brackets aside', () => {
    expect(['Say "yes."', 'Ask why!)', 'Really?', ' Grit. ', 'ABOVE AND BEYOND!'].map(boldLineRole)).toEqual(['reminder', 'reminder', 'reminder', 'reminder', 'reminder']);
  });

  it('is a title up to eight words, dashes not counted, and a reminder beyond', () => {
    expect(boldLineRole('Shipping the pricing page in six short weeks')).toBe('title');
    expect(boldLineRole('Shipping the pricing page in six — short weeks')).toBe('title');
    expect(boldLineRole('Shipping the pricing page in six very short weeks')).toBe('reminder');
  });

  it('is a reminder in capitals when it opens with an instruction, quotes and apostrophes aside', () => {
    expect(["DON'T PANIC HERE", 'DON’T PANIC', 'USE THE DASHBOARD STORY', 'IF: ASKED', '"WHEN ASKED'].map(boldLineRole)).toEqual(['reminder', 'reminder', 'reminder', 'reminder', 'reminder']);
  });

  it('is a reminder in capitals after any of the instruction words', () => {
    const lines = ['THINK ABOUT SCALE', 'REMEMBER THE NUMBERS', 'MENTION THE PILOT', 'TALK SLOWLY', 'FOCUS ON IMPACT', 'DONT RAMBLE', 'NEVER BLAME OTHERS', 'ALWAYS QUANTIFY', 'AVOID JARGON', 'STRESS THE OUTCOME', 'EMPHASIZE OWNERSHIP', 'HIGHLIGHT THE SAVINGS'];
    expect(lines.map(boldLineRole)).toEqual(lines.map(() => 'reminder'));
  });

  it('is a title with a full stop inside it', () => {
    expect(boldLineRole('Acme Inc. launch')).toBe('title');
  });

  it('is a title in capitals otherwise, as one word, in mixed case or without letters', () => {
    expect(['LAUNCH WEEK RECAP', 'THINK', 'Use the dashboard story', '2024 42'].map(boldLineRole)).toEqual(['title', 'title', 'title', 'title']);
  });
});

describe('a paragraph that tells an experience', () => {
  it('has six words at least, told in the first person', () => {
    expect(tellsExperience('I led the team well')).toBe(false);
    expect(tellsExperience('I led the team well today')).toBe(true);
    expect(tellsExperience("we're shipping the new plan next quarter")).toBe(true);
    expect(tellsExperience('They asked us for a demo next week')).toBe(true);
    expect(tellsExperience('That whole rollout plan was mine from day one')).toBe(true);
  });

  it('is not a question, closing quotes and brackets aside', () => {
    expect(tellsExperience('Did I really say that to them "why?"')).toBe(false);
    expect(tellsExperience('Would the team ship this plan in time?)')).toBe(false);
    expect(tellsExperience('Should I have told my manager about it sooner?')).toBe(false);
    expect(tellsExperience('Did I ship the whole plan on time? ')).toBe(false);
    expect(tellsExperience('Why? I led the team through the outage')).toBe(true);
  });

  it('does not take a pronoun inside a word for one', () => {
    expect(tellsExperience('Iceland trip planning notes for the spring')).toBe(false);
    expect(tellsExperience("it's a team thing and nobody owns it")).toBe(false);
  });

  it('without a pronoun needs two verbs in the past: a long -ed form or a common irregular one', () => {
    expect(tellsExperience('The launch slipped and the client escalated')).toBe(true);
    expect(tellsExperience('Slipped, then Escalated, the vendor deal closed')).toBe(true);
    expect(tellsExperience('The vendor was late and the client left')).toBe(true);
    expect(tellsExperience('Two printed copies for the panel today')).toBe(false);
    expect(tellsExperience('The red bed shed fed the whole team')).toBe(false);
    expect(tellsExperience('The used sofa and the shed roof for sale')).toBe(false);
    expect(tellsExperience('well-rehearsed talk about the new pricing')).toBe(false);
  });
});
