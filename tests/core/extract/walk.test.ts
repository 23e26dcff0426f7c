// The walk over a note's lines (extract/walk.ts, extract/inline-story.ts) on notes as users write
// them: which headings are principles, what a question takes as follow-ups and cues, and where an
// inline STAR story starts, what it holds and where it ends (docs/recognition.md).
import { extractNote } from '../../../src/core/extract/extract-note';
import type { NoteExtract, RawRef, RawStory } from '../../../src/core/extract/raw';
import { DEFAULT_INDEX_SETTINGS, type IndexSettings } from '../../../src/core/settings';

function extract(path: string, lines: string[], fm: Record<string, unknown> | null = null, settings: Partial<IndexSettings> = {}): NoteExtract {
  return extractNote({ path, frontmatter: fm, body: lines.join('\n'), bodyLine: 0 }, { ...DEFAULT_INDEX_SETTINGS, ...settings });
}

/** Each ref as `text:role:source`. */
const refs = (rs: RawRef[]) => rs.map((r) => `${r.text}:${r.role}:${r.source}`);

/** Each story as [title, line, endLine, parts as `K@line: text`]. */
function stories(x: NoteExtract): [string, number, number, string[]][] {
  return x.stories.map((s: RawStory) => [s.title, s.line, s.endLine, s.parts.map((p) => `${p.key}@${p.line}: ${p.text}`)]);
}

describe('principles in a set note', () => {
  // Read inside each test (not while jest collects them) so a mutation run knows which tests cover what.
  const note = () =>
    extract('Initech.md', [
    '#principles #initech', // 1
    '',
    '# Initech values',
    '',
    '## Questions', // 5
    '',
    '### \u200b',
    '',
    '### Grit', // 9
    'Keep going.',
    '**Bold stops it**',
    '',
    '### Candor', // 13
    '',
    '- a list ends the description',
    '',
    '### questions:',
    '',
    '### main: Grit', // 19
    '',
    '**sub: Candor**', // 21
    '',
    '1. **Tell me about a setback.** See [[Initech values#Grit]] and #resilience', // 23
    '   - Kept a log of attempts',
    '   * Another bullet cue',
    '   + Plus cue',
    '   1. Numbered follow-up',
    '   - Why did it matter?',
    '   - ',
    '2. **Sub: not a question**',
    '3. **Story: not a question**',
    '4. **Main: not either**',
    '5. Plain item is a follow-up',
  ]);

  it('sit one level below the title, skipping section keywords (any case, with a colon), Main: headings and invisible ones', () => {
    const x = note();
    expect(x.set?.name).toBe('initech');
    expect(x.set?.principles).toEqual([
      { name: 'Grit', line: 9, description: 'Keep going.', aliases: [] },
      { name: 'Candor', line: 13, description: '', aliases: [] },
    ]);
  });

  it('give a bold question its sibling follow-ups and its -, * and + bullets as cues', () => {
    const x = note();
    expect(x.questions).toHaveLength(1);
    const [q] = x.questions;
    expect(q.line).toBe(23);
    expect(q.followUps).toEqual(['Numbered follow-up', 'Why did it matter?', 'Sub: not a question', 'Story: not a question', 'Main: not either', 'Plain item is a follow-up']);
    expect(q.cues).toEqual(['Kept a log of attempts', 'Another bullet cue', 'Plus cue']);
    expect(q.refs).toEqual([
      { kind: 'list', text: 'Grit', role: 'primary', source: 'section', line: 19, soft: false },
      { kind: 'list', text: 'Candor', role: 'secondary', source: 'section', line: 21, soft: false },
      { kind: 'link', text: 'Initech values', heading: 'Grit', role: 'auto', source: 'link', line: 23, soft: true },
      { kind: 'tag', text: 'resilience', role: 'auto', source: 'tag', line: 23, soft: true },
    ]);
  });

  it('are the first headings when the note has no title, and H2s under an H1 title', () => {
    expect(extract('A.md', ['#principles', '## Grit', 'Keep going.', '## Candor']).set?.principles.map((p) => p.name)).toEqual(['Grit', 'Candor']);
    expect(extract('A.md', ['#principles', '# A', '# Not a principle', '## Grit', '### Detail']).set?.principles.map((p) => p.name)).toEqual(['Grit']);
  });

  it('sit below a leading Main: heading; an empty heading maps nothing', () => {
    expect(extract('S.md', ['#principles', '# Set', '## Main: Grit', '### Grit', '### Candor']).set?.principles.map((p) => p.name)).toEqual(['Grit', 'Candor']);
    const x = extract('S.md', ['#principles', '# Set', '## Grit', '## Empty', '###', '1. **Tell me.**']);
    expect(x.set?.principles.map((p) => p.name)).toEqual(['Grit', 'Empty']);
    expect(x.questions[0].refs).toEqual([{ kind: 'name', text: 'Empty', role: 'primary', source: 'heading', line: 4, soft: false }]);
  });

  it('nest: a heading keeps the mappings of the ones above it and drops those at its level or below', () => {
    const y = extract('A.md', ['#principles', '# A', '## Grit', '## Candor', '### Main: Grit', '1. **Tell me about grit.**', '### Other', '1. **Tell me about candor.**', '## Candor', '1. **Tell me again.**']);
    expect(y.questions.map((q) => q.refs.map((r) => `${r.kind}:${r.text}:${r.role}:${r.source}`))).toEqual([
      ['name:Candor:primary:heading', 'list:Grit:primary:section'],
      ['name:Candor:primary:heading', 'name:Other:auto:heading'],
      ['name:Candor:primary:heading'],
    ]);
  });
});

