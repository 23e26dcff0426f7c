// `npm run bench`: generates the synthetic vaults in a temp folder, measures, prints a table
// (or one JSON object with --json), and removes the vaults. Run through scripts/bench.mjs,
// which bundles this file and starts node with --expose-gc.
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, statSync } from 'fs';
import { cpus, loadavg, tmpdir } from 'os';
import { join } from 'path';
import { readFloor, remarkAll, subset } from './baselines';
import { coverageMs, coverageSnapshot } from './coverage-run';
import { generateVault, type GeneratedVault } from './generate-vault';
import { coldIndex, coldIndexStages, incrementalUpserts, retainedHeap, snapshotAfterEdit } from './index-runs';
import { fmt, mb, table, type Row } from './report';
import { measureStartup, READS_IN_FLIGHT, type StartupResult } from './startup';
import { evaluate, evaluateStartup, type Figures, type Target } from './targets';
import { clockName, hasGc, interleaved, median, medianOfPasses, setClock } from './timing';
import { cliSnapshotWithReadings } from './cli-path';
import { adversarialRuns } from './adversarial';

const SEED = 20240607;
const args = new Set(process.argv.slice(2));
const json = args.has('--json');
// --small: a quick smoke run (1,000 / 5,000 notes); its figures are not the benchmark's.
const small = args.has('--small');
// --startup: only the bundle size and the plugin's startup in Chromium (see startup.ts).
const startupOnly = args.has('--startup');
const STARTUP_RUNS = 3;
// --cpu: time with process CPU time instead of the wall clock (see timing.ts).
if (args.has('--cpu')) setClock('cpu');
const N = small ? 1000 : 10000;
const N_LARGE = small ? 5000 : 50000;
const REMARK_STEP = 20; // remark parses every 20th file; its time is scaled up by bytes.

function log(msg: string): void {
  process.stderr.write(`bench: ${msg}\n`);
}

const roots: string[] = [];
function cleanup(): void {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });
}

function makeVault(count: number, seed: number): GeneratedVault {
  const root = mkdtempSync(join(tmpdir(), `ip-bench-${count}-`));
  roots.push(root);
  log(`generating ${count} notes in ${root}`);
  const vault = generateVault(root, count, seed);
  // Flush the new files to disk now, so write-back does not run during the timed reads.
  try {
    execFileSync('sync');
  } catch {
    log('warning: could not run sync; write-back may disturb the first timings');
  }
  return vault;
}

/** main.js as `npm run bench` just built it, and the startup figures measured in Chromium. */
async function startupPart(): Promise<{ bundleBytes: number; startup: StartupResult; targets: Target[] }> {
  const bundleBytes = statSync('main.js').size;
  const startup = await measureStartup(N, SEED, STARTUP_RUNS, log);
  if ('skipped' in startup) log(`startup in Chromium SKIPPED (not a pass): ${startup.skipped}`);
  const targets = evaluateStartup({ bundle_bytes: bundleBytes, startup: 'figures' in startup ? startup.figures : null });
  return { bundleBytes, startup, targets };
}

function startupJson(s: Awaited<ReturnType<typeof startupPart>>): Record<string, unknown> {
  const f = 'figures' in s.startup ? s.startup.figures : null;
  return {
    bundle_bytes: s.bundleBytes,
    onload_ms: f?.onload_ms ?? null,
    first_dashboard_ms: f?.first_dashboard_ms ?? null,
    first_dashboard_baseline_ms: f?.first_dashboard_baseline_ms ?? null,
    startup: 'figures' in s.startup ? s.startup.figures : { skipped: s.startup.skipped },
  };
}

function startupRows(s: Awaited<ReturnType<typeof startupPart>>): Row[] {
  const rows: Row[] = [{ measure: 'main.js', value: `${fmt(s.bundleBytes / 1024)} KiB`, note: 'minified production build' }];
  if ('skipped' in s.startup) return [...rows, { measure: 'Startup in Chromium', value: 'skipped', note: s.startup.skipped }];
  const f = s.startup.figures;
  return [
    ...rows,
    { measure: 'onload', value: `${fmt(f.onload_ms)} ms`, note: `${f.onload_reads} files read; Chromium harness, median of ${f.runs} cold starts` },
    { measure: 'First dashboard', value: `${fmt(f.first_dashboard_ms)} ms`, note: `layout-ready to the matrix drawn, ${N} notes, ${f.candidates} candidate notes read` },
    {
      measure: 'cachedRead baseline',
      value: `${fmt(f.first_dashboard_baseline_ms)} ms`,
      note: `awaiting cachedRead of the candidate notes (bodies from disk), ${READS_IN_FLIGHT} in flight, same page; one after another: ${fmt(f.baseline_sequential_ms)} ms; the same files read by Node's fs.promises.readFile: ${fmt(f.node_reads_ms)} ms`,
    },
    { measure: 'Re-draw after one edit', value: `${fmt(f.redraw_after_edit_ms)} ms`, note: `modify to drawn, incl. the index's 200 ms refresh debounce; work after the refresh: ${fmt(f.redraw_work_ms)} ms` },
  ];
}

