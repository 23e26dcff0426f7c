// The CLI's own path from disk to NoteRecords and to a snapshot, re-exported so the benchmark
// measures exactly what `obsidian-interview-prep index` runs.
import { loadVault } from '../src/cli/load-vault';
import { toNoteRecord } from '../src/cli/note-record';
import { readVault } from '../src/cli/read-vault';
import { nodeFs } from '../src/cli/vault-fs';
import type { IndexSnapshot, NoteRecord } from '../src/core/model';

export const noteRecordFromText = toNoteRecord;

export async function readNotes(root: string): Promise<NoteRecord[]> {
  return (await readVault(nodeFs, root)).notes;
}

/** The CLI's first step of every command: settings, read, index, snapshot. */
export async function cliSnapshot(root: string): Promise<IndexSnapshot> {
  return (await loadVault(nodeFs, root)).snapshot;
}
