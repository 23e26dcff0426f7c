// What one note contributes to the index (extractNote), on notes as users write them: a set note
// in the seed style, a question bank, story notes in each format docs/recognition.md describes,
// a single-principle note, and the notes that are not indexed at all.
import { extractNote } from '../../../src/core/extract/extract-note';
import type { NoteExtract, RawRef } from '../../../src/core/extract/raw';
import type { NoteRecord } from '../../../src/core/model';
import { DEFAULT_INDEX_SETTINGS, type IndexSettings } from '../../../src/core/settings';

interface Extra {
  fm?: Record<string, unknown> | null;
  fmText?: string;
  error?: string;
  bodyLine?: number;
  created?: number;
  settings?: Partial<IndexSettings>;
}

function extract(path: string, body: string[] | string, x: Extra = {}): NoteExtract {
  const note: NoteRecord = { path, frontmatter: x.fm ?? null, body: typeof body === 'string' ? body : body.join('\n'), bodyLine: x.bodyLine ?? 0 };
  if (x.fmText !== undefined) note.frontmatterText = x.fmText;
  if (x.error !== undefined) note.frontmatterError = x.error;
  if (x.created !== undefined) note.created = x.created;
  return extractNote(note, { ...DEFAULT_INDEX_SETTINGS, ...x.settings });
}

const section = (text: string, role: 'primary' | 'secondary', line: number): RawRef => ({ kind: 'list', text, role, source: 'section', line, soft: false });
const tagRef = (text: string, line: number): RawRef => ({ kind: 'tag', text, role: 'auto', source: 'tag', line, soft: true });

const SET_NOTE = [
  '#principles #globex', // 1
  '',
  '# Globex Principles',
  '',
  '### Customer Focus', // 5
  'Start with the customer and work backwards.',
  'Every decision traces to a user.',
  '',
  '### Frugality', // 9
  '',
  'Do more with less.',
  '',
  '### Main: Customer Focus', // 13
  '',
  '**Sub: Frugality**', // 15
  '',
  '1. **Tell me about a time you said no to a customer.**', // 17
  '   1. What did they say?',
  '   2. Would you do it again?',
  '2. **Describe a cheap fix you shipped.** #lp/frugality', // 20
  '- Mentioned the spreadsheet hack',
  '- Why was it cheap?',
  '',
  '**Pricing:**', // 24
  '',
  '1. **Tell me about a pricing call you owned.**', // 26
  '',
  'Talked about the tiered plan.',
  '',
  '**THINK ABOUT THE MARGIN HERE.**',
  '',
  '### Stories', // 32
  '',
  '**Story: The refund queue**', // 34
  '',
  '**S:** Refund tickets waited two weeks for an answer.',
  '**T:** I had to bring the wait under two days.',
  '**A:** I wrote a triage script and trained two colleagues.',
  '**R:** The wait fell to a day within a month.', // 39
  '',
  'After that the team kept the script.',
  '',
  '**Data driven hiring**', // 43
  '',
  'I rebuilt our interview loop and we hired four engineers in a quarter.',
  '',
  '### Customer Focus', // 47
  'Repeated by mistake.',
];

