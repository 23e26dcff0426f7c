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

/**
 * The cold index as the issue counts it, readings included: the snapshot, then every question's
 * and story's reading and suggestions, which `index --json`, `coverage` (its `?` marks) and the
 * dashboard (its "Read as" panel) compute before their first output.
 */
export async function cliSnapshotWithReadings(root: string): Promise<IndexSnapshot> {
  const snapshot = await cliSnapshot(root);
  let n = 0;
  for (const item of [...snapshot.questions, ...snapshot.stories]) n += item.reading.length + item.suggestions.length;
  if (n < 0) throw new Error('unreachable: keeps the readings from being optimized away');
  return snapshot;
}
