// Our side of the benchmark: the cold index as the CLI builds it, one-note updates, and what the
// index keeps on the heap.
import { readFileSync } from 'fs';
import { join } from 'path';
import { VaultIndex } from '../src/core/index/vault-index';
import { noteRecordFromText, readNotes } from './cli-path';
import type { NoteRecord } from '../src/core/model';
import { Rng } from './rng';
import { collectGarbage, median, nowMs, percentile } from './timing';

/** Read + frontmatter + scan + index + snapshot, as loadVault does it, keeping the index for the later runs. */
export async function coldIndex(root: string): Promise<VaultIndex> {
  const index = new VaultIndex();
  for (const record of await readNotes(root)) index.upsert(record);
  index.snapshot();
  return index;
}

/** The same, split into its stages (for the breakdown line of the table). */
export async function coldIndexStages(root: string): Promise<{ readMs: number; upsertMs: number; snapshotMs: number }> {
  const t0 = nowMs();
  const records = await readNotes(root);
  const t1 = nowMs();
  const index = new VaultIndex();
  for (const record of records) index.upsert(record);
  const t2 = nowMs();
  index.snapshot();
  const t3 = nowMs();
  return { readMs: t1 - t0, upsertMs: t2 - t1, snapshotMs: t3 - t2 };
}

/** An edit as a user makes it: one sentence added to the end of the note. */
function edited(root: string, path: string, k: number): NoteRecord {
  const text = readFileSync(join(root, path), 'utf8');
  return noteRecordFromText(path, `${text}\nEdited once more, pass ${k}: the numbers moved by ${k % 97}%.\n`);
}

export interface IncrementalResult {
  edits: number;
  p50: number;
  p99: number;
  max: number;
}

/** `edits` one-note upserts into a built index, each timed alone; the records are built beforehand. */
export function incrementalUpserts(index: VaultIndex, root: string, paths: string[], edits: number, seed: number): IncrementalResult {
  const rng = new Rng(seed);
  const records: NoteRecord[] = [];
  for (let k = 0; k < edits; k++) records.push(edited(root, rng.pick(paths), k));
  index.upsert(records[0]); // warm-up
  collectGarbage();
  const times: number[] = [];
  for (const record of records) {
    const t0 = nowMs();
    index.upsert(record);
    times.push(nowMs() - t0);
  }
  return { edits, p50: median(times), p99: percentile(times, 99), max: Math.max(...times) };
}

/** snapshot() right after one edit of a note in `paths`: median over `reps` edit + snapshot rounds. */
export function snapshotAfterEdit(index: VaultIndex, root: string, paths: string[], reps: number, seed: number): number {
  const rng = new Rng(seed);
  const times: number[] = [];
  for (let k = 0; k < reps; k++) {
    index.upsert(edited(root, rng.pick(paths), 100000 + k));
    const t0 = nowMs();
    index.snapshot();
    times.push(nowMs() - t0);
  }
  return median(times);
}

/**
 * Heap the index keeps: heapUsed after GC with the index built (snapshot included) and every
 * file text dropped, minus heapUsed after GC before reading. Needs --expose-gc.
 */
export async function retainedHeap(root: string): Promise<{ bytes: number; notes: number }> {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  let index: VaultIndex | null = await coldIndex(root);
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  const notes = index.size;
  index = null;
  return { bytes: after - before, notes };
}
