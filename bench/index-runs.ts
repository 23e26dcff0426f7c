// Our side of the benchmark: the cold index as the CLI builds it, one-note updates, and what the
// index keeps on the heap.
import { readFileSync } from 'fs';
import { join } from 'path';
import { VaultIndex } from '../src/core/index/vault-index';
import { noteRecordFromText, readNotes } from './cli-path';
import type { NoteRecord } from '../src/core/model';
import { Rng } from './rng';
import { collectGarbage, median, nowMs, percentile, wallMs, watchGc } from './timing';

/** Read + frontmatter + scan + index + snapshot, as loadVault does it, keeping the index for the later runs. */
export async function coldIndex(root: string): Promise<VaultIndex> {
  const index = new VaultIndex();
  for (const record of await readNotes(root)) index.upsert(record);
  index.snapshot();
  return index;
}

/** The same, split into its stages (for the breakdown line of the table). */
export async function coldIndexStages(root: string): Promise<{ readMs: number; upsertMs: number; snapshotMs: number; readingsMs: number; items: number }> {
  const t0 = nowMs();
  const records = await readNotes(root);
  const t1 = nowMs();
  const index = new VaultIndex();
  for (const record of records) index.upsert(record);
  const t2 = nowMs();
  const snap = index.snapshot();
  const t3 = nowMs();
  // Readings are computed on first use (index --json, coverage's suggestions, the dashboard): all of them here.
  let n = 0;
  for (const item of [...snap.questions, ...snap.stories]) if (item.reading && item.suggestions) n++;
  const t4 = nowMs();
  return { readMs: t1 - t0, upsertMs: t2 - t1, snapshotMs: t3 - t2, readingsMs: t4 - t3, items: n };
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
  /** Garbage collections that ran during the timed edits, and their total pause. */
  gcs: number;
  gcMs: number;
  /** p99 of the process's CPU time per edit (not wall clock). */
  cpuP99: number;
}

/**
 * `edits` one-note upserts into a built index, each timed alone; the records are built beforehand.
 * Repeated for `passes` passes (the same edits again: each is still a full re-index of the note);
 * the figures are the medians over passes, so one pass hit by a noisy neighbour does not decide them.
 */
export async function incrementalUpserts(index: VaultIndex, root: string, paths: string[], edits: number, seed: number, passes = 3): Promise<IncrementalResult> {
  const rng = new Rng(seed);
  const records: NoteRecord[] = [];
  for (let k = 0; k < edits; k++) records.push(edited(root, rng.pick(paths), k));
  index.upsert(records[0]); // warm-up
  const runs: IncrementalResult[] = [];
  for (let pass = 0; pass < passes; pass++) {
    collectGarbage();
    const gc = watchGc();
    const times: number[] = [];
    const cpu: number[] = [];
    for (const record of records) {
      // Always the wall clock: process CPU time counts the GC's background threads into whichever
      // edit is running. The CPU time around it is kept as a diagnostic: it leaves out the slices
      // the OS gives to other processes, which on a shared 2-core box dominate the wall p99.
      const c0 = process.cpuUsage();
      const t0 = wallMs();
      index.upsert(record);
      times.push(wallMs() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    const pauses = await gc.stop();
    runs.push({ edits, p50: median(times), p99: percentile(times, 99), max: Math.max(...times), gcs: pauses.length, gcMs: pauses.reduce((a, b) => a + b, 0), cpuP99: percentile(cpu, 99) });
  }
  const mid = (k: keyof IncrementalResult): number => median(runs.map((r) => r[k]));
  return { edits, p50: mid('p50'), p99: mid('p99'), max: mid('max'), gcs: mid('gcs'), gcMs: mid('gcMs'), cpuP99: mid('cpuP99') };
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
