import { VaultIndex } from '../../../src/core/index/vault-index';
import type { IndexSnapshot, IndexWarning } from '../../../src/core/model';
import { fixture, note } from '../helpers';

const SET = fixture('Acme Principles.md', 'Acme Principles.md');

function indexOf(...notes: ReturnType<typeof note>[]): IndexSnapshot {
  const index = new VaultIndex();
  index.upsert(SET);
  for (const n of notes) index.upsert(n);
  return index.snapshot();
}

const roles = (s: { principles: { id: string; role: string; source: string }[] }) =>
  s.principles.map((p) => `${p.id}:${p.role}:${p.source}`);

describe('story notes', () => {
  it('reads frontmatter principles (names, links, comma string) and STAR headings', () => {
    const snap = indexOf(
      note(
        'Stories/Checkout rescue.md',
        '# Checkout rescue\n\n## Situation\nMobile shoppers left at the address step.\n\n## Task\nFix it before the peak.\n\n## Action\nI shipped autofill.\n\n## Result\nCompletion rose 17%.\n',
        {
          tags: ['story'],
          principles: ['[[Acme Principles#Customer Obsession]]', 'Bias for Action'],
          'secondary-principles': 'Ownership, Are Right, A Lot',
        },
        5,
      ),
    );
    const story = snap.stories.find((s) => s.kind === 'note');
    expect(story?.title).toBe('Checkout rescue');
    expect(story?.parts).toEqual(['S', 'T', 'A', 'R']);
    expect(story?.partText.A).toEqual({ key: 'A', line: 14, text: 'I shipped autofill.' });
    expect(roles(story!)).toEqual([
      'acme/customer-obsession:primary:frontmatter',
      'acme/bias-for-action:primary:frontmatter',
      'acme/ownership:secondary:frontmatter',
      'acme/are-right-a-lot:secondary:frontmatter',
    ]);
  });

  it('reads bold labels, #lp/ tags and body links; type: story works without the tag', () => {
    const snap = indexOf(
      note(
        'Stories/Vendor.md',
        'Filed under #lp/deliver-results and #lp/ownership.\n\n**Situation:** A vendor failed.\n**Task:** Restore service.\n**Action:** I rolled back, see [[Acme Principles#Bias for Action|speed]].\n**Result:** Zero outages in 14 months.\n**Learning:** Write the rules first.\n',
        { type: 'story', title: 'Vendor rollback' },
        3,
      ),
    );
    const story = snap.stories.find((s) => s.kind === 'note')!;
    expect(story.title).toBe('Vendor rollback');
    expect(story.parts).toEqual(['S', 'T', 'A', 'R', 'L']);
    expect(roles(story)).toEqual([
      'acme/deliver-results:primary:tag',
      'acme/ownership:primary:tag',
      'acme/bias-for-action:primary:link',
    ]);
  });

  it('warns about a misspelled principle with a did-you-mean suggestion', () => {
    const snap = indexOf(note('Stories/Typo.md', '**S:** x\n**T:** y\n', { tags: 'story', principles: ['Customer Obession'] }, 4));
    expect(withoutReadings(snap.warnings)).toEqual([
      {
        code: 'unknown-principle',
        severity: 'warning',
        path: 'Stories/Typo.md',
        line: 1,
        message: 'Unknown principle "Customer Obession". Did you mean "Customer Obsession"?',
        suggestion: 'Customer Obsession',
      },
    ]);
    expect(snap.stories.find((s) => s.path === 'Stories/Typo.md')?.principles).toEqual([]);
  });

  it('uses the file name as title and indexes notes in story folders without a tag', () => {
    const index = new VaultIndex({ storyFolders: ['STAR'] });
    index.upsert(note('STAR/Pilot pivot.md', '## S\nPilots stalled.\n## A\nI interviewed users.\n'));
    index.upsert(note('Elsewhere/Pilot.md', '## S\nPilots stalled.\n## A\nI interviewed users.\n'));
    const snap = index.snapshot();
    expect(snap.stories.map((s) => [s.title, s.path, s.kind])).toEqual([['Pilot pivot', 'STAR/Pilot pivot.md', 'note']]);
  });

  it('matches story and excluded folders by whole folder names, however the setting is slashed', () => {
    const star = '## S\nPilots stalled.\n## A\nI interviewed users.\n';
    const index = new VaultIndex({ storyFolders: ['/Work/STAR/', '', 'Other'], excludedFolders: ['Work/STAR/Old/', '/'] });
    for (const path of ['Work/STAR/One.MD', 'Work/STAR/Deep/Two.md', 'Work/STAR', 'Work/STARS/Three.md', 'Work/STAR/Old/Four.md', 'Work/Five.md', 'Other/md', 'Other/x.md.md'])
      index.upsert(note(path, star));
    // A tagged story in an excluded folder is left out as well.
    index.upsert(note('Work/STAR/Old/Tagged.md', '#story\n' + star));
    expect(index.snapshot().stories.map((s) => [s.path, s.title]).sort()).toEqual([
      ['Other/md', 'md'],
      ['Other/x.md.md', 'x.md'],
      ['Work/STAR', 'STAR'],
      ['Work/STAR/Deep/Two.md', 'Two'],
      ['Work/STAR/One.MD', 'One'],
    ]);
  });

  it('takes a note whose type is story (any case) as a story, wherever it is', () => {
    const index = new VaultIndex();
    index.upsert(note('Notes/Typed.md', '## S\nPilots stalled.\n## A\nI interviewed users.\n', { type: 'Story' }));
    index.upsert(note('Notes/Other.md', '## S\nPilots stalled.\n## A\nI interviewed users.\n', { type: 'journal' }));
    expect(index.snapshot().stories.map((s) => s.path)).toEqual(['Notes/Typed.md']);
  });
});

