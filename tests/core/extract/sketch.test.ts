// Story sketches on note text as users write them: a bold title of its own over a paragraph that
// tells an experience.
import type { IndexSnapshot, Story } from '../../../src/core/model';
import { indexTexts, setNote } from '../authoring/vault';

const EXPERIENCE = 'We were losing trial users at the pricing page, so I ran twelve calls and rewrote it.';
/** File line of body line 0: the set note, then `### Main: Ownership` and a blank. */
const FIRST = setNote().split('\n').length + 2;

function snapshot(body: string[]): IndexSnapshot {
  return indexTexts({ 'Acme.md': setNote() + ['### Main: Ownership', '', ...body, ''].join('\n') }).snapshot;
}
function sketches(body: string[]): Story[] {
  return snapshot(body).stories.filter((s) => s.kind === 'sketch');
}

describe('story sketches', () => {
  it('takes every line of the paragraph, lines kept apart in the body, up to its last line', () => {
    const [s] = sketches(['**Pricing page rewrite**', EXPERIENCE, 'Trials doubled within a month.', '', 'Unrelated note.']);
    expect(s).toMatchObject({ title: 'Pricing page rewrite', line: FIRST, endLine: FIRST + 2 });
    expect(s.body).toBe(`${EXPERIENCE}\nTrials doubled within a month.`);
  });

  it('finds the paragraph after blank lines, and a sketch at the very end of a note', () => {
    const [s] = sketches(['**Pricing page rewrite**', '', '', EXPERIENCE]);
    expect(s).toMatchObject({ line: FIRST, endLine: FIRST + 3, body: EXPERIENCE });
  });

  it('ends the paragraph at a typed bullet, a bold line or an indented code line', () => {
    expect(sketches(['**Pricing page rewrite**', EXPERIENCE, '• the pricing calls']).map((s) => s.endLine)).toEqual([FIRST + 1]);
    expect(sketches(['**Pricing page rewrite**', EXPERIENCE, '**Then**']).map((s) => s.endLine)).toEqual([FIRST + 1]);
    expect(sketches(['**Pricing page rewrite**', EXPERIENCE, '    const x = 1;']).map((s) => s.endLine)).toEqual([FIRST + 1]);
    expect(sketches(['**Pricing page rewrite**', EXPERIENCE, '   Trials doubled.']).map((s) => s.endLine)).toEqual([FIRST + 2]);
  });

  it('takes a title indented up to three spaces, and not one indented four or more', () => {
    expect(sketches(['   **Pricing page rewrite**', EXPERIENCE]).map((s) => s.title)).toEqual(['Pricing page rewrite']);
    expect(sketches(['    **Pricing page rewrite**', EXPERIENCE])).toEqual([]);
  });

  it('needs a paragraph of experience right after the title (blank lines aside)', () => {
    expect(sketches(['**Pricing page rewrite**'])).toEqual([]);
    expect(sketches(['**Pricing page rewrite**', '', ''])).toEqual([]);
    expect(sketches(['**Pricing page rewrite**', '• ' + EXPERIENCE])).toEqual([]);
    expect(sketches(['**Pricing page rewrite**', '    ' + EXPERIENCE])).toEqual([]);
    expect(sketches(['**Pricing page rewrite**', '**Trials**', EXPERIENCE]).map((x) => x.title)).toEqual(['Trials']);
    expect(sketches(['**Pricing page rewrite**', '', 'Bring water, a charger and two printed copies.'])).toEqual([]);
  });

  it('takes no title with text after it, a label, or a STAR part name', () => {
    expect(sketches(['**Pricing page** rewrite', EXPERIENCE])).toEqual([]);
    expect(sketches(['**Pricing page:**', EXPERIENCE])).toEqual([]);
    expect(sketches(['**Situation**', EXPERIENCE])).toEqual([]);
    expect(sketches(['**Result**', EXPERIENCE])).toEqual([]);
  });

  it('leaves the title to the inline story when STAR labels follow, even after blank lines', () => {
    const snap = snapshot(['**Pricing page rewrite**', '', EXPERIENCE, '', '', '**S:** Trials dropped.', '**T:** Fix it.', '**A:** Calls.', '**R:** Doubled.']);
    expect(snap.stories.filter((s) => s.kind === 'sketch')).toEqual([]);
    expect(sketches(['**Pricing page rewrite**', '', EXPERIENCE, '', '**Questions:**', ''])).toHaveLength(1);
  });

  it('shows the title as text and is mapped by its place and by links and tags in its paragraph', () => {
    const [s] = sketches(['**The [[Pricing|pricing]] rewrite**', `${EXPERIENCE} [[Acme#Frugality]]`, 'It cost nothing. #acme/customer-focus']);
    expect(s.title).toBe('The pricing rewrite');
    expect(s.principles.map((p) => p.id).sort()).toEqual(['acme/customer-focus', 'acme/frugality', 'acme/ownership']);
    const [plain] = sketches(['**Pricing page rewrite**', EXPERIENCE]);
    expect(plain.principles.map((p) => p.id)).toEqual(['acme/ownership']);
  });
});