describe('a set note', () => {
  // Read inside each test (not while jest collects them) so a mutation run knows which tests cover what.
  const note = () => extract('Prep/Globex Principles.md', SET_NOTE, { bodyLine: 0, created: 1700 });
  const main = section('Customer Focus', 'primary', 13);
  const sub = section('Frugality', 'secondary', 15);

  it('is indexed with its tags, its creation time and the set named after its first other tag', () => {
    const x = note();
    expect(x.indexed).toBe(true);
    expect(x.path).toBe('Prep/Globex Principles.md');
    expect(x.basename).toBe('Globex Principles');
    expect(x.created).toBe(1700);
    expect(x.tags).toEqual(['principles', 'globex', 'lp/frugality']);
    expect(x.principleNote).toBeNull();
    expect(x.set?.id).toBe('globex');
    expect(x.set?.name).toBe('globex');
  });

  it('lists the headings below the title as principles, described by their first paragraph', () => {
    const x = note();
    expect(x.set?.principles).toEqual([
      { name: 'Customer Focus', line: 5, description: 'Start with the customer and work backwards. Every decision traces to a user.', aliases: [] },
      { name: 'Frugality', line: 9, description: 'Do more with less.', aliases: [] },
    ]);
  });

  it('reports a principle written twice, at the second heading', () => {
    const x = note();
    expect(x.warnings).toEqual([
      {
        code: 'duplicate-principle',
        severity: 'warning',
        path: 'Prep/Globex Principles.md',
        line: 47,
        message: '"Customer Focus" is listed twice in set "globex"; the first one is used.',
      },
    ]);
  });

  it('reads bold items as questions with follow-ups, cues and the section, label and tag mappings', () => {
    const x = note();
    expect(x.questions.map((q) => [q.line, q.text, q.followUps, q.cues])).toEqual([
      [17, 'Tell me about a time you said no to a customer.', ['What did they say?', 'Would you do it again?'], []],
      [20, 'Describe a cheap fix you shipped. #lp/frugality', ['Why was it cheap?'], ['Mentioned the spreadsheet hack']],
      [26, 'Tell me about a pricing call you owned.', [], ['Talked about the tiered plan.', 'THINK ABOUT THE MARGIN HERE.']],
    ]);
    expect(x.questions[0].refs).toEqual([main, sub]);
    expect(x.questions[1].refs).toEqual([main, sub, tagRef('lp/frugality', 20)]);
    expect(x.questions[2].refs).toEqual([main, sub, { kind: 'name', text: 'Pricing', role: 'auto', source: 'label', line: 24, soft: true, category: true }]);
  });

  it('finds the inline story under its **Story:** title, and the sketch after it', () => {
    const x = note();
    expect(x.stories).toEqual([
      {
        title: 'The refund queue',
        line: 34,
        endLine: 39,
        kind: 'inline',
        parts: [
          { key: 'S', line: 36, text: 'Refund tickets waited two weeks for an answer.' },
          { key: 'T', line: 37, text: 'I had to bring the wait under two days.' },
          { key: 'A', line: 38, text: 'I wrote a triage script and trained two colleagues.' },
          { key: 'R', line: 39, text: 'The wait fell to a day within a month.' },
        ],
        refs: [],
      },
      {
        title: 'Data driven hiring',
        line: 43,
        endLine: 45,
        kind: 'sketch',
        parts: [],
        refs: [],
        body: 'I rebuilt our interview loop and we hired four engineers in a quarter.',
      },
    ]);
  });

  it('counts file lines after the frontmatter', () => {
    const shifted = extract('Prep/Globex Principles.md', SET_NOTE, { bodyLine: 4 });
    expect(shifted.set?.principles.map((p) => p.line)).toEqual([9, 13]);
    expect(shifted.questions.map((q) => q.line)).toEqual([21, 24, 30]);
    expect(shifted.stories.map((s) => [s.line, s.endLine])).toEqual([
      [38, 43],
      [47, 49],
    ]);
  });

  it('names the set by frontmatter set, then company, then a nested tag, then the title', () => {
    const body = ['# Initech', '', '### Grit', 'Keep going.'];
    expect(extract('Initech.md', ['#principles', ...body], { fm: { set: 'Initech LPs', company: 'Initech' } }).set?.name).toBe('Initech LPs');
    expect(extract('Initech.md', ['#principles', ...body], { fm: { company: 'Initech Corp' } }).set).toMatchObject({ id: 'initech-corp', name: 'Initech Corp' });
    expect(extract('Initech.md', ['#principles/initech-lp #prep', ...body]).set?.name).toBe('initech-lp');
    expect(extract('Initech.md', ['#principles #lp/grit', ...body]).set?.name).toBe('Initech');
    expect(extract('Prep/!!!.md', ['#principles', ...body]).set?.id).toBe('set');
  });

  it('warns about a set with no principles', () => {
    const x2 = extract('Empty.md', ['#principles', '', '# Empty set', '', 'Nothing here yet.']);
    expect(x2.set?.principles).toEqual([]);
    expect(x2.warnings).toEqual([
      {
        code: 'empty-set',
        severity: 'warning',
        path: 'Empty.md',
        line: 1,
        message: 'Set "Empty" has no principles: write each principle as a heading below the note\'s title.',
      },
    ]);
  });
});

