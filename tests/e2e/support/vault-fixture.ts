// Reads a fixture vault folder into a plain { path: text } map that can be serialized into the page.
// Paths are vault-relative with `/`; the `.obsidian` config folder is left out like Obsidian's own index does.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, sep } from 'path';

export type VaultFiles = Record<string, string>;

export function readVaultFolder(root: string): VaultFiles {
  const files: VaultFiles = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(root, full).split(sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}
