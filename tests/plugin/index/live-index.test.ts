import { DEFAULT_INDEX_SETTINGS } from '../../../src/core/settings';
import { LiveIndex, type LiveIndexOptions } from '../../../src/plugin/index/live-index';
import { PrincipleReader } from '../../../src/core/reading/reader';
import type { App } from '../../__mocks__/obsidian';
import { asObsidian, makeApp, settle } from '../harness';

const SET = `# Acme values
#principles/acme

### Ownership
Act for the long term.

### Frugality
Do more with less.
`;

const story = (title: string, principles: string[], tag = 'story') => `---
tags: [${tag}]
principles: [${principles.join(', ')}]
---
# ${title}

## Situation
A team had a problem.

## Action
I fixed it and measured it.

## Result
Costs fell 20%.
`;

function startIndex(app: App, options: LiveIndexOptions = {}) {
  const index = new LiveIndex(asObsidian(app), { ...DEFAULT_INDEX_SETTINGS }, { yieldToUi: () => settle(), refreshDelayMs: 5, ...options });
  index.load();
  let refreshes = 0;
  index.onRefresh(() => refreshes++);
  return { index, refreshes: () => refreshes };
}

function storyTitles(index: LiveIndex): string[] {
  return index
    .snapshot()
    .stories.map((s) => s.title)
    .sort();
}

function principlesOf(index: LiveIndex, title: string): string[] {
  return (index.snapshot().stories.find((s) => s.title === title)?.principles ?? []).map((p) => p.id).sort();
}