describe('a question bank', () => {
  const note = () =>
    extract('Prep/Bank.md', [
    '#questions', // 1
    '',
    '# Behavioral bank',
    '',
    '## Main: Ownership', // 5
    '',
    '- Tell me about a time you took on something outside your role?', // 7
    '  - How did your manager react?',
    '  - What would you change?',
    '- Book the rehearsal room',
    '- How do you decide what to drop?', // 11
    '  Said I cut the weekly report first.',
    '  • ask about their on-call',
    '',
    'Notes for the recruiter call.',
    '',
    '## Leadership', // 17
    '',
    '**Conflict:**', // 19
    '',
    '- When did you disagree with a decision and commit anyway?', // 21
    '  - What was the outcome?',
    '    Reply under a follow-up.',
    '',
    '## Notes',
    '',
    '- What would your peers say about you?', // 27
    '---',
    '- Describe a project you rescued?', // 29
  ]);

  it('takes top-level items that read as questions, with nested follow-ups and cues', () => {
    const x = note();
    expect(x.set).toBeNull();
    expect(x.questions.map((q) => [q.line, q.text, q.followUps, q.cues])).toEqual([
      [7, 'Tell me about a time you took on something outside your role?', ['How did your manager react?', 'What would you change?'], []],
      [11, 'How do you decide what to drop?', [], ['Said I cut the weekly report first.', 'ask about their on-call', 'Notes for the recruiter call.']],
      [21, 'When did you disagree with a decision and commit anyway?', ['What was the outcome?'], []],
      [27, 'What would your peers say about you?', [], []],
      [29, 'Describe a project you rescued?', [], []],
    ]);
  });

  it('maps by the Main: heading, or by a heading and label that become categories', () => {
    const x = note();
    expect(x.questions[0].refs).toEqual([section('Ownership', 'primary', 5)]);
    expect(x.questions[2].refs).toEqual([
      { kind: 'name', text: 'Leadership', role: 'auto', source: 'heading', line: 17, soft: true, category: true },
      { kind: 'name', text: 'Conflict', role: 'auto', source: 'label', line: 19, soft: true, category: true },
    ]);
    expect(x.questions[3].refs).toEqual([]);
  });

  it('takes a question that ends with the tags or principle links mapping it', () => {
    const x = extract('Bank.md', ['#questions', '', '- Why did you own it? #lp/ownership', '- Why did you cut scope? [[Acme#Frugality]]', '- Cut the scope #lp/ownership']);
    // (The index drops a question's trailing tags from the text it shows, not extraction.)
    expect(x.questions.map((q) => [q.line, q.text])).toEqual([
      [3, 'Why did you own it? #lp/ownership'],
      [4, 'Why did you cut scope?'],
    ]);
    expect(x.questions[0].refs).toEqual([tagRef('lp/ownership', 3)]);
    expect(x.questions[1].refs.map((r) => [r.kind, r.text, r.heading])).toEqual([['link', 'Acme', 'Frugality']]);
  });
});