function printStartupOnly(s: Awaited<ReturnType<typeof startupPart>>): void {
  if (json) {
    const ratios = Object.fromEntries(s.targets.map((t) => [t.key, t.value]));
    const pass = Object.fromEntries(s.targets.map((t) => [t.key, t.pass]));
    const complete = 'figures' in s.startup;
    process.stdout.write(JSON.stringify({ ...startupJson(s), ratios, pass, all_pass: complete && s.targets.every((t) => t.pass) }, null, 2) + '\n');
    return;
  }
  process.stdout.write(`${table(startupRows(s), s.targets)}\n`);
}

async function main(): Promise<void> {
  if (startupOnly) return printStartupOnly(await startupPart());
  const load = loadavg()[0];
  if (load > cpus().length * 0.5) log(`warning: load average ${load.toFixed(1)} on ${cpus().length} cores: other processes share the CPU, timings are noisy`);
  if (!hasGc()) log('warning: run with node --expose-gc (npm run bench does); heap figures are unreliable without it');
  const v = makeVault(N, SEED);
  const large = makeVault(N_LARGE, SEED + 6);

  // Floor and index passes alternate, and the two vault sizes too, so that load that comes and
  // goes on a shared machine falls on both sides of every ratio.
  log(`read floor and cold index, ${N} and ${N_LARGE} notes, passes interleaved`);
  const passes = await interleaved([
    { passes: 5, run: () => readFloor(v.root, v.paths) },
    { passes: 5, run: () => cliSnapshotWithReadings(v.root) },
    { passes: 3, run: () => readFloor(large.root, large.paths) },
    { passes: 3, run: () => cliSnapshotWithReadings(large.root) },
  ]);
  const [read, index, readLarge, indexLarge] = passes;
  rmSync(large.root, { recursive: true, force: true });
  const stages = [await coldIndexStages(v.root), await coldIndexStages(v.root), await coldIndexStages(v.root)];
  const stage = (k: 'readMs' | 'upsertMs' | 'snapshotMs' | 'readingsMs'): number => median(stages.map((s) => s[k]));

  log(`remark (every ${REMARK_STEP}th file, scaled by bytes)`);
  const sub = subset(v.paths, REMARK_STEP);
  const subBytes = bytesOf(v, sub);
  const remarkSub = medianOfPasses(3, () => remarkAll(v.root, sub));
  const remarkMs = (remarkSub.ms * v.bytes) / subBytes;

  log('incremental updates');
  const built = await coldIndex(v.root);
  const indexed = v.paths.filter((p) => v.kinds.get(p) === 'story' || v.kinds.get(p) === 'questions');
  const plain = v.paths.filter((p) => v.kinds.get(p) === 'ordinary');
  const sets = v.paths.filter((p) => v.kinds.get(p) === 'set');
  const inc = await incrementalUpserts(built, v.root, indexed, 1000, SEED + 1);
  const incPlain = await incrementalUpserts(built, v.root, plain, 1000, SEED + 2);
  const snapAfterStory = snapshotAfterEdit(built, v.root, indexed, 21, SEED + 3);
  const snapAfterSet = snapshotAfterEdit(built, v.root, sets, 5, SEED + 4);

  log('coverage');
  const cov = coverageSnapshot(1000, SEED + 5);
  // In a fresh process first: the very first call (story health computed for every story), then
  // calls before the JIT has optimized; then the steady state of a running Obsidian that has drawn
  // the dashboard before, health remembered for unchanged stories: the target.
  const coverageFirst = coverageMs(cov.snapshot, cov.setId, 51, false);
  const coverage = coverageMs(cov.snapshot, cov.setId, 51, false, 50);
  const coverageWithHealth = coverageMs(cov.snapshot, cov.setId, 51, true, 50);

  log('retained heap');
  const retained = await retainedHeap(v.root);

  log('adversarial notes');
  const advRoot = mkdtempSync(join(tmpdir(), 'ip-bench-adversarial-'));
  roots.push(advRoot);
  const adversarial = adversarialRuns(advRoot, SEED + 7);
  cleanup();
  const start = await startupPart();

  const figures: Figures = {
    notes: N,
    vault_bytes: v.bytes,
    read_ms: read.ms,
    index_ms: index.ms,
    remark_ms: remarkMs,
    incremental_p50_ms: inc.p50,
    incremental_p99_ms: inc.p99,
    coverage_ms: coverage.ms,
    retained_bytes: retained.bytes,
    index_ms_50k: indexLarge.ms,
    adversarial,
  };
  const targets = [...evaluate(figures), ...start.targets];
  const extra = {
    notes_50k: N_LARGE,
    vault_bytes_50k: large.bytes,
    read_ms_50k: readLarge.ms,
    index_stages_ms: { read_and_frontmatter: stage('readMs'), upsert: stage('upsertMs'), snapshot: stage('snapshotMs'), readings: stage('readingsMs') },
    readings_items: stages[0].items,
    remark_measured: { files: sub.length, bytes: subBytes, ms: remarkSub.ms, extrapolated_by_bytes: true },
    incremental_max_ms: inc.max,
    incremental_cpu_p99_ms: inc.cpuP99,
    incremental_gc: { pauses: inc.gcs, ms: inc.gcMs },
    incremental_plain_p50_ms: incPlain.p50,
    incremental_plain_p99_ms: incPlain.p99,
    snapshot_after_story_edit_ms: snapAfterStory,
    snapshot_after_set_edit_ms: snapAfterSet,
    coverage_first_call_ms: coverageFirst.firstMs,
    coverage_first_calls_ms: coverageFirst.ms,
    coverage_with_health_ms: coverageWithHealth.ms,
    coverage_stories: coverage.stories,
    coverage_loop_ready: coverage.ready,
    indexed_notes: retained.notes,
    counts: v.counts,
    passes: { read: read.passes, index: index.passes, index_50k: indexLarge.passes },
    clock: clockName(),
    machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', load_at_start: load },
    small,
  };
  if (json) {
    const ratios = Object.fromEntries(targets.map((t) => [t.key, t.value]));
    const pass = Object.fromEntries(targets.map((t) => [t.key, t.pass]));
    const complete = 'figures' in start.startup;
    process.stdout.write(JSON.stringify({ ...figures, ...startupJson(start), ...extra, ratios, pass, all_pass: complete && targets.every((t) => t.pass) }, null, 2) + '\n');
    return;
  }
  const rows: Row[] = [
    { measure: 'Vault', value: `${N} notes, ${mb(v.bytes)}`, note: `${v.counts.story} story, ${v.counts.questions} question, ${v.counts.set} set notes; ${v.counts.frontmatter} with frontmatter` },
    { measure: 'Read floor', value: `${fmt(read.ms)} ms`, note: 'readFileSync (utf8) of every file, median of 5' },
    { measure: 'Cold index', value: `${fmt(index.ms)} ms`, note: `readings included; in stages: walk + read + frontmatter ${fmt(stage('readMs'))} ms, upsert ${fmt(stage('upsertMs'))} ms, snapshot ${fmt(stage('snapshotMs'))} ms, the readings of all ${stages[0].items} questions and stories ${fmt(stage('readingsMs'))} ms` },
    { measure: 'remark-parse + frontmatter', value: `${fmt(remarkMs)} ms`, note: `measured on ${sub.length} files (${mb(subBytes)}): ${fmt(remarkSub.ms)} ms, scaled by bytes` },
    { measure: 'Incremental upsert (story/question note)', value: `p50 ${fmt(inc.p50)} ms, p99 ${fmt(inc.p99)} ms`, note: `${inc.edits} edits × 3 passes (medians), wall clock; CPU-time p99 ${fmt(inc.cpuP99)} ms; ${inc.gcs} GC pauses, ${fmt(inc.gcMs)} ms per pass` },
    { measure: 'Incremental upsert (ordinary note)', value: `p50 ${fmt(incPlain.p50)} ms, p99 ${fmt(incPlain.p99)} ms`, note: `${incPlain.edits} edits × 3 passes; CPU-time p99 ${fmt(incPlain.cpuP99)} ms` },
    { measure: 'snapshot() after one edit', value: `${fmt(snapAfterStory)} ms`, note: `story note edited; after a set-note edit (everything re-resolved): ${fmt(snapAfterSet)} ms` },
    { measure: 'Coverage + loop readiness', value: `${fmt(coverage.ms)} ms`, note: `${coverage.stories} stories × 16 principles, median of 51 after 50 untimed calls; the process's very first call, which also computes every story's health: ${fmt(coverageFirst.firstMs)} ms; its next 51 calls: ${fmt(coverageFirst.ms)} ms; health recomputed on every call: ${fmt(coverageWithHealth.ms)} ms` },
    { measure: 'Retained heap', value: mb(retained.bytes), note: `index of ${retained.notes} notes with snapshot, file texts dropped, after GC` },
    ...adversarial.map((a) => ({
      measure: `Adversarial: ${a.label}`,
      value: `${fmt(a.index_ms)} ms`,
      note: `${(a.bytes / 1e3).toFixed(0)} KB; ${fmt(a.ratio)}× the read floor of the same file (${fmt(a.read_ms)} ms); at a sixteenth of the size ${fmt(a.ratio_small)}×; median of 5`,
    })),
    { measure: `Cold index, ${N_LARGE} notes`, value: `${fmt(indexLarge.ms)} ms`, note: `${mb(large.bytes)}; read floor ${fmt(readLarge.ms)} ms; median of 3` },
    ...startupRows(start),
  ];
  process.stdout.write(`${table(rows, targets)}\n\nnode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown cpu'}, load average ${load.toFixed(1)} at start, ${clockName() === 'cpu' ? 'CPU-time clock (--cpu)' : 'wall clock'}${small ? ' (--small: smoke run, not the benchmark)' : ''}\n`);
}

function bytesOf(v: GeneratedVault, paths: string[]): number {
  let n = 0;
  for (const p of paths) n += v.sizes.get(p) ?? 0;
  return n;
}

main().catch((err: unknown) => {
  cleanup();
  process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
