// Issue 15 item 5: the default set is the one from settings, else the one with the most stories
// and questions (ties: by name), never just the first in path order.
import fc from 'fast-check';
import { findSet, largestSet, pickSet } from '../../../src/core/coverage/pick-set';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { toNoteRecord } from '../../../src/cli/note-record';

const AMAZON = [
  '#principles #amazon',
  '# Amazon Leadership Principles',
  '',
  '### Ownership',
  'Think long term.',
  '',
  '### Deliver Results',
  'Ship on time.',
  '',
  '## Questions',
  '1. **Tell me about a time you took on something outside your role.** #lp/ownership',
  '',
].join('\n');
const GOOGLE = '#principles #google\n# Google Hiring Attributes\n\n### Googleyness\nComfort with ambiguity.\n\n### Leadership\nStep up.\n';
const story = (title: string, principle: string) =>
  `---\ntags: [story]\nprinciples: [${principle}]\n---\n# ${title}\n\n## Situation\nA release slipped.\n\n## Action\nI took it over.\n\n## Result\nWe shipped 2 days early.\n`;

function snapshotOf(files: Record<string, string>) {
  const index = new VaultIndex();
  for (const [path, text] of Object.entries(files)) index.upsert(toNoteRecord(path, text));
  return index.snapshot();
}

describe('pickSet', () => {
  // Google's note sorts first by path: the old rule showed it.
  const snap = snapshotOf({
    'Google Hiring Attributes.md': GOOGLE,
    'Interview/Amazon Leadership Principles.md': AMAZON,
    'Stories/Release.md': story('Release', 'Ownership'),
    'Stories/Pager.md': story('Pager', 'Deliver Results'),
  });

  it('takes the set with the most stories and questions when nothing is asked for', () => {
    expect(snap.sets.map((s) => s.id)).toEqual(['google', 'amazon']);
    expect(pickSet(snap)?.id).toBe('amazon');
    expect(pickSet(snap, null, '')?.id).toBe('amazon');
  });

  it('takes the first preference that names a set, by id or by name in any case or spacing', () => {
    expect(pickSet(snap, 'Google')?.id).toBe('google');
    expect(pickSet(snap, 'no-such-set', ' GOOGLE ')?.id).toBe('google');
    expect(pickSet(snap, 'nope')?.id).toBe('amazon');
    expect(findSet(snap.sets, 'Amazon')?.id).toBe('amazon');
    expect(findSet(snap.sets, '')).toBeNull();
  });

  it('breaks a tie by name and returns null for a vault without sets', () => {
    const tie = snapshotOf({ 'Zeta.md': '#principles #zeta\n# Zeta\n\n### One\nx\n', 'Alpha.md': '#principles #alpha\n# Alpha\n\n### One\nx\n' });
    expect(largestSet(tie)?.id).toBe('alpha');
    expect(pickSet(snapshotOf({}))).toBeNull();
  });

  it('counts stories that are written, not drafts, and questions of a set mapped to no principle', () => {
    const draft = '---\ntags: [story]\nprinciples: [Googleyness]\n---\n# Half an idea\n\n## Situation\n\n## Action\n';
    // Google has two drafts: Amazon's one question still makes it the larger set.
    const drafts = snapshotOf({ 'Google Hiring Attributes.md': GOOGLE, 'Interview/Amazon Leadership Principles.md': AMAZON, 'Stories/a.md': draft, 'Stories/b.md': draft });
    expect(drafts.stories.map((st) => st.kind)).toEqual(['draft', 'draft']);
    expect(largestSet(drafts)?.id).toBe('amazon');
    // Questions listed in the set note under no principle count for the set.
    const unmapped = GOOGLE + '\n## Questions\n1. **Tell me about a time you changed your mind.**\n2. **Describe a hard call.**\n';
    const snap = snapshotOf({ 'Google Hiring Attributes.md': unmapped, 'Interview/Amazon Leadership Principles.md': AMAZON });
    expect(snap.questions.filter((q) => q.set === 'google' && q.principles.length === 0)).toHaveLength(2);
    expect(largestSet(snap)?.id).toBe('google');
  });

  it('finds a set by its name or its id written any way, and an empty choice finds none', () => {
    const named = snapshotOf({ 'Amazon.md': '---\ntags: [principles]\nset: Amazon LP\n---\n# Amazon Leadership Principles\n\n### Ownership\nThink long term.\n', 'Google.md': GOOGLE });
    expect(named.sets.map((s) => [s.id, s.name])).toEqual([['amazon-lp', 'Amazon LP'], ['google', 'google']]);
    expect(findSet(named.sets, 'amazon lp')?.id).toBe('amazon-lp');
    expect(findSet(named.sets, 'AmazonLP')?.id).toBe('amazon-lp');
    expect(findSet(named.sets, 'amazon-lp')?.id).toBe('amazon-lp');
    expect(findSet(named.sets, 'Amazon Leadership Principles')).toBeNull();
    // A set whose name has no letters is not named by a choice with none either.
    const rocket = { id: 'rocket', name: '🚀', path: 'Rocket.md' };
    expect(findSet([rocket], 'Rocket')).toBe(rocket);
    expect(findSet([rocket], '!!')).toBeNull();
    expect(findSet([rocket], '')).toBeNull();
  });

  it('breaks a tie by name whichever note comes first', () => {
    const tie = snapshotOf({ 'Notes/1.md': '#principles #zeta\n# Zeta\n\n### One\nx\n', 'Notes/2.md': '#principles #alpha\n# Alpha\n\n### One\nx\n' });
    expect(tie.sets.map((s) => s.id)).toEqual(['zeta', 'alpha']);
    expect(largestSet(tie)?.id).toBe('alpha');
  });

  it('never loses to a set with fewer stories and questions, whatever the order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { minLength: 1, maxLength: 5 }), fc.array(fc.nat(5), { minLength: 1, maxLength: 5 }), (a, b) => {
        const files: Record<string, string> = { 'A set.md': '#principles #aset\n# A\n\n### Alpha\nx\n', 'B set.md': '#principles #bset\n# B\n\n### Beta\nx\n' };
        const na = a.reduce((x, y) => x + y, 0) % 6;
        const nb = b.reduce((x, y) => x + y, 0) % 6;
        for (let i = 0; i < na; i++) files[`Stories/a${i}.md`] = story(`A ${i}`, 'Alpha');
        for (let i = 0; i < nb; i++) files[`Stories/b${i}.md`] = story(`B ${i}`, 'Beta');
        const picked = pickSet(snapshotOf(files))?.id;
        expect(picked).toBe(nb > na ? 'bset' : 'aset');
      }),
      { numRuns: 40 },
    );
  });
});