describe('story notes', () => {
  it('reads parts under headings, and principles from frontmatter, tags and links with their lines', () => {
    const x = extract(
      'Stories/Refund queue.md',
      [
        '# The refund queue', // 7
        '',
        '## Situation', // 9
        'Refund tickets waited two weeks. See [[Support metrics]].',
        '',
        '## Task', // 12
        'Bring the wait under two days.',
        '',
        '## Action taken', // 15
        'I wrote a triage script #tooling',
        'and trained two colleagues.',
        '',
        '### Details',
        'A nested heading stays in the action.',
        '',
        '## Result and impact', // 22
        'The wait fell to a day.',
        '',
        '## Notes',
        'Not a part.',
      ],
      {
        bodyLine: 6,
        fm: { tags: ['story', 'lp/ownership'], principles: ['[[Globex Principles#Customer Focus]]', 'Frugality'], 'secondary-principles': 'Ownership' },
        fmText: 'tags: [story, lp/ownership]\nprinciples:\n  - "[[Globex Principles#Customer Focus]]"\n  - Frugality\nsecondary-principles: Ownership',
      },
    );
    expect(x.questions).toEqual([]);
    expect(x.stories).toEqual([
      {
        title: 'The refund queue',
        line: 1,
        endLine: 26,
        kind: 'note',
        parts: [
          { key: 'S', line: 9, text: 'Refund tickets waited two weeks. See [[Support metrics]].' },
          { key: 'T', line: 12, text: 'Bring the wait under two days.' },
          { key: 'A', line: 15, text: 'I wrote a triage script #tooling\nand trained two colleagues.\n\nA nested heading stays in the action.' },
          { key: 'R', line: 22, text: 'The wait fell to a day.' },
        ],
        refs: [
          { kind: 'link', text: 'Globex Principles', heading: 'Customer Focus', role: 'primary', source: 'frontmatter', line: 4, soft: false },
          { kind: 'list', text: 'Frugality', role: 'primary', source: 'frontmatter', line: 5, soft: false },
          { kind: 'list', text: 'Ownership', role: 'secondary', source: 'frontmatter', line: 6, soft: false },
          tagRef('story', 1),
          tagRef('lp/ownership', 1),
          { kind: 'link', text: 'Support metrics', heading: null, role: 'auto', source: 'link', line: 10, soft: true },
          tagRef('tooling', 16),
        ],
      },
    ]);
  });

  it('points frontmatter refs at the key line when the items cannot be matched one for one, and at line 1 without the YAML text', () => {
    const fm = { tags: 'story', principles: ['Frugality', '[[Globex]]', '![[Globex#Customer Focus|CF]]'] };
    const body = ['## S', 'Late invoices.', '## R', 'Paid on time.'];
    const refs = (x: NoteExtract) => x.stories[0].refs.filter((r) => r.source === 'frontmatter').map((r) => [r.kind, r.text, r.heading, r.line]);
    expect(refs(extract('S.md', body, { fm, fmText: 'tags: story\nprinciples: [Frugality, "[[Globex]]", "![[Globex#Customer Focus|CF]]"]' }))).toEqual([
      ['list', 'Frugality', undefined, 3],
      ['link', 'Globex', null, 3],
      ['link', 'Globex', 'Customer Focus', 3],
    ]);
    expect(refs(extract('S.md', body, { fm }))).toEqual([
      ['list', 'Frugality', undefined, 1],
      ['link', 'Globex', null, 1],
      ['link', 'Globex', 'Customer Focus', 1],
    ]);
  });

  it('reads bold labels (short or long) with `type: story`, keeps the first of a repeated part and orders parts S T A R L', () => {
    const x = extract(
      'Notes/Pricing.md',
      [
        '**L:** Ask customers sooner.',
        '**S:** Our plans confused buyers.',
        '**Task:** Simplify them in a quarter.',
        '**A:** I cut five tiers to two',
        'and ran a test with ten customers.',
        '',
        '**Result:** Conversion rose by a fifth.',
        '**S:** A second situation is ignored.',
      ],
      { fm: { type: 'Story' } },
    );
    expect(x.indexed).toBe(true);
    expect(x.stories).toEqual([
      {
        title: 'Pricing',
        line: 1,
        endLine: 8,
        kind: 'note',
        parts: [
          { key: 'S', line: 2, text: 'Our plans confused buyers.' },
          { key: 'T', line: 3, text: 'Simplify them in a quarter.' },
          { key: 'A', line: 4, text: 'I cut five tiers to two\nand ran a test with ten customers.' },
          { key: 'R', line: 7, text: 'Conversion rose by a fifth.' },
          { key: 'L', line: 1, text: 'Ask customers sooner.' },
        ],
        refs: [],
      },
    ]);
  });

  it('takes the title from frontmatter, then the first H1 (as shown), then the file name', () => {
    const body = ['# The **big** launch', '## S', 'It slipped.', '## R', 'It shipped.'];
    expect(extract('Stories/L.md', body, { fm: { title: 'Launch day' } }).stories[0].title).toBe('Launch day');
    expect(extract('Stories/L.md', body).stories[0].title).toBe('The big launch');
    expect(extract('Stories/L.md', body.slice(1)).stories[0].title).toBe('L');
  });

  it('is a draft when its parts hold only comments', () => {
    const x = extract('Stories/Draft.md', ['# Vendor outage', '', '## S', '%% what happened %%', '', '## T', '<!-- the goal -->', '', '## A', '', '## R']);
    expect(x.stories).toEqual([{ title: 'Vendor outage', line: 1, endLine: 11, kind: 'draft', parts: [], refs: [] }]);
  });

  it('reads a CRLF note with broken YAML by its raw tags line, its synonyms and its folder', () => {
    const body = '# Late launch\r\n\r\n## Context\r\nThe launch slipped twice.\r\n\r\n## Goal\r\nShip by March.\r\n\r\n## Outcome\r\nWe shipped in February.\r\n\r\n## Lessons learned\r\nPlan the buffer.\r\n';
    const x = extract('Stories/Late launch.md', body, { bodyLine: 3, fmText: 'tags: [story, lp/deliver-results\r\ntitle: x\r', error: 'unexpected end of the stream\nat line 2' });
    expect(x.tags).toEqual(['story', 'lp/deliver-results']);
    expect(x.warnings).toEqual([
      {
        code: 'invalid-frontmatter',
        severity: 'error',
        path: 'Stories/Late launch.md',
        line: 1,
        message: 'Frontmatter is not valid YAML (unexpected end of the stream); the rest of the note is still read.',
      },
    ]);
    expect(x.stories).toEqual([
      {
        title: 'Late launch',
        line: 1,
        endLine: 17,
        kind: 'note',
        parts: [
          { key: 'S', line: 6, text: 'The launch slipped twice.' },
          { key: 'T', line: 9, text: 'Ship by March.' },
          { key: 'R', line: 12, text: 'We shipped in February.' },
          { key: 'L', line: 15, text: 'Plan the buffer.' },
        ],
        refs: [tagRef('story', 1), tagRef('lp/deliver-results', 1)],
      },
    ]);
  });

  it('is a story by part headings alone in a story folder or with broken YAML, not elsewhere', () => {
    const body = ['## Situation', 'The build broke nightly.', '## Result', 'Green for a month.'];
    expect(extract('Stories/Build.md', body).stories.map((s) => s.kind)).toEqual(['note']);
    expect(extract('Work/Build.md', body, { error: 'bad indentation', fmText: 'title: [' }).stories.map((s) => s.kind)).toEqual(['note']);
    expect(extract('Work/Build.md', body).indexed).toBe(false);
    expect(extract('Stories/Build.md', body.slice(0, 2)).stories).toEqual([]);
  });

  it('follows a custom story tag, in frontmatter `type` too', () => {
    const body = ['**S:** A.', '**R:** B.'];
    const settings = { storyTag: 'Star' };
    expect(extract('N.md', body, { fm: { type: 'star' }, settings }).stories.map((s) => s.kind)).toEqual(['note']);
    expect(extract('N.md', body, { fm: { tags: 'star' }, settings }).stories.map((s) => s.kind)).toEqual(['note']);
    expect(extract('N.md', body, { fm: { type: 'story' }, settings }).stories.map((s) => s.kind)).toEqual(['note']);
    expect(extract('N.md', body, { fm: { type: 'journal' }, settings }).indexed).toBe(false);
  });

  it('a note tagged as both set and story is a set', () => {
    const x = extract('Both.md', ['#principles #story', '# Both', '### Grit', 'Keep going.', '## S', 'x', '## R', 'y']);
    expect(x.set?.principles.map((p) => p.name)).toEqual(['Grit']);
    expect(x.stories.map((s) => s.kind)).toEqual([]);
  });
});

