// The file-system calls the CLI makes, behind an interface so tests can simulate failures
// (an unreadable file, a vanished folder) that root-run CI cannot produce with chmod.
import { promises as fsp } from 'fs';
import { join } from 'path';

export interface DirEntry {
  name: string;
  kind: 'file' | 'dir' | 'other';
}

export interface VaultFs {
  /** Entries of a directory (absolute path). Symlinks are reported as what they point to. */
  list(dir: string): Promise<DirEntry[]>;
  readText(file: string): Promise<string>;
  /** 'dir' / 'file' / 'other', or null when the path does not exist. */
  kindOf(path: string): Promise<DirEntry['kind'] | null>;
}

async function kindOf(path: string): Promise<DirEntry['kind'] | null> {
  try {
    const st = await fsp.stat(path);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
  } catch {
    return null;
  }
}

export const nodeFs: VaultFs = {
  async list(dir) {
    const entries = await fsp.readdir(dir, { withFileTypes: true });
    const out: DirEntry[] = [];
    for (const e of entries) {
      if (e.isDirectory()) out.push({ name: e.name, kind: 'dir' });
      else if (e.isFile()) out.push({ name: e.name, kind: 'file' });
      else if (e.isSymbolicLink()) out.push({ name: e.name, kind: (await kindOf(join(dir, e.name))) ?? 'other' });
      else out.push({ name: e.name, kind: 'other' });
    }
    return out;
  },
  readText(file) {
    return fsp.readFile(file, 'utf8');
  },
  kindOf,
};
