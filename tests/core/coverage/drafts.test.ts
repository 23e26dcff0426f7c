// Issue 15 item 2: a fresh template is a draft, not a finished story. Comments (`%% … %%`,
// `<!-- … -->`) never count as text, a part with no text of its own is missing, and a story with
// no written part is a draft: listed, but never counted for coverage or loop readiness.
import { storyNoteText } from '../../../src/core/authoring/story-template';
import { computeCoverage } from '../../../src/core/coverage/coverage';
import { storiesFor } from '../../../src/core/drill/stories';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { toNoteRecord } from '../../../src/cli/note-record';

const SET = toNoteRecord('Acme Principles.md', '#principles #acme\n\n# Acme Principles\n\n### Ownership\nAct for the whole company.\n\n### Deliver Results\nShip what matters.\n');

function indexed(...notes: [string, string][]) {
  const index = new VaultIndex();
  index.upsert(SET);
  for (const [path, text] of notes) index.upsert(toNoteRecord(path, text));
  return index.snapshot();
}

const TEMPLATE = storyNoteText({
  title: 'Pager rotation',
  storyTag: 'story',
  principles: ['[[Acme Principles#Ownership]]'],
  now: new Date(2026, 0, 5),
});

describe('drafts', () => {
  it('a fresh New story template is a draft: no parts, not counted, the gap stays a gap', () => {
    const snap = indexed(['Stories/Pager rotation.md', TEMPLATE]);
    const story = snap.stories.find((s) => s.path === 'Stories/Pager rotation.md')!;
    expect(story.kind).toBe('draft');
    expect(story.parts).toEqual([]);
    const report = computeCoverage(snap, 'acme');
    const ownership = report.principles.find((p) => p.principle.id === 'acme/ownership')!;
    expect(ownership.count).toBe(0);
    expect(ownership.status).toBe('gap');
    expect(report.loop.filled).toBe(0);
    // Shown, marked as a draft.
    const row = report.stories.find((s) => s.story.id === story.id)!;
    expect(row.draft).toBe(true);
    expect(row.primary).toEqual(['acme/ownership']);
    expect(report.drafts).toBe(1);
    // Not offered as one of "my stories" in a drill.
    expect(storiesFor(snap, ['acme/ownership'])).toEqual([]);
  });

  it('comments never count as words, and a part holding only a comment is missing', () => {
    const text = [
      '---',
      'tags: [story]',
      'principles: [Ownership]',
      '---',
      '# Pager rotation',
      '',
      '## Situation',
      'Our on-call rota burned out two engineers in one quarter. %% check the dates %%',
      '',
      '## Task',
      '<!-- what was mine? -->',
      '',
      '## Action',
      'I wrote a runbook and split the rota.',
      '%%',
      'A prompt over',
      'several lines.',
      '%%',
      '',
      '## Result',
      'Pages after midnight fell by half.',
    ].join('\n');
    const snap = indexed(['Stories/Pager.md', text]);
    const story = snap.stories[0];
    expect(story.kind).toBe('note');
    expect(story.parts).toEqual(['S', 'A', 'R']);
    expect(story.partText.S?.text).toBe('Our on-call rota burned out two engineers in one quarter.');
    expect(story.partText.A?.text).toBe('I wrote a runbook and split the rota.');
    const report = computeCoverage(snap, 'acme');
    const row = report.stories[0];
    expect(row.draft).toBe(false);
    expect(row.health.missingParts).toEqual(['T']);
    expect(row.health.partWords.A).toBe(8);
    expect(report.principles.find((p) => p.principle.id === 'acme/ownership')?.count).toBe(1);
  });

  it('once a part is written the template stops being a draft and counts', () => {
    const written = TEMPLATE.replace('## Action\n', '## Action\nI rebuilt the rota with the team.\n');
    const snap = indexed(['Stories/Pager rotation.md', written]);
    expect(snap.stories[0].kind).toBe('note');
    expect(snap.stories[0].parts).toEqual(['A']);
    expect(computeCoverage(snap, 'acme').principles.find((p) => p.principle.id === 'acme/ownership')?.count).toBe(1);
  });

  it('an inline run of labels holding only comments is not a story', () => {
    const text = '#questions\n\n# Ideas\n\n**S:** %% where %%\n**T:** <!-- what -->\n**A:** %% how %%\n';
    expect(indexed(['Ideas.md', text]).stories).toEqual([]);
  });
});
