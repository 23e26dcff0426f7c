// Creating notes without ever overwriting: a free name, the folder made when missing, and
// `vault.create` (which itself refuses an existing path).
import { normalizePath, type App, type TFile } from 'obsidian';
import { freeName } from '../../core/paths/free-name';

/** The first free `base.md`, `base 1.md`, … (case-insensitive, like most disks). */
export function freeNotePath(app: App, base: string): string {
  const taken = new Set(app.vault.getFiles().map((f) => f.path.toLowerCase()));
  return freeName(normalizePath(base), 'md', (p) => taken.has(p.toLowerCase()) || app.vault.getAbstractFileByPath(p) !== null);
}

async function ensureFolder(app: App, path: string): Promise<void> {
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  if (folder === '' || app.vault.getAbstractFileByPath(folder)) return;
  try {
    await app.vault.createFolder(folder);
  } catch {
    // created meanwhile (or by a parent call): vault.create below reports a real problem
  }
}

/** Creates a note at the first free path for `base` (vault path without `.md`). */
export async function createFreshNote(app: App, base: string, text: string): Promise<TFile> {
  // The folder is a setting: a `..` segment must not lead out of the vault.
  if (base.split(/[\\/]/).some((seg) => seg === '..')) throw new Error(`Refusing to write outside the vault: "${base}.md".`);
  const path = freeNotePath(app, base);
  await ensureFolder(app, path);
  return app.vault.create(path, text);
}
