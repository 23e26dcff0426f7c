// Where an inline story ends (issue 12, item 3): the story is its parts' own text, so extracting
// it never moves a paragraph, a list, a question or a title that follows it.
import fc from 'fast-check';
import { extractInlineStory } from '../../../src/core/authoring/extract-story';
import type { IndexSnapshot, Story } from '../../../src/core/model';
import { indexTexts, setNote } from '../authoring/vault';

function index(body: string[]): { text: string; snap: IndexSnapshot; lines: string[] } {
  const text = setNote() + ['### Main: Ownership', '', ...body, ''].join('\n');
  return { text, snap: indexTexts({ 'Acme.md': text }).snapshot, lines: text.split('\n') };
}

function inline(snap: IndexSnapshot): Story[] {
  return snap.stories.filter((s) => s.kind === 'inline');
}

/** The story's lines as extraction would move them. */
function moved(text: string, s: Story): string[] {
  return extractInlineStory(text, s.line, s.endLine, '![[X]]').storyText.split('\n');
}

const STAR = [
  '**S:** Support mail piled up for nine days.',
  '**T:** I had to get replies under a day.',
  '**A:** I set up a rota and a shared inbox.',
  '**R:** Replies came within six hours a month later.',
];

describe('an inline story ends where its last part ends', () => {
  it('leaves a following unrelated paragraph in the note', () => {
    const { text, snap } = index([...STAR, '', 'Ask the recruiter about the on-call rota.', '', '1. **Tell me about a time you saved money.**']);
    const [s] = inline(snap);
    expect(moved(text, s)).toEqual(STAR);
    expect(s.partText.R?.text).toBe('Replies came within six hours a month later.');
    expect(snap.questions.map((q) => q.text)).toEqual(['Tell me about a time you saved money.']);
  });

  it('leaves a blank line and a following list in the note', () => {
    const { text, snap } = index([...STAR, '', '- book the flight', '- print the CV']);
    expect(moved(text, inline(snap)[0])).toEqual(STAR);
  });

  it('leaves the text after a **Story:** block in the note', () => {
    const { text, snap, lines } = index(['**Story: Support inbox**', '', ...STAR, '', 'Next week: practise it aloud twice.']);
    const [s] = inline(snap);
    expect(s.title).toBe('Support inbox');
    expect(lines[s.line - 1]).toBe('**Story: Support inbox**');
    expect(moved(text, s).slice(-1)).toEqual([STAR[3]]);
  });

  it('leaves sibling follow-up items after an indented story in the note', () => {
    const { text, snap } = index([
      '1. **Tell me about a time you fixed something nobody owned.**',
      ...STAR.map((l) => '   ' + l),
      '   2. What would you do differently?',
      '   3. Who helped you?',
    ]);
    const [s] = inline(snap);
    expect(moved(text, s)).toEqual(STAR.map((l) => '   ' + l));
  });

  it('leaves sibling items after a story written as list items in the note', () => {
    const { text, snap } = index(['- **S:** Support mail piled up.', '- **T:** Replies under a day.', '- **A:** A rota.', '- **R:** Six hours.', '- ask about the team size']);
    expect(moved(text, inline(snap)[0]).slice(-1)).toEqual(['- **R:** Six hours.']);
  });

  it('keeps the paragraphs and the list of a Result inside a list item', () => {
    const body = [
      '1. **Tell me about a time you changed course.**',
      '    1. What did you learn?',
      '    ',
      '    **S:** A vendor timed out for our largest customer.',
      '    ',
      '    **T:** I had to restore service.',
      '    ',
      '    **A:** I rolled back within the hour.',
      '    ',
      '    **R:** Service came back the same day. It showed two things we needed:',
      '    ',
      '    1. Regional failover',
      '    2. A status page',
      '    ',
      '    We chose the second vendor on those two rules.',
      '    ',
      '',
      '1. **Tell me about a time you saved money.**',
    ];
    const { snap, lines } = index(body);
    const [s] = inline(snap);
    expect(lines[s.endLine - 1]).toBe('    We chose the second vendor on those two rules.');
    expect(s.partText.R?.text.split('\n\n')).toHaveLength(3);
    expect(snap.questions).toHaveLength(2);
  });

  it('keeps an Action of several paragraphs at the top level, up to the next label', () => {
    const { snap, lines } = index([STAR[0], '', STAR[1], '', STAR[2], '', 'Then I trained two people.', '', 'We wrote it down.', '', STAR[3], '', 'Unrelated: pack the laptop charger.']);
    const [s] = inline(snap);
    expect(s.partText.A?.text.split('\n\n')).toEqual(['I set up a rota and a shared inbox.', 'Then I trained two people.', 'We wrote it down.']);
    expect(lines[s.endLine - 1]).toBe(STAR[3]);
  });

  it('keeps a list attached to the last part (no blank line between)', () => {
    const { snap, lines } = index([...STAR.slice(0, 3), '**R:** Two things changed:', '- replies in six hours', '- no lost mail', '', 'Unrelated paragraph.']);
    const [s] = inline(snap);
    expect(lines[s.endLine - 1]).toBe('- no lost mail');
  });

  it.each([
    ['a new question', '1. **Tell me about a time you saved money.**'],
    ['a list at lower indent', '- pack the charger'],
    ['a heading', '## Notes'],
    ['a bold label', '**Pricing:**'],
    ['a bold title', '**Data driven decisions**'],
    ['an all-caps reminder', '**IF THEY ASK ABOUT CONFLICT, USE THIS ONE.**'],
  ])('ends an indented story at %s', (_what, next) => {
    const { snap, lines } = index(['1. **Tell me about a time you fixed something.**', ...STAR.map((l) => '    ' + l), next]);
    const [s] = inline(snap);
    expect(lines[s.endLine - 1]).toBe('    ' + STAR[3]);
  });

  it('ends a top-level story at a title or a reminder directly below it', () => {
    for (const next of ['**Data driven decisions**', '**WHEN ASKED ABOUT CONFLICT, USE THE PRICING STORY.**']) {
      const { snap, lines } = index([...STAR, next, 'We ran 30 interviews and I wrote up what we learned.']);
      expect(lines[inline(snap)[0].endLine - 1]).toBe(STAR[3]);
    }
  });

  it('reads the lines it held back again: a second story after a paragraph is found', () => {
    const { snap } = index([...STAR, '', 'A paragraph between two stories.', '', ...STAR.map((l) => l.replace('nine', 'ten'))]);
    expect(inline(snap).map((s) => s.partText.S?.text)).toEqual(['Support mail piled up for nine days.', 'Support mail piled up for ten days.']);
  });

  it('for any text after a story, the story ends on a line of its own text', () => {
    const after = fc.array(
      fc.constantFrom('', 'A plain paragraph.', '- a bullet', '1. a number', '    indented text', '**Title**', '**NOTE TO SELF.**', '## Heading', '**R:** again', '1. **A question?**'),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(after, (tail) => {
        const { snap, lines } = index([...STAR, ...tail]);
        const [s] = inline(snap);
        expect(s.line).toBe(lines.indexOf(STAR[0]) + 1);
        const last = lines[s.endLine - 1];
        expect(last.trim()).not.toBe('');
        // Nothing after the first blank line joins the story unless a new part label claimed it.
        const firstBlank = tail.indexOf('');
        if (firstBlank >= 0) expect(s.endLine).toBeLessThanOrEqual(lines.indexOf(STAR[3]) + 1 + firstBlank);
      }),
      { seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31), verbose: true },
    );
  });
});