describe('a single-principle note', () => {
  const body = ['#principle/initech #mentoring', '', '# Grow others', '', 'Teach what you know and hire people better than you.', 'Coach weekly.', '', 'More text after.'];

  it('is one principle, named by its title, described by its first paragraph, set by its nested tag', () => {
    const x = extract('Sets/Grow others.md', body, { fm: { aliases: ['Develop people', ' Coaching '] } });
    expect(x.set).toBeNull();
    expect(x.principleNote).toEqual({
      setName: 'initech',
      principle: { name: 'Grow others', line: 1, description: 'Teach what you know and hire people better than you. Coach weekly.', aliases: ['Develop people', 'Coaching'] },
    });
  });

  it('takes frontmatter title, alias and company first', () => {
    const x = extract('Sets/Grow others.md', body, { fm: { title: 'Hire and **develop**', alias: 'Coach', company: 'Initech Corp' } });
    expect(x.principleNote).toEqual({
      setName: 'Initech Corp',
      principle: { name: 'Hire and develop', line: 1, description: 'Teach what you know and hire people better than you. Coach weekly.', aliases: ['Coach'] },
    });
  });

  it('belongs to the first other tag, else to "general"', () => {
    expect(extract('Grow.md', ['#principle #acme', '', 'Just a line.']).principleNote?.setName).toBe('acme');
    expect(extract('Grow.md', ['#principle #lp/grit', '', 'Just a line.']).principleNote).toEqual({
      setName: 'general',
      principle: { name: 'Grow', line: 1, description: 'Just a line.', aliases: [] },
    });
  });
});