describe('question notes', () => {
  const body = [
    '#questions #acme',
    '',
    '## Customer Obsession',
    '',
    '- Tell me about a time you changed a plan because of a customer.',
    '    - What did the customer say?',
    '    - What did it cost?',
    '- A reminder that is not a question',
    '',
    '## Warm-up',
    '',
    '**Pricing:**',
    '- How would you price a new tier?',
    '- Why did you leave your last job?',
    '',
    '**Ownership:**',
    '- Describe a problem you fixed that was not yours. #lp/bias-for-action',
    '- Walk me through a decision about [[Acme Principles#Deliver Results]].',
  ].join('\n');
  // Indexed in each test, not once for the describe block: a mutation run attributes work done
  // outside a test to no test, and then runs every test against every mutant.
  let qs: IndexSnapshot['questions'];
  beforeEach(() => {
    qs = indexOf(note('Banks/General.md', body)).questions.filter((q) => q.path === 'Banks/General.md');
  });

  it('takes top-level items that read as questions, nested items as follow-ups', () => {
    expect(qs.map((q) => q.line)).toEqual([5, 13, 14, 17, 18]);
    expect(qs[0].followUps).toEqual(['What did the customer say?', 'What did it cost?']);
  });

  it('maps by a heading or label naming a principle, else uses the label as category', () => {
    expect(roles(qs[0])).toEqual(['acme/customer-obsession:primary:heading']);
    expect(qs[1].category).toBe('Pricing');
    expect(qs[1].principles).toEqual([]);
    expect(qs[1].set).toBe('acme');
    expect(roles(qs[3])).toEqual(['acme/ownership:primary:label', 'acme/bias-for-action:secondary:tag']);
    expect(roles(qs[4])).toEqual(['acme/ownership:primary:label', 'acme/deliver-results:secondary:link']);
    expect(qs[4].text).toBe('Walk me through a decision about Deliver Results.');
  });
});