describe('questions, follow-ups and cues', () => {
  it('a bold label names the questions below it up to the next heading; a keyword label does not', () => {
    const x = extract('Q.md', [
      '#principles',
      '# Set',
      '## Grit',
      '### Sub',
      '**Pricing:**',
      '1. **Tell me about a price you set.**',
      '**Questions:**',
      '1. **Tell me about a price you cut.**',
      '## Candor',
      '1. **Tell me about honest feedback.**',
    ]);
    expect(x.questions.map((q) => q.refs.map((r) => `${r.source}:${r.text}`))).toEqual([
      ['heading:Grit', 'heading:Sub', 'label:Pricing'],
      ['heading:Grit', 'heading:Sub'],
      ['heading:Candor'],
    ]);
  });

  it('a rule, a heading, a label or a Main:/Sub: line ends the follow-ups', () => {
    const x = extract('Q.md', [
      '#principles',
      '1. **Tell me about a rule.**',
      '---',
      '2. After the rule',
      '1. **Tell me about a label.**',
      '**Pricing:**',
      '2. After the label',
      '1. **Tell me about a sub.**',
      '**Sub: Grit**',
      '2. After the sub',
    ]);
    expect(x.questions.map((q) => q.followUps)).toEqual([[], [], []]);
  });

  it('in a question bank takes only nested items as follow-ups, and a paragraph at its indent ends them', () => {
    const x = extract('Bank.md', [
      '#questions',
      '- Why this company?',
      '  - And why now?',
      '- Buy printer ink',
      '- What is your biggest weakness?',
      'A paragraph.',
      '  - Too late to follow?',
      '- How do you prioritize?',
      '   Text under it.',
      '  - Still a follow-up?',
    ]);
    expect(x.questions.map((q) => [q.text, q.followUps, q.cues])).toEqual([
      ['Why this company?', ['And why now?'], []],
      ['What is your biggest weakness?', [], ['A paragraph.']],
      ['Too late to follow?', [], []],
      ['How do you prioritize?', ['Still a follow-up?'], ['Text under it.']],
    ]);
  });

  it('text indented under a follow-up answers it, not the question', () => {
    const x = extract('Bank.md', ['#questions', '- What went wrong?', '  - Who noticed first?', '    The support lead did.', '  • Mention the pager', 'Short cue.']);
    expect(x.questions[0].followUps).toEqual(['Who noticed first?']);
    expect(x.questions[0].cues).toEqual(['Mention the pager', 'Short cue.']);
  });

  it('a reminder line is a cue only while a question is open; a title line ends the cues', () => {
    const x = extract('Q.md', ['#principles', '**REMEMBER THE NUMBERS.**', '1. **Tell me about a metric.**', '**USE THE DASHBOARD STORY.**', '**Dashboards**', 'A later paragraph.']);
    expect(x.questions[0].cues).toEqual(['USE THE DASHBOARD STORY.']);
  });

  it('an indented bold line keeps the follow-ups going; one at the margin ends them', () => {
    const x = extract('Q.md', ['#principles', '1. **Tell me about a miss.**', '   **A NOTE TO SELF.**', '   2. Then what?', '**ANOTHER NOTE.**', '3. Too late']);
    expect(x.questions[0].followUps).toEqual(['Then what?']);
    expect(x.questions[0].cues).toEqual(['A NOTE TO SELF.', 'ANOTHER NOTE.']);
  });
});

