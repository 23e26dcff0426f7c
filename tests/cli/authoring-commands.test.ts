import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'fs';
import { join } from 'path';
import { runNewStory } from '../../src/cli/commands/new-story';
import { nodeFs } from '../../src/cli/vault-fs';
import { principleArg } from '../../src/cli/principle-arg';
import { createNote, nodeWriter, runStarter, type NoteWriter } from '../../src/cli/commands/starter';
import type { LoadedVault } from '../../src/cli/load-vault';
import { toNoteRecord } from '../../src/cli/note-record';
import { loadVaultSettings, settingsFrom } from '../../src/cli/vault-settings';
import { UsageError } from '../../src/cli/usage-error';
import { VaultIndex } from '../../src/core/index/vault-index';
import { DEFAULT_INDEX_SETTINGS } from '../../src/core/settings';
import { STARTER_SETS, starterSetText } from '../../src/core/starter/starter-sets';
import { cleanVaults, tempVault } from './helpers';

afterAll(cleanVaults);

/** The vault as the CLI loads it, built from the files on disk. */
function loaded(root: string, files: Record<string, string>): LoadedVault {
  const index = new VaultIndex();
  for (const [path, text] of Object.entries(files)) index.upsert(toNoteRecord(path, text));
  const snapshot = index.snapshot();
  return { settings: { ...settingsFrom({}), problem: null }, snapshot, warnings: snapshot.warnings, notesRead: 0, notesIndexed: 0 };
}

function capture(): { out: (s: string) => void; text: () => string } {
  let buf = '';
  return { out: (s) => (buf += s), text: () => buf };
}

describe('starter command', () => {
  it('writes the set note, prints its path, and never overwrites', () => {
    const root = tempVault({ 'Amazon Leadership Principles.md': 'mine\n' });
    const c = capture();
    expect(runStarter(root, 'amazon', DEFAULT_INDEX_SETTINGS, c.out)).toBe(0);
    expect(c.text()).toBe('Amazon Leadership Principles 1.md\n');
    expect(readFileSync(join(root, 'Amazon Leadership Principles.md'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(root, 'Amazon Leadership Principles 1.md'), 'utf8')).toBe(starterSetText(STARTER_SETS.amazon, 'principles'));
  });

  it('rejects an unknown or missing set with a usage error', () => {
    const root = tempVault({});
    expect(() => runStarter(root, 'netflix', DEFAULT_INDEX_SETTINGS, () => undefined)).toThrow(/unknown set "netflix".*amazon\|google\|meta/);
    expect(() => runStarter(root, null, DEFAULT_INDEX_SETTINGS, () => undefined)).toThrow(UsageError);
  });
});

describe('createNote', () => {
  it('moves to the next free name when a file appears between the check and the write', () => {
    const root = tempVault({});
    let raced = false;
    const writer: NoteWriter = {
      exists: (p) => nodeWriter.exists(p),
      create(p, text) {
        if (!raced) {
          raced = true;
          mkdirSync(join(p, '..'), { recursive: true });
          writeFileSync(p, 'someone else\n'); // appears just before our exclusive create
        }
        nodeWriter.create(p, text);
      },
    };
    expect(createNote(root, 'Stories/Launch', 'ours\n', writer)).toBe('Stories/Launch 1.md');
    expect(readFileSync(join(root, 'Stories', 'Launch.md'), 'utf8')).toBe('someone else\n');
    expect(readFileSync(join(root, 'Stories', 'Launch 1.md'), 'utf8')).toBe('ours\n');
  });
});

describe('new-story command', () => {
  const set = starterSetText(STARTER_SETS.amazon, 'principles');

  it('creates the story in the story folder with the principle link and the injected date', () => {
    const root = tempVault({ 'Amazon Leadership Principles.md': set, 'Stories/Free tier.md': 'taken\n' });
    const vault = loaded(root, { 'Amazon Leadership Principles.md': set });
    const c = capture();
    const now = new Date(2026, 0, 5);
    expect(runNewStory(vault, root, { title: 'Free tier', principle: 'bias for action' }, loadVaultSettings(nodeFs, root).authoring, c.out, now)).toBe(0);
    expect(c.text()).toBe('Stories/Free tier 1.md\n');
    const text = readFileSync(join(root, 'Stories', 'Free tier 1.md'), 'utf8');
    expect(text).toContain('principles:\n  - "[[Amazon Leadership Principles#Bias for Action]]"\n');
    expect(text).toContain('created: 2026-01-05\n');
    expect(text).toContain('# Free tier\n');
    expect(readFileSync(join(root, 'Stories', 'Free tier.md'), 'utf8')).toBe('taken\n');

    // The new note is indexed as a story for that principle.
    const after = loaded(root, { 'Amazon Leadership Principles.md': set, 'Stories/Free tier 1.md': text }).snapshot;
    expect(after.stories.map((s) => [s.title, s.principles.map((r) => r.id)])).toEqual([['Free tier', ['amazon/bias-for-action']]]);
  });

  it('follows the plugin settings: story folder and plain names', () => {
    const root = tempVault({ '.vault-config/plugins/interview-prep/data.json': JSON.stringify({ newStoryFolder: 'Prep/STAR', principleLinks: false }) });
    const vault = loaded(root, { 'Amazon Leadership Principles.md': set });
    const c = capture();
    runNewStory(vault, root, { title: 'Pager: 3 a.m.?', principle: 'amazon/dive-deep' }, loadVaultSettings(nodeFs, root).authoring, c.out, new Date(2026, 0, 5));
    expect(c.text()).toBe('Prep/STAR/Pager 3 a.m.md\n');
    expect(readFileSync(join(root, 'Prep', 'STAR', 'Pager 3 a.m.md'), 'utf8')).toContain('principles:\n  - "Dive Deep"\n');
  });

  it('keeps the defaults when the settings file is not JSON', () => {
    const root = tempVault({ '.vault-config/plugins/interview-prep/data.json': '{nope' });
    expect(loadVaultSettings(nodeFs, root).authoring).toEqual({ newStoryFolder: 'Stories', principleLinks: true });
  });

  it('rejects a missing title and an unknown principle, with a suggestion', () => {
    const root = tempVault({});
    const vault = loaded(root, { 'Amazon Leadership Principles.md': set });
    const s = loadVaultSettings(nodeFs, root).authoring;
    expect(() => runNewStory(vault, root, { title: '  ', principle: null }, s, () => undefined)).toThrow(/missing --title/);
    expect(() => runNewStory(vault, root, { title: 'X', principle: 'Customer Obession' }, s, () => undefined)).toThrow(/did you mean "Customer Obsession"/);
    expect(existsSync(join(root, 'Stories'))).toBe(false);
  });
});

describe('principleArg', () => {
  it('asks for an id when a name is in several sets, unless the default set decides', () => {
    const set = starterSetText(STARTER_SETS.amazon, 'principles');
    const other = '---\ntags: [principles/acme]\n---\n# Acme\n\n## Ownership\nOwn it.\n';
    const root = tempVault({});
    const vault = loaded(root, { 'Amazon Leadership Principles.md': set, 'Acme.md': other });
    expect(() => principleArg(vault.snapshot, 'Ownership')).toThrow(/several sets.*acme\/ownership/);
    expect(principleArg(vault.snapshot, 'Ownership', { preferredSet: 'acme' }).id).toBe('acme/ownership');
    expect(principleArg(vault.snapshot, 'AMAZON/OWNERSHIP').id).toBe('amazon/ownership');
  });
});
