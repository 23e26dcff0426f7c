// Reads a vault folder from disk into NoteRecords: every `.md` file, skipping dot-folders
// (`.obsidian/`, `.trash/`, …) and the excluded folders. A file that cannot be read becomes an
// `unreadable-note` error and the rest of the vault is read as usual.
import { join } from 'path';
import type { IndexWarning, NoteRecord } from '../core/model';
import { toNoteRecord } from './note-record';
import type { VaultFs } from './vault-fs';

export interface VaultRead {
  notes: NoteRecord[];
  warnings: IndexWarning[];
}

/** Files read at once: enough to keep the disk busy without running out of file handles. */
const CONCURRENCY = 32;

function excluded(rel: string, folders: string[]): boolean {
  return folders.some((f) => {
    const clean = f.replace(/^\/+|\/+$/g, '');
    return clean !== '' && (rel === clean || rel.startsWith(clean + '/'));
  });
}

function reason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'file vanished while reading';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message.split('\n')[0] : String(err);
}

function unreadable(path: string, why: string): IndexWarning {
  return { code: 'unreadable-note', severity: 'error', path, line: 1, message: `Could not read this note (${why}); the rest of the vault is still indexed.` };
}

/** Vault-relative paths (with `/`) of every markdown file, sorted. Folders that cannot be listed are reported. */
async function walk(fs: VaultFs, root: string, excludedFolders: string[], warnings: IndexWarning[]): Promise<string[]> {
  const files: string[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const rel = pending.pop() as string;
    let entries;
    try {
      entries = await fs.list(rel === '' ? root : join(root, ...rel.split('/')));
    } catch (err) {
      if (rel === '') throw err;
      warnings.push(unreadable(rel, reason(err)));
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue; // .obsidian, .trash, .git and other hidden entries
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.kind === 'dir') {
        if (!excluded(path, excludedFolders)) pending.push(path);
      } else if (e.kind === 'file' && e.name.toLowerCase().endsWith('.md') && !excluded(path, excludedFolders)) {
        files.push(path);
      }
    }
  }
  return files.sort();
}

/** Reads the vault; throws only when the vault folder itself cannot be listed. */
export async function readVault(fs: VaultFs, root: string, excludedFolders: string[] = []): Promise<VaultRead> {
  const warnings: IndexWarning[] = [];
  const paths = await walk(fs, root, excludedFolders, warnings);
  const notes: (NoteRecord | null)[] = new Array<NoteRecord | null>(paths.length).fill(null);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const i = next++;
      const path = paths[i];
      try {
        notes[i] = toNoteRecord(path, await fs.readText(join(root, ...path.split('/'))));
      } catch (err) {
        warnings.push(unreadable(path, reason(err)));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));
  warnings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { notes: notes.filter((n): n is NoteRecord => n !== null), warnings };
}
