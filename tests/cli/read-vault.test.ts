import { join } from 'path';
import { readVault, readVaultSync } from '../../src/cli/read-vault';
import { nodeFs, type VaultFs } from '../../src/cli/vault-fs';
import { cleanVaults, tempVault } from './helpers';

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
