// Issue 15 item 4: a symlink back to a parent folder is walked once (by real path), skipped with
// one warning; stories are counted once, and lint, index and coverage finish.
import { symlinkSync } from 'fs';
import { join } from 'path';
import { listVault } from '../../src/cli/read-vault';
import { nodeFs } from '../../src/cli/vault-fs';
import { cleanVaults, cli, SET_NOTE, tempVault } from './helpers';

afterAll(cleanVaults);

const STORY = '---\ntags: [story]\nprinciples: [Ownership]\n---\n# Pager rota\n\n## Situation\nOur rota burned people out.\n\n## Action\nI split it in two.\n\n## Result\nPages at night fell 40%.\n';

function loopVault(): string {
  const root = tempVault({ 'Acme Principles.md': SET_NOTE, 'Stories/Pager rota.md': STORY, 'Stories/Deep/Notes.md': 'Nothing here.\n' });
  // Stories/Deep/up → the vault folder itself; Stories/again → Stories.
  symlinkSync(root, join(root, 'Stories', 'Deep', 'up'), 'dir');
  symlinkSync(join(root, 'Stories'), join(root, 'Stories', 'again'), 'dir');
  return root;
}

describe('symlink loops in the folder walk', () => {
  it('walks each real folder once and warns once per link that leads back', () => {
    const root = loopVault();
    const warnings: Parameters<typeof listVault>[3] = [];
    const files = listVault(nodeFs, root, [], warnings);
    expect(files.filter((f) => f.endsWith('Pager rota.md'))).toHaveLength(1);
    expect(warnings.map((w) => [w.code, w.severity]).sort()).toEqual([
      ['skipped-folder', 'warning'],
      ['skipped-folder', 'warning'],
    ]);
    expect(warnings.map((w) => w.path).sort()).toEqual(['Stories/Deep/up', 'Stories/again'].sort());
    expect(warnings.find((w) => w.path === 'Stories/Deep/up')?.message).toContain('the vault folder');
  });

  it('reads a folder once when a link elsewhere in the vault leads into it, however deep', () => {
    const root = tempVault({ 'Notes/Deep/Deeper/y.md': '#story\n', 'Notes/Deep/x.md': '#story\n', 'Top.md': '' });
    symlinkSync(join(root, 'Notes', 'Deep', 'Deeper'), join(root, 'Link'), 'dir');
    symlinkSync(join(root, 'Notes', 'Deep'), join(root, 'Notes', 'Deep', 'Deeper', 'Up'), 'dir');
    const warnings: Parameters<typeof listVault>[3] = [];
    const files = listVault(nodeFs, root, [], warnings);
    expect(files.filter((f) => f.endsWith('/y.md'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('/x.md'))).toHaveLength(1);
    expect(files).toContain('Top.md');
    expect(warnings.map((w) => w.code)).toEqual(['skipped-folder', 'skipped-folder']);
  });

  it('lint, index and coverage finish on the looped vault, counting the story once', async () => {
    const root = tempVault({ 'Acme Principles.md': SET_NOTE, 'Stories/Pager rota.md': STORY });
    symlinkSync(root, join(root, 'Stories', 'loop'), 'dir');
    const lint = await cli(['lint', root]);
    expect(lint.code).toBe(0);
    expect(lint.err).toBe('');
    expect(lint.out.match(/Skipped this folder/g)).toHaveLength(1);
    const idx = JSON.parse((await cli(['index', root, '--json'])).out) as { stories: unknown[]; warnings: { code: string; path: string }[] };
    expect(idx.stories).toHaveLength(1);
    expect(idx.warnings.map((w) => `${w.code} ${w.path}`)).toEqual(['skipped-folder Stories/loop']);
    const cov = JSON.parse((await cli(['coverage', root, '--json'])).out) as { principles: { id: string; count: number }[] };
    expect(cov.principles.find((p) => p.id === 'acme/ownership')?.count).toBe(1);
  });
});