describe('notes that are not indexed', () => {
  const empty = (path: string, basename: string) => ({ path, basename, indexed: false, tags: [], set: null, principleNote: null, questions: [], stories: [], warnings: [] });

  it('skips a journal that only mentions tags in passing', () => {
    expect(extract('Journal/Day.md', ['plain journal entry about #stories and #principlesx and a#story', '`#story` in code'])).toEqual(empty('Journal/Day.md', 'Day'));
    expect(extract('Journal/Day.md', ['```', '#story', '```'])).toEqual(empty('Journal/Day.md', 'Day'));
  });

  it('skips an excluded folder but still reports broken YAML there', () => {
    const settings = { excludedFolders: ['/Archive/'] };
    expect(extract('Archive/Old.md', ['#story', '**S:** a', '**R:** b'], { settings })).toEqual(empty('Archive/Old.md', 'Old'));
    expect(extract('Archive/Old.md', ['#story'], { settings, error: 'bad' }).warnings.map((w) => w.code)).toEqual(['invalid-frontmatter']);
    expect(extract('Archived/Old.md', ['#story', '**S:** a', '**R:** b'], { settings }).stories).toHaveLength(1);
  });

  it('keeps a note in a story folder without parts, indexed with what its lines hold', () => {
    const x = extract('Stories/Loose.md', ['No part headings here.', '', '**S:** A single label is not a story.']);
    expect(x.indexed).toBe(true);
    expect(x.stories).toEqual([]);
    expect(x.basename).toBe('Loose');
  });

  it('reads a rule tag only in frontmatter', () => {
    expect(extract('Q.md', ['- Why this team?'], { fm: { tags: ['Questions'] } }).questions.map((q) => q.text)).toEqual(['Why this team?']);
    expect(extract('Q.md', ['- Why this team?'], { fm: { tags: ['questions-old'] } }).indexed).toBe(false);
  });
});

