// The file-system calls the CLI makes, behind an interface so tests can simulate failures
// (an unreadable file, a vanished folder) that root-run CI cannot produce with chmod.
import { promises as fsp, readFileSync } from 'fs';
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
  // Read synchronously inside the promise: fs.promises.readFile makes four thread-pool round trips
  // per file (open, fstat, read, close) and cost 5–8× the read itself on a 10,000-note vault
  // (npm run bench). The CLI is a batch tool; nothing else waits on its event loop.
  async readText(file) {
    return readFileSync(file, 'utf8');
  },
  kindOf,
};
