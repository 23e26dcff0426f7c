import { VaultIndex } from '../../../src/core/index/vault-index';
import { isCandidate, mayDefinePrinciples } from '../../../src/core/index/candidate';
import { PrincipleReader } from '../../../src/core/reading/reader';
import { DEFAULT_INDEX_SETTINGS } from '../../../src/core/settings';
import { fixture, note } from '../helpers';

const SET = fixture('Acme Principles.md', 'Acme Principles.md');
const story = (path: string, extra = '') => note(path, `#story ${extra}\n**S:** The pilot stalled.\n**T:** Find out why.\n**A:** I interviewed users.\n**R:** Use tripled.\n`);

describe('VaultIndex incremental updates', () => {
  it('bumps the revision on every change and caches the snapshot per revision', () => {
    const index = new VaultIndex();
    expect(index.revision).toBe(0);
    index.upsert(SET);
    const r1 = index.revision;
    const a = index.snapshot();
    expect(index.snapshot()).toBe(a);
    index.upsert(story('S/One.md'));
    expect(index.revision).toBeGreaterThan(r1);
    expect(index.snapshot()).not.toBe(a);
  });

  it('does not index or count a note that matches no rule', () => {
    const index = new VaultIndex();
    expect(index.upsert(note('Journal.md', '# Monday\nWrote things. #journal\n'))).toBe(false);
    expect(index.size).toBe(0);
    expect(index.revision).toBe(0);
  });

  it('drops a note whose tag is removed', () => {
    const index = new VaultIndex();
    index.upsert(SET);
    index.upsert(story('S/One.md', '#lp/ownership'));
    expect(index.snapshot().stories.filter((s) => s.kind === 'note')).toHaveLength(1);
    index.upsert(note('S/One.md', 'No longer a story.\n**S:** a\n**T:** b\n'));
    expect(index.has('S/One.md')).toBe(false);
    expect(index.snapshot().stories.some((s) => s.path === 'S/One.md')).toBe(false);
  });

  it('remove and rename update only that note; ids survive a move', () => {
    const index = new VaultIndex();
    index.upsert(SET);
    index.upsert(story('S/One.md', '#lp/ownership'));
    const before = index.snapshot().stories.find((s) => s.path === 'S/One.md')!;
    index.rename('S/One.md', 'Archive/One.md');
    const after = index.snapshot().stories.find((s) => s.path === 'Archive/One.md')!;
    expect(after.id).toBe(before.id);
    expect(after.principles).toEqual(before.principles);
    expect(index.has('S/One.md')).toBe(false);
    index.remove('Archive/One.md');
    expect(index.snapshot().stories.some((s) => s.path === 'Archive/One.md')).toBe(false);
  });

  it('re-resolves every note when a principle is renamed in the set note', () => {
    const index = new VaultIndex();
    index.upsert(SET);
    index.upsert(story('S/One.md', '#lp/ownership'));
    expect(index.snapshot().stories.find((s) => s.path === 'S/One.md')?.principles.map((p) => p.id)).toEqual(['acme/ownership']);
    index.upsert({ ...SET, body: SET.body.replace('### Ownership', '### Stewardship') });
    expect(index.snapshot().stories.find((s) => s.path === 'S/One.md')?.principles).toEqual([]);
  });

  it('makes duplicate question ids unique in path order', () => {
    const index = new VaultIndex();
    index.upsert(SET);
    index.upsert(note('Q/a.md', '#questions\n- Tell me about a time you failed?\n'));
    index.upsert(note('Q/b.md', '#questions\n- Tell me about a time you failed?\n'));
    const ids = index.snapshot().questions.filter((q) => q.path.startsWith('Q/')).map((q) => q.id);
    expect(ids).toEqual([ids[0], `${ids[0]}~2`]);
    expect(new Set(index.snapshot().questions.map((q) => q.id)).size).toBe(index.snapshot().questions.length);
  });

  it('keeps duplicate ids right through edits, and an untouched duplicate the same from snapshot to snapshot', () => {
    const index = new VaultIndex();
    index.upsert(SET);
    const ask = (path: string, q: string) => index.upsert(note(path, `#questions\n- ${q}\n`));
    const ids = () => index.snapshot().questions.filter((q) => q.path.startsWith('Q/')).map((q) => [q.path, q.id, q.text]);
    ask('Q/a.md', 'Tell me about a time you failed?');
    ask('Q/b.md', 'Tell me about a time you failed?');
    ask('Q/c.md', 'Tell me about a time you failed?');
    const [a, b, c] = ids();
    expect([a[1], b[1], c[1]]).toEqual([a[1], `${a[1]}~2`, `${a[1]}~3`]);
    const before = index.snapshot().questions.find((q) => q.path === 'Q/c.md');

    ask('Q/x.md', 'Why this company?');
    expect(ids()).toEqual([a, b, c, ['Q/x.md', expect.any(String), 'Why this company?']]);
    // Nothing about c changed: the same item, its reading and all.
    expect(index.snapshot().questions.find((q) => q.path === 'Q/c.md')).toBe(before);

    ask('Q/b.md', 'Tell me about a time you succeeded?');
    expect(ids().filter(([p]) => p !== 'Q/x.md' && p !== 'Q/b.md')).toEqual([a, [c[0], `${a[1]}~2`, c[2]]]);
    ask('Q/b.md', 'Tell me about a time you failed?');
    expect(ids().filter(([p]) => p !== 'Q/x.md')).toEqual([a, b, c]);
    index.remove('Q/a.md');
    expect(ids().filter(([p]) => p !== 'Q/x.md')).toEqual([[b[0], a[1], b[2]], [c[0], `${a[1]}~2`, c[2]]]);
  });
});

