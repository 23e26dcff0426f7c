// Shared first step of every command: check the vault folder, load its settings, read its notes
// and build the index.
import { VaultIndex } from '../core/index/vault-index';
import type { IndexSnapshot, IndexWarning } from '../core/model';
import { listVault, readNotes, sortByPath } from './read-vault';
import { UsageError } from './usage-error';
import type { VaultFs } from './vault-fs';
import { loadVaultSettings, type CliSettings } from './vault-settings';

export interface LoadedVault {
  settings: CliSettings;
  snapshot: IndexSnapshot;
  /** Read errors first, then the index's warnings. */
  warnings: IndexWarning[];
  /** Markdown files read, and how many of them the index kept. */
  notesRead: number;
  notesIndexed: number;
}

function describe(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return err instanceof Error ? err.message.split('\n')[0] : String(err);
}

export async function loadVault(fs: VaultFs, root: string): Promise<LoadedVault> {
  let kind;
  try {
    kind = fs.kindOf(root);
  } catch (err) {
    throw new UsageError(`cannot read vault "${root}": ${describe(err)}`);
  }
  if (kind === null) throw new UsageError(`cannot read vault "${root}": no such folder`);
  if (kind !== 'dir') throw new UsageError(`cannot read vault "${root}": not a folder`);
  const settings = loadVaultSettings(fs, root);
  const readWarnings: IndexWarning[] = [];
  let paths: string[];
  try {
    paths = listVault(fs, root, settings.index.excludedFolders, readWarnings);
  } catch (err) {
    throw new UsageError(`cannot read vault "${root}": ${describe(err)}`);
  }
  const index = new VaultIndex(settings.index);
  let notesRead = 0;
  let indexed = 0;
  // Indexed as each note is read: no moment holds every file's text (see readNotes).
  readNotes(fs, root, paths, readWarnings, (note) => {
    notesRead++;
    if (index.upsert(note)) indexed++;
  });
  let snapshot = index.snapshot();
  // Two notes define the same principle: which note is older decides which one owns the set.
  // Only then are file times read (one stat each), and only for set notes.
  if (fs.created && snapshot.warnings.some((w) => w.code === 'duplicate-principle')) {
    const setNotes = [...new Set([...snapshot.sets.map((s) => s.path), ...snapshot.warnings.filter((w) => w.code === 'duplicate-principle').map((w) => w.path)])];
    readNotes(fs, root, setNotes, [], (note) => void index.upsert(note), () => true);
    snapshot = index.snapshot();
  }
  sortByPath(readWarnings);
  return { settings, snapshot, warnings: [...readWarnings, ...snapshot.warnings], notesRead, notesIndexed: indexed };
}
