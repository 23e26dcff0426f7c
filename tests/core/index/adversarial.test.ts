// Notes built to freeze an index (huge comma lists, thousands of unknown names, a megabyte of
// `[[`) index completely and correctly: every known name is mapped, the first unknown names are
// listed with their suggestions and the rest counted in one warning. Their speed is in the bench.
import { VaultIndex } from '../../../src/core/index/vault-index';
import { UNKNOWN_NAMES_LISTED } from '../../../src/core/index/resolve';
import type { IndexSnapshot } from '../../../src/core/model';
import { fixture, note } from '../helpers';

function indexOf(...notes: ReturnType<typeof note>[]): IndexSnapshot {
  const index = new VaultIndex();
  index.upsert(fixture('Acme Principles.md'));
  for (const n of notes) index.upsert(n);
  return index.snapshot();
}

const STAR = '## Situation\nThe release train had stalled for a month.\n\n## Action\nI split the pipeline.\n\n## Result\nWe shipped weekly again.\n';
const unknownIn = (snap: IndexSnapshot, path: string) => snap.warnings.filter((w) => w.path === path && w.code === 'unknown-principle');

describe('adversarial notes', () => {
  it('a 5,000-name comma list maps its known names, names with commas included, and counts the unknown ones', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `Made Up Principle ${i}`);
    names[10] = 'Ownership';
    names[2500] = 'Are Right, A Lot';
    names[4999] = 'Custmer Obsesion';
    const snap = indexOf(note('Stories/Release train.md', `# Release train\n\n${STAR}`, { tags: ['story'], principles: names.join(', ') }, 4));
    const story = snap.stories.find((s) => s.path === 'Stories/Release train.md');
    expect(story?.principles.map((p) => p.id)).toEqual(['acme/ownership', 'acme/are-right-a-lot']);
    const warnings = unknownIn(snap, 'Stories/Release train.md');
    expect(warnings).toHaveLength(UNKNOWN_NAMES_LISTED + 1);
    expect(warnings[0].message).toBe('Unknown principle "Made Up Principle 0".');
    // 4,998 unknown names (the typo among them): 20 listed, the rest counted.
    expect(warnings[UNKNOWN_NAMES_LISTED].message).toBe(`${4998 - UNKNOWN_NAMES_LISTED} more unknown principle names in this note (only the first ${UNKNOWN_NAMES_LISTED} are listed).`);
  });

  it('10,000 unknown names, one per list item: the first ones listed with "did you mean", one warning for the rest', () => {
    const items = Array.from({ length: 10000 }, (_, i) => (i % 2 === 0 ? 'Ownrship' : `Unheard Of ${i}`));
    const snap = indexOf(note('Stories/Many.md', `# Many\n\n${STAR}`, { tags: ['story'], principles: items }, 10003));
    const warnings = unknownIn(snap, 'Stories/Many.md');
    expect(warnings).toHaveLength(UNKNOWN_NAMES_LISTED + 1);
    expect(warnings[0]).toMatchObject({ message: 'Unknown principle "Ownrship". Did you mean "Ownership"?', suggestion: 'Ownership' });
    expect(warnings[1].message).toBe('Unknown principle "Unheard Of 1".');
    expect(warnings[UNKNOWN_NAMES_LISTED].message).toMatch(/^\d+ more unknown principle names in this note/);
    expect(snap.stories.find((s) => s.path === 'Stories/Many.md')?.principles).toEqual([]);
  });

  it('a 1,000-name Sub line maps the question to its known names', () => {
    const subs = Array.from({ length: 1000 }, (_, i) => (i === 500 ? 'Bias for Action' : `Invented Value ${i}`));
    const body = `#questions\n\n## Ownership\n**Sub: ${subs.join(', ')}**\n- Tell me about a time you owned an outage end to end?\n`;
    const snap = indexOf(note('Questions.md', body));
    const q = snap.questions.find((x) => x.path === 'Questions.md');
    expect(q?.principles.map((p) => `${p.id}:${p.role}`)).toEqual(['acme/bias-for-action:secondary', 'acme/ownership:primary']);
    expect(unknownIn(snap, 'Questions.md')).toHaveLength(UNKNOWN_NAMES_LISTED + 1);
  });

  it('a megabyte of `[[` in a story keeps the story, its parts and its links after it', () => {
    const body = `#story\n# Stuck brackets\n\n## Situation\n${'[['.repeat(500_000)}\n\n## Action\nI wrote it down in [[Acme Principles#Ownership]].\n\n## Result\nDone.\n`;
    const snap = indexOf(note('Stories/Brackets.md', body));
    const story = snap.stories.find((s) => s.path === 'Stories/Brackets.md');
    expect(story?.parts).toEqual(['S', 'A', 'R']);
    expect(story?.principles.map((p) => p.id)).toEqual(['acme/ownership']);
  });

  it('repeats of one typo on one line give one warning', () => {
    const snap = indexOf(note('Stories/Typos.md', `# Typos\n\n${STAR}`, { tags: ['story'], principles: Array(3000).fill('Ownrship').join(', ') }, 3));
    expect(unknownIn(snap, 'Stories/Typos.md').map((w) => w.message)).toEqual(['Unknown principle "Ownrship". Did you mean "Ownership"?']);
  });
});