describe('rule tags and names as users set them', () => {
  it('matches custom rule tags written in capitals, and never names a set after one', () => {
    const settings = { setTag: 'Sets', questionTag: 'Bank' };
    const x = extract('Acme.MD', ['#sets #Bank #acme', '# Acme', '## Grit'], { settings });
    expect([x.basename, x.set?.name, x.tags]).toEqual(['Acme', 'acme', ['sets', 'bank', 'acme']]);
    expect(extract('Acme.md', ['#sets/globex', '# Acme', '## Grit'], { settings }).set?.name).toBe('globex');
  });

  it('lists a tag once however often the note repeats it', () => {
    expect(extract('Stories/R.md', ['## S', 'a #ops', '## R', 'b #ops'], { fm: { tags: 'story' } }).tags).toEqual(['story', 'ops']);
  });

  it('reads tags from the parsed YAML when it parses, not from the raw line (a comment is no tag)', () => {
    const x = extract('Stories/R.md', ['## S', 'a', '## R', 'b'], { fm: { tags: ['story', 'lp/ownership'] }, fmText: 'tags: [story, lp/ownership] # from the template' });
    expect(x.tags).toEqual(['story', 'lp/ownership']);
    expect(x).not.toHaveProperty('created');
  });

  it('trims the names inside a frontmatter link', () => {
    const x = extract('Stories/R.md', ['## S', 'a', '## R', 'b'], { fm: { tags: 'story', principles: ['[[ Globex # Grit ]]'] }, fmText: 'tags: story\nprinciples:\n  - "[[ Globex # Grit ]]"' });
    expect(x.stories[0].refs[0]).toEqual({ kind: 'link', text: 'Globex', heading: 'Grit', role: 'primary', source: 'frontmatter', line: 4, soft: false });
  });

  it('takes bold items as questions only in a set note, never a labelled item', () => {
    expect(extract('Bank.md', ['#questions', '- **Book the room**', '- **Why this team?**', '1. **Pricing:** why so high?']).questions.map((q) => q.text)).toEqual(['Why this team?']);
    expect(extract('Set.md', ['#principles', '1. **Pricing:** why so high?', '2. **Tell me about a price.**']).questions.map((q) => q.text)).toEqual(['Tell me about a price.']);
  });

  it('drops an inline run of labels that holds only comments', () => {
    expect(extract('N.md', ['#questions', '**S:** %% later %%', '**R:** <!-- later -->']).stories).toEqual([]);
  });

  it('gives a story note no questions, even one tagged as a question bank too', () => {
    const x = extract('N.md', ['#story #questions', '- Why did it work?', '## S', 'a', '## R', 'b']);
    expect(x.questions).toEqual([]);
    expect(x.stories.map((s) => s.kind)).toEqual(['note']);
  });

  it('makes a note tagged both #principles and #principle a set only', () => {
    const x = extract('N.md', ['#principles #principle', '# N', '## Grit']);
    expect(x.principleNote).toBeNull();
    expect(x.set?.principles.map((p) => p.name)).toEqual(['Grit']);
  });

  it('describes a single principle by its first plain paragraph, after a bold line, in the frontmatter set', () => {
    expect(extract('G.md', ['#principle', '**Bold intro**', 'The paragraph.'], { fm: { set: 'Initech' } }).principleNote).toEqual({
      setName: 'Initech',
      principle: { name: 'G', line: 1, description: 'The paragraph.', aliases: [] },
    });
  });
});