describe('label scope', () => {
  it('a bold label applies until the next heading of any level, or the next label', () => {
    const body = [
      '#questions #acme',
      '**Icebreakers:**',
      '- How do you explain your job to a friend?',
      '## Bias for Action',
      '- When did you decide with half the facts?',
      '**Pricing:**',
      '- How did you set a price nobody agreed on?',
      '### Follow-through',
      '- What did you ship the week after a launch?',
      '## Closing',
      '- What would you ask us?',
    ].join('\n');
    const qs = indexOf(note('Banks/Scoped.md', body)).questions.filter((q) => q.path === 'Banks/Scoped.md');
    expect(qs.map((q) => [q.text.slice(0, 12), q.category, roles(q)])).toEqual([
      ['How do you e', 'Icebreakers', []],
      ['When did you', null, ['acme/bias-for-action:primary:heading']],
      ['How did you ', 'Pricing', ['acme/bias-for-action:primary:heading']],
      // a deeper heading ends the label but keeps its parent heading's principle
      ['What did you', 'Follow-through', ['acme/bias-for-action:primary:heading']],
      ['What would y', 'Closing', []],
    ]);
  });
});

describe('principle notes and ambiguity', () => {
  const globex = note('Globex/Ownership.md', 'Own the outcome, not just the task.\n', { tags: ['principle', 'globex'], aliases: ['Owner mindset'] });

  it('a #principle note is one principle of the set named by its other tag', () => {
    const snap = indexOf(globex);
    const p = snap.principles.find((x) => x.set === 'globex');
    expect(p).toEqual({
      id: 'globex/ownership',
      name: 'Ownership',
      set: 'globex',
      path: 'Globex/Ownership.md',
      line: 1,
      description: 'Own the outcome, not just the task.',
      aliases: ['Owner mindset'],
      principleNote: true,
    });
  });

  it('a name in two sets resolves to the set the note is tagged with, else is ambiguous', () => {
    const snap = indexOf(
      globex,
      note('S/Tagged.md', '#story #globex\n**S:** a\n**T:** b\n', { principles: ['Ownership', 'Owner mindset'] }, 3),
      note('S/Untagged.md', '#story\n**S:** a\n**T:** b\n', { principles: ['Ownership'] }, 3),
    );
    expect(snap.stories.find((s) => s.path === 'S/Tagged.md')?.principles.map((p) => p.id)).toEqual(['globex/ownership']);
    expect(snap.stories.find((s) => s.path === 'S/Untagged.md')?.principles).toEqual([]);
    expect(withoutReadings(snap.warnings).map((w) => [w.code, w.path])).toEqual([['ambiguous-principle', 'S/Untagged.md']]);
  });
});

describe('robustness', () => {
  it('reads CRLF notes exactly like LF notes', () => {
    const lf = SET.body;
    const crlf = { ...SET, body: lf.replace(/\n/g, '\r\n') };
    const a = new VaultIndex();
    a.upsert(SET);
    const b = new VaultIndex();
    b.upsert(crlf);
    expect(b.snapshot()).toEqual(a.snapshot());
  });

  it('reports broken frontmatter and still indexes that note and the rest', () => {
    const snap = indexOf({ path: 'Broken.md', frontmatter: null, frontmatterError: 'bad indentation at line 2', body: '#story\n**S:** a\n**T:** b\n', bodyLine: 4 });
    expect(withoutReadings(snap.warnings)).toEqual([
      expect.objectContaining({ code: 'invalid-frontmatter', severity: 'error', path: 'Broken.md', line: 1 }),
    ]);
    expect(snap.stories.some((s) => s.path === 'Broken.md')).toBe(true);
    expect(snap.principles).toHaveLength(6);
  });

  it('ignores tags and STAR labels inside code fences', () => {
    const snap = indexOf(note('Code.md', '```\n#story\n**S:** a\n**T:** b\n```\n'));
    expect(snap.stories).toHaveLength(3);
  });

  it('treats #1 as text, not a tag, and tags in URLs as text', () => {
    const snap = indexOf(note('Url.md', 'see https://x.test/#story and #1\n**S:** a\n**T:** b\n'));
    expect(snap.stories.some((s) => s.path === 'Url.md')).toBe(false);
  });
});

/** The set fixture's `Main: Bias for Action` also draws a read-elsewhere warning (tests/core/index/read-elsewhere.test.ts). */
function withoutReadings(warnings: IndexWarning[]): IndexWarning[] {
  return warnings.filter((w) => w.code !== 'read-elsewhere');
}
