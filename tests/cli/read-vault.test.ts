import { join } from 'path';
import { readVault, readVaultSync } from '../../src/cli/read-vault';
import { nodeFs, type VaultFs } from '../../src/cli/vault-fs';
import { cleanVaults, cli, tempVault } from './helpers';

afterAll(cleanVaults);

describe('readVault', () => {
  it('reads every markdown file with / paths, skipping hidden folders, excluded folders and other files', async () => {
    const root = tempVault({
      'Top.md': '#story\n',
      'Stories/Deep/Nested.md': 'x',
      'Stories/image.png': 'not markdown',
      'Stories/UPPER.MD': 'y',
      '.config/plugins/p/README.md': '#story',
      '.trash/Deleted.md': '#story',
      'Archive/Old.md': '#story',
      'Archive2/Kept.md': 'z',
      '.hidden.md': '#story',
    });
    const read = await readVault(nodeFs, root, ['Archive']);
    expect(read.notes.map((n) => n.path)).toEqual(['Archive2/Kept.md', 'Stories/Deep/Nested.md', 'Stories/UPPER.MD', 'Top.md']);
    expect(read.warnings).toEqual([]);
  });

  it('reports a note it cannot read as an error and reads the rest', async () => {
    const root = tempVault({ 'A.md': 'a', 'B.md': 'b', 'C.md': 'c' });
    const failing: VaultFs = {
      ...nodeFs,
      readText: (file) => {
        if (file === join(root, 'B.md')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return nodeFs.readText(file);
      },
    };
    const read = await readVault(failing, root);
    expect(read.notes.map((n) => n.path)).toEqual(['A.md', 'C.md']);
    expect(read.warnings.map((w) => [w.code, w.severity, w.path, w.line])).toEqual([['unreadable-note', 'error', 'B.md', 1]]);
    expect(read.warnings[0].message).toContain('permission denied');
  });

  it('reports a sub-folder it cannot list and keeps going; the vault folder itself throws', async () => {
    const root = tempVault({ 'A.md': 'a', 'Locked/B.md': 'b' });
    const failing: VaultFs = {
      ...nodeFs,
      list: (dir) => {
        if (dir === join(root, 'Locked')) throw Object.assign(new Error('nope'), { code: 'EPERM' });
        return nodeFs.list(dir);
      },
    };
    const read = await readVault(failing, root);
    expect(read.notes.map((n) => n.path)).toEqual(['A.md']);
    expect(read.warnings.map((w) => [w.code, w.path])).toEqual([['unreadable-note', 'Locked']]);
    await expect(readVault(nodeFs, join(root, 'missing'))).rejects.toThrow();
    expect(() => readVaultSync(nodeFs, join(root, 'missing'))).toThrow();
  });
});

describe('the same rule in the CLI’s walk and the core’s story folders', () => {
  it('excludes Archive/ but not Archive2/, and reads an untagged note as a story only in Stories/', async () => {
    const set = '#principles #acme\n\n# Acme Principles\n\n### Ownership\nAct for the whole company.\n';
    const story = (title: string) => `---\nprinciples: [Ownership]\n---\n# ${title}\n\n## Situation\nThe pager woke three teams every night.\n\n## Action\nI split the alerts by owner.\n\n## Result\nNight pages fell from 30 a week to 2.\n`;
    const root = tempVault({
      '.vault-config/plugins/interview-prep/data.json': JSON.stringify({ storyFolders: ['/Stories/'], excludedFolders: ['Archive/'] }),
      'Acme Principles.md': set,
      'Stories/Pager rota.md': story('Pager rota'),
      'Stories2/Build farm.md': story('Build farm'),
      'stories/Lower case.md': story('Lower case'),
      'Archive/Stories/Old rota.md': story('Old rota'),
      'Archive/Acme copy.md': set.replace('#acme', '#acmeold'),
      'Archive2/Kept.md': set.replace('#acme', '#kept'),
    });
    const r = await cli(['index', root, '--json']);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out) as { sets: { id: string }[]; stories: { path: string }[] };
    expect(json.stories.map((s) => s.path)).toEqual(['Stories/Pager rota.md']);
    expect(json.sets.map((s) => s.id).sort()).toEqual(['acme', 'kept']);
  });
});