describe('LiveIndex', () => {
  it('indexes candidates only, reading no other note, and reports ready once', async () => {
    const app = makeApp({
      'Acme.md': SET,
      'Stories/Budget.md': story('Budget', ['Frugality']),
      'Journal/Monday.md': '# Monday\nA walk in the park.\n',
      'Articles/STAR method.md': '# The STAR method\nSituation, task, action, result.\n',
    });
    const { index, refreshes } = startIndex(app);
    expect(index.isReady).toBe(false);
    await index.start();
    expect(index.isReady).toBe(true);
    expect(refreshes()).toBe(1);
    expect(app.vault.reads.sort()).toEqual(['Acme.md', 'Stories/Budget.md']);
    expect(storyTitles(index)).toEqual(['Budget']);
    expect(principlesOf(index, 'Budget')).toEqual(['acme/frugality']);
  });

  it('yields to the UI before 16 ms of work have passed in the first pass', async () => {
    const files: Record<string, string> = { 'Acme.md': SET };
    for (let i = 0; i < 40; i++) files[`Stories/S${i}.md`] = story(`Story ${i}`, ['Ownership']);
    const app = makeApp(files);
    // A fake clock: every note costs 3 ms of "work".
    let clock = 0;
    let lastYield = 0;
    let longest = 0;
    const realRead = app.vault.cachedRead.bind(app.vault);
    app.vault.cachedRead = async (f) => {
      clock += 3;
      return realRead(f);
    };
    const { index } = startIndex(app, {
      now: () => clock,
      yieldToUi: async () => {
        longest = Math.max(longest, clock - lastYield);
        lastYield = clock;
        await settle();
      },
    });
    await index.start();
    longest = Math.max(longest, clock - lastYield);
    expect(storyTitles(index)).toHaveLength(40);
    expect(lastYield).toBeGreaterThan(0);
    expect(longest).toBeLessThan(16);
  });

  it('keeps four reads in flight in the first pass; an edit made while its read is pending wins over that read', async () => {
    const files: Record<string, string> = { 'Acme.md': SET };
    for (let i = 0; i < 10; i++) files[`Stories/S${i}.md`] = story(`Story ${i}`, ['Ownership']);
    const app = makeApp(files);
    // Bodies come from a slow disk: each read waits until the test lets it finish (with the text it had when asked).
    const pending: { path: string; finish: () => void }[] = [];
    app.vault.bodySource = (path) => {
      const text = app.vault.textOf(path) ?? '';
      return new Promise((resolve) => pending.push({ path, finish: () => resolve(text) }));
    };
    const { index } = startIndex(app);
    const done = index.start();
    let most = 0;
    let edited = false;
    while (!index.isReady) {
      await settle();
      most = Math.max(most, pending.length);
      const s3 = pending.find((r) => r.path === 'Stories/S3.md');
      if (s3 && !edited) {
        edited = true;
        await app.vault.modify(app.vault.getFileByPath('Stories/S3.md')!, story('Story 3 retold', ['Frugality']));
        await settle();
      }
      // The disk answers out of order: the newest request first.
      pending.pop()?.finish();
    }
    await done;
    expect(edited).toBe(true);
    expect(most).toBe(4);
    expect(storyTitles(index)).toHaveLength(10);
    expect(storyTitles(index)).not.toContain('Story 3');
    expect(principlesOf(index, 'Story 3 retold')).toEqual(['acme/frugality']);
    expect(principlesOf(index, 'Story 4')).toEqual(['acme/ownership']);
  });

  it('reads the notes that define principles first, and resolves and reads the others while it waits for reads', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`Stories/S${i}.md`] = story(`Story ${i}`, i % 2 ? ['Ownership'] : []);
    files['Zeta/Acme.md'] = SET; // listed last, read first
    const app = makeApp(files);
    const pending: { finish: () => void }[] = [];
    app.vault.bodySource = (path) => {
      const text = app.vault.textOf(path) ?? '';
      return new Promise((resolve) => pending.push({ finish: () => resolve(text) }));
    };
    const read = jest.spyOn(PrincipleReader.prototype, 'read');
    try {
      // A clock that stands still: no slice ends by time, so the result does not depend on the machine's load.
      const { index } = startIndex(app, { now: () => 0 });
      const done = index.start();
      let readsWhileWaiting = 0;
      while (!index.isReady) {
        await settle();
        if (pending.length > 0 && read.mock.calls.length > readsWhileWaiting) readsWhileWaiting = read.mock.calls.length;
        pending.shift()?.finish();
      }
      await done;
      expect(app.vault.reads[0]).toBe('Zeta/Acme.md');
      expect(readsWhileWaiting).toBeGreaterThan(0);
      const before = read.mock.calls.length;
      const snap = index.snapshot();
      expect(snap.stories).toHaveLength(8);
      expect(principlesOf(index, 'Story 1')).toEqual(['acme/ownership']);
      for (const s of snap.stories) void s.suggestions;
      // Only the last note read had no wait left to be prepared in.
      expect(read.mock.calls.length - before).toBeLessThanOrEqual(1);
    } finally {
      read.mockRestore();
    }
  });

  it('follows create, modify, tag removal, rename and delete, one note at a time', async () => {
    const app = makeApp({ 'Acme.md': SET, 'Stories/Budget.md': story('Budget', ['Frugality']) });
    const { index, refreshes } = startIndex(app);
    await index.start();
    const reads = () => app.vault.reads.length;
    const before = reads();

    // create
    await app.vault.create('Inbox/Pager.md', story('Pager', ['Ownership']));
    await settle();
    expect(storyTitles(index)).toEqual(['Budget', 'Pager']);
    expect(reads()).toBe(before + 1);

    // modify: a principle added
    const pager = app.vault.getFileByPath('Inbox/Pager.md')!;
    await app.vault.modify(pager, story('Pager', ['Ownership', 'Frugality']));
    await settle();
    expect(principlesOf(index, 'Pager')).toEqual(['acme/frugality', 'acme/ownership']);

    // the story tag removed: the note leaves the index without being read
    const readsBefore = reads();
    await app.vault.modify(pager, story('Pager', ['Ownership'], 'draft'));
    await settle();
    expect(storyTitles(index)).toEqual(['Budget']);
    expect(index.core.has('Inbox/Pager.md')).toBe(false);
    expect(reads()).toBe(readsBefore);

    // rename keeps the story, under its new path, without a read
    const budget = app.vault.getFileByPath('Stories/Budget.md')!;
    const readsBeforeRename = reads();
    await app.vault.rename(budget, 'Stories/Archive/Budget 2024.md');
    expect(index.snapshot().stories.map((s) => s.path)).toEqual(['Stories/Archive/Budget 2024.md']);
    expect(reads()).toBe(readsBeforeRename);

    // delete
    await app.fileManager.trashFile(app.vault.getFileByPath('Stories/Archive/Budget 2024.md')!);
    expect(storyTitles(index)).toEqual([]);

    // Five changes in a burst: one refresh after the debounce.
    const afterReady = refreshes();
    await settle(30);
    expect(refreshes()).toBe(afterReady + 1);
  });

  it('moving a note into an excluded folder removes it; a set note edit re-resolves stories', async () => {
    const app = makeApp({ 'Acme.md': SET, 'Stories/Budget.md': story('Budget', ['Frugality', 'Bias for Action']) });
    const index = new LiveIndex(asObsidian(app), { ...DEFAULT_INDEX_SETTINGS, excludedFolders: ['Old'] }, { yieldToUi: () => settle(), refreshDelayMs: 5 });
    index.load();
    await index.start();
    expect(principlesOf(index, 'Budget')).toEqual(['acme/frugality']);
    expect(index.snapshot().warnings.map((w) => w.code)).toContain('unknown-principle');

    const acme = app.vault.getFileByPath('Acme.md')!;
    await app.vault.modify(acme, SET + '\n### Bias for Action\nSpeed matters.\n');
    await settle();
    expect(principlesOf(index, 'Budget')).toEqual(['acme/bias-for-action', 'acme/frugality']);

    await app.vault.rename(app.vault.getFileByPath('Stories/Budget.md')!, 'Old/Budget.md');
    expect(storyTitles(index)).toEqual([]);
  });

  it('reports invalid frontmatter as a warning and keeps indexing the rest', async () => {
    const app = makeApp({ 'Acme.md': SET, 'Broken.md': '---\ntags: [story\n---\n# Broken\n', 'Stories/Budget.md': story('Budget', ['Frugality']) });
    const { index } = startIndex(app);
    await index.start();
    const warnings = index.snapshot().warnings;
    expect(warnings.filter((w) => w.code === 'invalid-frontmatter').map((w) => w.path)).toEqual(['Broken.md']);
    // Its raw `tags: [story` line still makes it a story (issue 15 item 1).
    expect(storyTitles(index)).toEqual(['Broken', 'Budget']);
  });

  it('rebuild re-indexes under new settings; unload stops listening', async () => {
    const app = makeApp({ 'Acme.md': SET, 'Drafts/Idea.md': '**S:** We had no docs.\n**A:** I wrote them.\n**R:** Tickets fell 30%.\n' });
    const { index } = startIndex(app);
    await index.start();
    expect(index.snapshot().stories).toHaveLength(0);
    await index.rebuild({ ...DEFAULT_INDEX_SETTINGS, storyFolders: ['Drafts'] });
    expect(index.snapshot().stories).toHaveLength(1);

    index.unload();
    await app.vault.create('Stories/Late.md', story('Late', ['Ownership']));
    await settle();
    expect(index.snapshot().stories).toHaveLength(1);
    expect(app.metadataCache.listenerCount('changed')).toBe(0);
  });
});
