// The file-system calls the CLI makes, behind an interface so tests can simulate failures
// (an unreadable file, a folder that cannot be listed) that root-run CI cannot produce with chmod.
// Synchronous on purpose: the CLI is one short run over local files, and sync reads are several
// times faster than promise-based ones for thousands of small notes (see `npm run bench`).
import { readdirSync, readFileSync, realpathSync, statSync } from 'fs';
import { join } from 'path';
import { decodeNote } from './decode-text';

export interface DirEntry {
  name: string;
  kind: 'file' | 'dir' | 'other';
  /** True for a symbolic link (`kind` is then what it points to), false when it is none; unknown when absent. */
  link?: boolean;
}

export interface VaultFs {
  /** Entries of a directory (absolute path). Symlinks are reported as what they point to. */
  list(dir: string): DirEntry[];
  readText(file: string): string;
  /** 'dir' / 'file' / 'other', or null when the path does not exist. */
  kindOf(path: string): DirEntry['kind'] | null;
  /** The folder's real path (symlinks resolved): each real folder is walked once. */
  realPath?(dir: string): string;
  /** When the file came to be (ms): the earlier of its birth and modification times, if known. */
  created?(file: string): number | undefined;
}

function kindOf(path: string): DirEntry['kind'] | null {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return null;
  return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
}

export const nodeFs: VaultFs = {
  list(dir) {
    const out: DirEntry[] = [];
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isFile()) out.push({ name: e.name, kind: 'file', link: false });
      else if (e.isDirectory()) out.push({ name: e.name, kind: 'dir', link: false });
      else if (e.isSymbolicLink()) out.push({ name: e.name, kind: kindOrOther(join(dir, e.name)), link: true });
      else out.push({ name: e.name, kind: 'other', link: false });
    }
    return out;
  },
  readText(file) {
    // Node's own UTF-8 read (one call into C++, no Buffer): the bench's read floor is the same call,
    // and going through a Buffer cost the cold index ~10% more. A UTF-16 byte-order mark is not
    // UTF-8 and comes out as two U+FFFD; only then are the bytes read again and decoded by the mark.
    const text = readFileSync(file, 'utf8');
    return text.startsWith('\uFFFD\uFFFD') ? decodeNote(readFileSync(file)) : text;
  },
  kindOf,
  realPath: (dir) => realpathSync(dir),
  created(file) {
    const st = statSync(file, { throwIfNoEntry: false });
    if (!st) return undefined;
    // birthtime is 0 where the file system does not keep it; an older mtime (a copied vault) counts too.
    return st.birthtimeMs > 0 ? Math.min(st.birthtimeMs, st.mtimeMs) : st.mtimeMs;
  },
};

/** A broken or unreadable symlink is just skipped. */
function kindOrOther(path: string): DirEntry['kind'] {
  try {
    return kindOf(path) ?? 'other';
  } catch {
    return 'other';
  }
}