describe('VaultIndex.prepare', () => {
  /** The snapshot as JSON without its revision (which counts the changes made to get there). */
  const json = (index: VaultIndex) => JSON.stringify({ ...index.snapshot(), revision: 0 });
  const fresh = (notes: ReturnType<typeof note>[]) => {
    const index = new VaultIndex();
    for (const n of notes) index.upsert(n);
    return json(index);
  };

  it('resolves and reads ahead of the snapshot, which then is the same as without it', () => {
    const notes = [SET, story('S/One.md', '#lp/ownership'), story('S/Two.md'), note('Q.md', '#questions\n- Tell me about a time you cut costs.\n')];
    const index = new VaultIndex();
    for (const n of notes) index.upsert(n);
    expect(index.prepare(() => false)).toBe(false);
    const read = jest.spyOn(PrincipleReader.prototype, 'read');
    try {
      const snap = index.snapshot();
      for (const item of [...snap.questions, ...snap.stories]) void item.suggestions;
      expect(read).not.toHaveBeenCalled();
      expect(json(index)).toBe(fresh(notes));
    } finally {
      read.mockRestore();
    }
  });

  it('stops when asked, one note at a time, and says whether work is left', () => {
    const index = new VaultIndex();
    for (const n of [SET, story('S/One.md'), story('S/Two.md')]) index.upsert(n);
    let asked = 0;
    expect(index.prepare(() => ++asked > 1)).toBe(true);
    expect(asked).toBe(2);
    expect(index.prepare(() => false)).toBe(false);
    expect(index.prepare(() => true)).toBe(false);
  });

  it('is undone by a later change: an edited note, and every note when the principles change', () => {
    const one = story('S/One.md', '#lp/ownership');
    const index = new VaultIndex();
    index.upsert(one);
    index.prepare(() => false);
    index.upsert(SET); // the principles arrive after the story was resolved without them
    expect(index.prepare(() => false)).toBe(false);
    const edited = story('S/One.md', '#lp/deliver-results');
    index.upsert(edited);
    expect(index.prepare(() => false)).toBe(false);
    expect(json(index)).toBe(fresh([SET, edited]));
    expect(index.snapshot().stories.find((s) => s.path === 'S/One.md')?.principles.map((p) => p.id)).toEqual(['acme/deliver-results']);
  });
});

describe('isCandidate', () => {
  const s = { ...DEFAULT_INDEX_SETTINGS, storyFolders: ['Stories'], excludedFolders: ['Archive'] };
  it('chooses notes by tag, type, or story folder, never excluded ones', () => {
    expect(isCandidate('a.md', null, ['#principles/amazon'], s)).toBe(true);
    expect(isCandidate('a.md', { type: 'story' }, [], s)).toBe(true);
    expect(isCandidate('Stories/x.md', null, [], s)).toBe(true);
    expect(isCandidate('Archive/x.md', null, ['#story'], s)).toBe(false);
    expect(isCandidate('a.md', null, ['#journal', '#principled'], s)).toBe(false);
    expect(isCandidate('a.pdf', null, ['#story'], s)).toBe(false);
  });

  it('tells the notes that may define principles (set and principle notes) by their tags', () => {
    expect(mayDefinePrinciples(['#principles/amazon'], s)).toBe(true);
    expect(mayDefinePrinciples(['#Principle', '#work'], s)).toBe(true);
    expect(mayDefinePrinciples(['principles'], s)).toBe(true);
    expect(mayDefinePrinciples(['#story', '#questions', '#principled'], s)).toBe(false);
    expect(mayDefinePrinciples(['#principles'], { ...s, setTag: 'company-values' })).toBe(false);
  });
});