describe('inline STAR stories', () => {
  it('take every line between two labels and, after the last one, its paragraph and attached list', () => {
    const x = extract('Acme.md', [
      '#questions', // 1
      '',
      '## Migration story', // 3
      '',
      '**S:** The old vendor kept timing out. #ops', // 5
      '**T:** Move us off it.',
      '',
      '**A:** I planned the cut-over.', // 8
      '',
      'Then I ran it on a Sunday.',
      '',
      '- with a rollback plan',
      '**R:** Zero downtime. [[Acme#Grit]]', // 13
      'Checked twice.',
      '- and logged',
      '',
      'Spare thoughts after the story.',
      '- a list after it',
      '',
      '**T:** A lone task label.',
    ]);
    expect(stories(x)).toEqual([
      [
        'Migration story',
        3,
        15,
        [
          'S@5: The old vendor kept timing out. #ops',
          'T@6: Move us off it.',
          'A@8: I planned the cut-over.\n\nThen I ran it on a Sunday.\n\nwith a rollback plan',
          'R@13: Zero downtime. [[Acme#Grit]]\nChecked twice.\nand logged',
        ],
      ],
    ]);
    expect(x.stories[0].refs).toEqual([
      { kind: 'name', text: 'Migration story', role: 'auto', source: 'heading', line: 3, soft: true, category: false },
      { kind: 'tag', text: 'ops', role: 'auto', source: 'tag', line: 5, soft: true },
      { kind: 'link', text: 'Acme', heading: 'Grit', role: 'auto', source: 'link', line: 13, soft: true },
    ]);
  });

  it('keep held lines after a blank when a later label claims them, with their links', () => {
    const x = extract('N.md', ['#questions', '**S:** A slow build.', '', 'It took an hour. See [[CI]].', '', '**R:** Ten minutes.', '', '', 'Unrelated.']);
    expect(stories(x)).toEqual([['A slow build', 2, 6, ['S@2: A slow build.\n\nIt took an hour. See [[CI]].', 'R@6: Ten minutes.']]]);
    expect(x.stories[0].refs.map((r) => `${r.kind}:${r.text}:${r.line}`)).toEqual(['link:CI:4']);
  });

  it('start again at a repeated label, take a title only from a plain heading (not the note title) or a **Story:** line of its own right above', () => {
    const x = extract('N.md', [
      '#questions', // 1
      '## Stories', // 2
      '**Situation:** Two teams argued about an API.', // 3
      '**Action:** I wrote the contract down.',
      '**Situation:** A second story starts here.', // 5
      '**Result:** It shipped.',
      '',
      '**Story: Third one** with more text', // 8
      '**S:** Third situation.', // 9
      '**R:** Third result.',
      '',
      '**Story: Fourth one**', // 12
      '',
      '**S:** Fourth situation, told at some length so that the excerpt of it must be cut short somewhere.',
      '**R:** Fourth result.',
      '# The note title', // 16
      '**S:** Fifth.',
      '**R:** Fifth result.',
    ]);
    expect(stories(x)).toEqual([
      ['Two teams argued about an API', 3, 4, ['S@3: Two teams argued about an API.', 'A@4: I wrote the contract down.']],
      ['A second story starts here', 5, 6, ['S@5: A second story starts here.', 'R@6: It shipped.']],
      ['Third situation', 9, 10, ['S@9: Third situation.', 'R@10: Third result.']],
      [
        'Fourth one',
        12,
        15,
        ['S@14: Fourth situation, told at some length so that the excerpt of it must be cut short somewhere.', 'R@15: Fourth result.'],
      ],
      ['Fifth', 17, 18, ['S@17: Fifth.', 'R@18: Fifth result.']],
    ]);
  });

  it('without a situation take their title from the first part, cut short', () => {
    const x = extract('N.md', ['#questions', '**T:** Bring the wait for a refund under two days for every customer in every region.', '**R:** Done.']);
    expect(x.stories[0].title).toBe('Bring the wait for a refund under two days for every…');
  });

  it('written as list items end at a sibling item; inside a list item they run on over its paragraphs', () => {
    const x = extract('N.md', [
      '#questions', // 1
      '## Night shift', // 2
      '- **S:** Listed situation.', // 3
      '- **R:** Listed result.',
      '- a sibling item is not part of it',
      '',
      '- How did you keep calm?', // 7
      '  **S:** A release broke login.',
      '  **T:** Fix it before the morning.',
      '  **A:** I reverted it.',
      '  **R:** Login worked by 6am.', // 11
      '',
      '  It took a week to write the postmortem.',
      '  - a nested note stays in the result', // 14
      '  - What did you learn?',
      '- What else?', // 16
      '   **S:** Indented situation.',
      '   **R:** Indented result.',
      ' Less indented text ends it.',
      '- Tell me about a time?',
      '  **S:** One.',
      '  **R:** Two.',
      '  **BOLD LINE ENDS IT**',
      '  More text.',
    ]);
    expect(stories(x)).toEqual([
      ['Night shift', 2, 4, ['S@3: Listed situation.', 'R@4: Listed result.']],
      ['A release broke login', 8, 14, ['S@8: A release broke login.', 'T@9: Fix it before the morning.', 'A@10: I reverted it.', 'R@11: Login worked by 6am.\n\nIt took a week to write the postmortem.\na nested note stays in the result']],
      ['Indented situation', 17, 18, ['S@17: Indented situation.', 'R@18: Indented result.']],
      ['One', 21, 22, ['S@21: One.', 'R@22: Two.']],
    ]);
    expect(x.questions.map((q) => q.text)).toEqual(['How did you keep calm?', 'What else?', 'Tell me about a time?']);
  });

  it('run on over a more indented bold line, and over an indented paragraph of the last listed label after a blank', () => {
    const x = extract('N.md', ['#questions', '**S:** One.', '**R:** Two.', '  **Indented bold**', '', '- **S:** Listed.', '- **R:** Result.', '', '  continued under R.', '', 'After.']);
    expect(stories(x)).toEqual([
      ['One', 2, 4, ['S@2: One.', 'R@3: Two.\n**Indented bold**']],
      ['Listed', 6, 9, ['S@6: Listed.', 'R@7: Result.\n\ncontinued under R.']],
    ]);
  });

  it('take a title from the situation wherever it comes, and run on over a line that only opens with bold', () => {
    const x = extract('N.md', ['#questions', '**T:** Task first.', '**S:** Situation second.', '**R:** Done.', '**Key** point continues here.']);
    expect(stories(x)).toEqual([['Situation second', 2, 5, ['T@2: Task first.', 'S@3: Situation second.', 'R@4: Done.\n**Key** point continues here.']]]);
  });

  it('written as list items run on over a lazy paragraph line and a nested item', () => {
    const x = extract('N.md', ['#questions', '- **S:** x', '- **R:** y', 'Plain text at margin.', '  - nested detail', '- sibling']);
    expect(stories(x)).toEqual([['x', 2, 5, ['S@2: x', 'R@3: y\nPlain text at margin.\nnested detail']]]);
  });

  it('give back the lines after a blank when they are not the story\'s: a Sub: line there still maps the next question', () => {
    const x = extract('A.md', ['#principles', '# A', '## Grit', '## Candor', '### Main: Grit', '**S:** a', '**R:** b', '', '**Sub: Candor** for the next two', '1. **Tell me about candor.**']);
    expect(stories(x)).toEqual([['a', 6, 7, ['S@6: a', 'R@7: b']]]);
    expect(x.questions[0].refs.map((r) => `${r.text}:${r.role}`)).toEqual(['Candor:primary', 'Grit:primary', 'Candor:secondary']);
  });

  it('end at a question, a rule or a heading, and a lone label is no story', () => {
    const x = extract('N.md', ['#principles', '**S:** One.', '**R:** Two.', '1. **Tell me more.**', '**S:** Three.', '**R:** Four.', '---', '**S:** Five.', '**R:** Six.', '## Heading', '**S:** Alone.']);
    expect(stories(x).map(([, line, end]) => [line, end])).toEqual([
      [2, 3],
      [5, 6],
      [8, 9],
    ]);
    expect(x.questions.map((q) => q.line)).toEqual([4]);
  });

  it('are not read inside a story note, whose labels are its own parts', () => {
    const x = extractNote({ path: 'N.md', frontmatter: { tags: ['story'] }, body: '**S:** One.\n**R:** Two.', bodyLine: 0 }, DEFAULT_INDEX_SETTINGS);
    expect(x.stories.map((s) => s.kind)).toEqual(['note']);
  });
});

