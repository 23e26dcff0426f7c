// Reads a vault folder from disk into NoteRecords: every `.md` file, skipping dot-folders
// (`.obsidian/`, `.trash/`, …) and the excluded folders. A file that cannot be read becomes an
// `unreadable-note` error and the rest of the vault is read as usual.
import { join, sep } from 'path';
import type { IndexWarning, NoteRecord } from '../core/model';
import { folderPrefixes, isUnderPrefixes } from '../core/paths/folder';
import { notTextReason } from './decode-text';
import { toNoteRecord } from './note-record';
import type { VaultFs } from './vault-fs';

export interface VaultRead {
  notes: NoteRecord[];
  warnings: IndexWarning[];
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

/**
 * Absolute path of a vault-relative one. On POSIX a plain concatenation: path.join's
 * normalization cost as much as listing every folder of a 10,000-note vault (npm run bench).
 */
function absolute(root: string, rel: string): string {
  return sep === '/' ? `${root}/${rel}` : join(root, ...rel.split('/'));
}

/** A folder's real path from its parent's: the parent's real path is already resolved. */
function childPath(parent: string, name: string): string {
  return parent.endsWith(sep) ? parent + name : parent + sep + name;
}

function skipped(path: string, target: string): IndexWarning {
  return {
    code: 'skipped-folder',
    severity: 'warning',
    path,
    line: 1,
    message: `Skipped this folder: it is a link to ${target === '' ? 'the vault folder' : `"${target}"`}, which is already read (a folder is read once).`,
  };
}

/**
 * Vault-relative paths (with `/`) of every markdown file, sorted. Folders that cannot be listed
 * are reported. Each real folder is walked once (by its real path), so a symlink back to a parent
 * is skipped with one warning instead of being followed forever. Only the vault folder and links
 * are resolved: a folder that is no link has its parent's real path and its own name (resolving
 * every folder cost a tenth of the read floor on 500 folders; npm run bench).
 */
export function listVault(fs: VaultFs, root: string, excludedFolders: string[], warnings: IndexWarning[]): string[] {
  const files: string[] = [];
  const excludedPrefixes = folderPrefixes(excludedFolders);
  /** Folders to list: vault-relative path, and its real path when known without asking. */
  const pending: [string, string | null][] = [['', null]];
  /** Real path → the vault-relative folder first read there. */
  const walked = new Map<string, string>();
  while (pending.length > 0) {
    const [rel, known] = pending.pop() as [string, string | null];
    const dir = rel === '' ? root : absolute(root, rel);
    let entries;
    let real: string | null = null;
    try {
      if (fs.realPath) {
        real = known ?? fs.realPath(dir);
        const first = walked.get(real);
        if (first !== undefined) {
          warnings.push(skipped(rel, first));
          continue;
        }
        walked.set(real, rel);
      }
      entries = fs.list(dir);
    } catch (err) {
      if (rel === '') throw err;
      warnings.push(unreadable(rel, reason(err)));
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue; // .obsidian, .trash, .git and other hidden entries
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.kind === 'dir') {
        if (!isUnderPrefixes(path, excludedPrefixes)) pending.push([path, real !== null && e.link === false ? childPath(real, e.name) : null]);
      } else if (e.kind === 'file' && e.name.toLowerCase().endsWith('.md') && !isUnderPrefixes(path, excludedPrefixes)) {
        files.push(path);
      }
    }
  }
  return files.sort();
}

/** Reads the vault; rejects only when the vault folder itself cannot be listed. */
export function readVault(fs: VaultFs, root: string, excludedFolders: string[] = []): Promise<VaultRead> {
  try {
    return Promise.resolve(readVaultSync(fs, root, excludedFolders));
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}

/**
 * Reads the listed notes and hands each to `onNote` as soon as it is read, so a caller that
 * indexes as it goes never holds every file's text at once (on 10,000 notes, holding them made
 * the garbage collector copy ~20 MB; npm run bench). Unreadable notes become warnings.
 */
export function readNotes(
  fs: VaultFs,
  root: string,
  paths: string[],
  warnings: IndexWarning[],
  onNote: (note: NoteRecord) => void,
  wantsTime: (text: string) => boolean = () => false,
): void {
  for (const path of paths) {
    let text: string;
    const abs = absolute(root, path);
    try {
      text = fs.readText(abs);
    } catch (err) {
      warnings.push(unreadable(path, reason(err)));
      continue;
    }
    const why = notTextReason(text);
    if (why !== null) warnings.push({ code: 'not-text', severity: 'warning', path, line: 1, message: `This file does not look like text (${why}); it is read as far as it goes.` });
    const note = toNoteRecord(path, text);
    // Only notes that may define a set need a time (which of two copies is older): one stat each.
    if (fs.created && wantsTime(text)) {
      try {
        const t = fs.created(abs);
        if (t !== undefined) note.created = t;
      } catch {
        // no time: path order decides
      }
    }
    onNote(note);
  }
}

export function sortByPath(warnings: IndexWarning[]): void {
  warnings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The same, synchronously: throws only when the vault folder itself cannot be listed. */
export function readVaultSync(fs: VaultFs, root: string, excludedFolders: string[] = []): VaultRead {
  const warnings: IndexWarning[] = [];
  const notes: NoteRecord[] = [];
  readNotes(fs, root, listVault(fs, root, excludedFolders, warnings), warnings, (note) => notes.push(note));
  sortByPath(warnings);
  return { notes, warnings };
}
