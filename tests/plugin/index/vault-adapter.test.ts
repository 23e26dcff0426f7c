import { VaultIndex } from '../../../src/core/index/vault-index';
import { DEFAULT_INDEX_SETTINGS } from '../../../src/core/settings';
import { isCandidateFile, readNoteRecord, splitBody } from '../../../src/plugin/index/vault-adapter';
import { computeMetadata } from '../../__mocks__/obsidian';
import { asObsidian, makeApp } from '../harness';

const STORY = `---
tags: [story]
principles:
  - Ownership
---
# Night shift handover

**S:** The night team kept losing context.
**A:** I wrote a handover checklist.
`;

describe('vault adapter', () => {
  it('chooses notes from metadata: inline tags, frontmatter tags, story folders; not articles or excluded folders', () => {
    const app = makeApp({
      'Principles.md': '# Ours\n#principles\n\n### Ownership\nAct like an owner.\n',
      'Story.md': STORY,
      'Drafts/Untagged.md': '**S:** something\n**A:** I did it\n',
      'Journal/Today.md': '# Today\nNothing about interviews.\n',
      'Archive/Old.md': '#story\n**S:** old\n',
      'picture.png': 'binary',
    });
    const settings = { ...DEFAULT_INDEX_SETTINGS, storyFolders: ['Drafts'], excludedFolders: ['Archive'] };
    const chosen = app.vault
      .getFiles()
      .filter((f) => isCandidateFile(asObsidian(app), f as never, settings))
      .map((f) => f.path)
      .sort();
    expect(chosen).toEqual(['Drafts/Untagged.md', 'Principles.md', 'Story.md']);
    expect(app.vault.reads).toEqual([]);
  });

  it('reads a note whose YAML is broken so that it can be reported, even without a rule tag', async () => {
    const broken = '---\ntags: [story\nprinciples: : :\n---\n# Broken\n';
    const app = makeApp({ 'Broken.md': broken });
    const file = app.vault.getFileByPath('Broken.md');
    expect(isCandidateFile(asObsidian(app), file as never, DEFAULT_INDEX_SETTINGS)).toBe(true);
    const record = await readNoteRecord(asObsidian(app), file as never);
    expect(record.frontmatter).toBeNull();
    expect(record.frontmatterError).toBeDefined();
    expect(record.body).toBe('# Broken\n');
    expect(record.bodyLine).toBe(4);
  });

  it('passes the file creation time, so the older of two notes defining one set owns it (issue 15 item 3)', async () => {
    const mine = '#principles #amazon\n# Amazon\n\n### Earn Trust of Others\nBe candid.\n';
    const copy = '#principles #amazon\n# Amazon Leadership Principles\n\n### Earn Trust of Others\nA copy.\n';
    // Created first, but later in path order than the copy.
    const app = makeApp({ 'Work/Amazon.md': mine, 'Amazon Leadership Principles.md': copy });
    const mineFile = app.vault.getFileByPath('Work/Amazon.md')!;
    const copyFile = app.vault.getFileByPath('Amazon Leadership Principles.md')!;
    mineFile.stat = { ctime: 1_000, mtime: 5_000, size: mine.length };
    copyFile.stat = { ctime: 9_000, mtime: 9_000, size: copy.length };
    const index = new VaultIndex();
    for (const f of [copyFile, mineFile]) index.upsert(await readNoteRecord(asObsidian(app), f as never));
    expect((await readNoteRecord(asObsidian(app), mineFile as never)).created).toBe(1_000);
    const snap = index.snapshot();
    expect(snap.sets.map((s) => s.path)).toEqual(['Work/Amazon.md']);
    expect(snap.principles.map((p) => p.path)).toEqual(['Work/Amazon.md']);
    expect(snap.warnings.map((w) => `${w.code} ${w.path}`)).toEqual(['duplicate-principle Amazon Leadership Principles.md']);
  });

  it('takes frontmatter from the cache and the body after the closing fence, with its line offset', async () => {
    const app = makeApp({ 'Story.md': STORY });
    const record = await readNoteRecord(asObsidian(app), app.vault.getFileByPath('Story.md') as never);
    expect(record.frontmatter).toEqual({ tags: ['story'], principles: ['Ownership'] });
    expect(record.frontmatterError).toBeUndefined();
    expect(record.bodyLine).toBe(5);
    expect(record.body.split('\n')[0]).toBe('# Night shift handover');
    // File line = bodyLine + index + 1: the heading is on line 6 of the file.
    expect(STORY.split('\n')[record.bodyLine]).toBe('# Night shift handover');
    // The YAML as written goes along, so frontmatter warnings can name their line.
    expect(record.frontmatterText).toBe('tags: [story]\nprinciples:\n  - Ownership');
  });

  it('does not call an empty frontmatter block an error', async () => {
    const app = makeApp({ 'Empty.md': '---\n---\n#story\n**S:** x\n' });
    const record = await readNoteRecord(asObsidian(app), app.vault.getFileByPath('Empty.md') as never);
    expect(record.frontmatterError).toBeUndefined();
    expect(record.bodyLine).toBe(2);
  });

  it('splitBody keeps CRLF lines intact and ignores a cache that no longer matches the text', () => {
    const text = '---\r\ntags: [story]\r\n---\r\nBody\r\n';
    const cache = computeMetadata(text);
    expect(splitBody(text, cache as never)).toEqual({ body: 'Body\r\n', bodyLine: 3, frontmatterText: 'tags: [story]\r' });
    expect(splitBody('No frontmatter any more\n', cache as never)).toEqual({ body: 'No frontmatter any more\n', bodyLine: 0 });
  });
});