describe('more of the walk on notes as written', () => {
  it('takes custom section keywords as written in settings, and ignores headings above the title', () => {
    expect(extract('N.md', ['#principles', '# A', '### Prep notes', '### Grit'], null, { sectionKeywords: [' Prep notes '] }).set?.principles.map((p) => p.name)).toEqual(['Grit']);
    expect(extract('N.md', ['#principles', '## Before', '# Title', '### Grit']).set?.principles.map((p) => p.name)).toEqual(['Grit']);
  });

  it('reads lines held after a story again before a repeated label opens the next story', () => {
    const x = extract('N.md', ['#principles', '# A', '## Grit', '## Candor', '### Main: Grit', '**S:** a', '**R:** b', '', '**Sub: Candor** too', '**S:** c', '**R:** d', '1. **Tell me.**']);
    expect(x.stories.map((s) => [s.title, s.line, s.endLine, refs(s.refs)])).toEqual([
      ['a', 6, 7, ['Candor:primary:heading', 'Grit:primary:section']],
      ['c', 10, 11, ['Candor:primary:heading', 'Grit:primary:section', 'Candor:secondary:section']],
    ]);
    expect(refs(x.questions[0].refs)).toEqual(['Candor:primary:heading', 'Grit:primary:section', 'Candor:secondary:section']);
  });

  it('titles a story by a heading on the first line, never by a Main: heading or a principle', () => {
    expect(extract('N.md', ['## Outage', '**S:** a', '**R:** b'], { tags: ['questions'] }).stories.map((s) => [s.title, s.line])).toEqual([['Outage', 1]]);
    expect(extract('N.md', ['#questions', '## Main: Grit', '**S:** a', '**R:** b']).stories.map((s) => [s.title, s.line, refs(s.refs)])).toEqual([['a', 3, ['Grit:primary:section']]]);
    expect(extract('N.md', ['#principles', '# A', '## Grit', '**S:** a', '**R:** b']).stories.map((s) => [s.title, s.line, refs(s.refs)])).toEqual([['a', 4, ['Grit:primary:heading']]]);
  });

  it('ends the cues at a rule, a Sub: line and a label; a line that only opens with bold is a cue', () => {
    const x = extract('N.md', ['#principles', '1. **Q one.**', '---', 'Paragraph after rule.', '1. **Q two.**', '**Sub: Grit**', 'After sub.', '1. **Q three.**', '**Pricing:**', 'After label.', '1. **Q four.**', '**Key** point here.']);
    expect(x.questions.map((q) => [q.text, q.cues])).toEqual([
      ['Q one.', []],
      ['Q two.', []],
      ['Q three.', []],
      ['Q four.', ['Key point here.']],
    ]);
  });

  it('drops a label at the next heading, even a deeper one', () => {
    expect(extract('N.md', ['#principles', '# Set', '## Grit', '**Pricing:**', '### Detail', '1. **Q.**']).questions[0].refs.map((r) => r.text)).toEqual(['Grit', 'Detail']);
  });

  it('finds no sketch in a story note', () => {
    const x = extract('N.md', ['#story', '## S', 'a', '## R', 'b', '', '**Data driven hiring**', '', 'I rebuilt our interview loop and we hired four engineers in a quarter.']);
    expect(x.stories.map((s) => s.kind)).toEqual(['note']);
  });

  it('takes only nested items as follow-ups in a note that is both a set and a question bank', () => {
    expect(extract('N.md', ['#principles #questions', '1. **Tell me about X.**', '2. Sibling not follow-up', '   1. Nested under the sibling']).questions.map((q) => [q.text, q.followUps])).toEqual([['Tell me about X.', []]]);
  });

  it('after an indented title line takes a bullet as a follow-up, not a cue', () => {
    expect(extract('N.md', ['#principles', '1. **Q.**', '   **Title line**', '   - a bullet']).questions.map((q) => [q.followUps, q.cues])).toEqual([[['a bullet'], []]]);
  });

  it('ends the follow-ups at a paragraph at the margin', () => {
    expect(extract('N.md', ['#principles', '1. **Q.**', 'Paragraph.', '2. Sibling']).questions.map((q) => [q.followUps, q.cues])).toEqual([[[], ['Paragraph.']]]);
  });
});
