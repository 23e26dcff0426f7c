// What a plugin user feels at startup, measured on the built main.js in the Chromium harness
// (tests/e2e/harness: the in-memory Obsidian the browser tests use), on the bench's 10,000-note
// vault written to a temporary folder: the page's metadata cache knows every note, and every body
// the plugin reads is fetched from that folder on disk (fs.promises.readFile on the Node side, per
// request). onload, the first drawn dashboard after layout-ready against a baseline of only
// cachedRead-ing the notes the plugin read, and the re-draw after one edit. Skipped with a message
// when Chromium is missing.
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { readFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { Harness, launchChromium } from '../tests/e2e/support/harness';
import { CHROMIUM } from '../tests/e2e/support/paths';
import { generateVault, vaultNotes } from './generate-vault';
import { median } from './timing';

export interface StartupFigures {
  /** plugin.load() until onload resolved. */
  onload_ms: number;
  /** Files read during onload (Obsidian's guideline: none). */
  onload_reads: number;
  /** Layout-ready until the dashboard's table is drawn with the index ready. */
  first_dashboard_ms: number;
  /** Awaiting cachedRead of every note the plugin read, in the same page, nothing else, READS_IN_FLIGHT at a time. */
  first_dashboard_baseline_ms: number;
  /** The same reads one after another. */
  baseline_sequential_ms: number;
  /** fs.promises.readFile of the same files in the bench's Node process, READS_IN_FLIGHT at a time (what the reads cost without the browser). */
  node_reads_ms: number;
  /** Notes the plugin read for its first index (the candidates). */
  candidates: number;
  /** One story note modified until the dashboard is drawn again (the index's 200 ms refresh debounce included). */
  redraw_after_edit_ms: number;
  /** The same without the debounce: the work after the refresh fired. */
  redraw_work_ms: number;
  runs: number;
}

export type StartupResult = { figures: StartupFigures } | { skipped: string };

const OPEN_DASHBOARD = 'interview-prep:open-coverage-dashboard';
/** Reads the baseline keeps in flight: as many as the live index's first pass (READS_AHEAD). */
export const READS_IN_FLIGHT = 4;

/** One cold start in a fresh page: the three figures and the baseline. */
async function oneRun(h: Harness): Promise<Omit<StartupFigures, 'runs' | 'node_reads_ms'> & { candidate_paths: string[] }> {
  return h.page.evaluate(async ([command, inFlight]) => {
    const nextFrame = (): Promise<void> => new Promise((r) => window.requestAnimationFrame(() => window.setTimeout(r, 0)));
    const until = async (ok: () => boolean): Promise<void> => {
      while (!ok()) await new Promise((r) => window.requestAnimationFrame(r));
    };
    const index = window.ipHarness.pluginField('index') as { isReady: boolean; onRefresh(cb: () => void): unknown };
    const table = (): Element | null => document.querySelector('.ip-dashboard table');
    // The dashboard is opened as the layout becomes ready (as a restored leaf would be).
    await window.ipHarness.runCommand(command);
    await until(() => index.isReady && (table()?.querySelectorAll('tbody tr').length ?? 0) > 0);
    await nextFrame();
    const drawn = performance.now();
    const t = window.ipHarness.timeline();
    const reads = window.ipHarness.readPaths();
    const candidates = [...new Set(reads)];
    const sequential = await window.ipHarness.timedCachedReads(candidates, 1);
    const baseline = await window.ipHarness.timedCachedReads(candidates, inFlight);

    // One edit: a sentence added to a story note shown on the dashboard.
    const story = candidates.find((p) => /^area-/.test(p) && document.querySelector('.ip-dashboard')?.textContent?.includes(p.replace(/^.*\/|\.md$/g, ''))) ?? candidates[candidates.length - 1];
    const text = (await window.ipHarness.read(story)) ?? '';
    let refreshed = 0;
    index.onRefresh(() => {
      refreshed ||= performance.now();
    });
    // A redraw keeps the table and the unchanged rows; the panels below it, drawn last, are new.
    const panels = (): Element | null => document.querySelector('.ip-dashboard .ip-panels');
    const before = panels();
    await nextFrame();
    const edited = performance.now();
    await window.ipHarness.modify(story, text + '\nI also wrote the runbook for the next team.\n');
    await until(() => table() !== null && panels() !== null && panels() !== before);
    await nextFrame();
    const redrawn = performance.now();
    return {
      onload_ms: t.layoutReady - t.onloadStart,
      onload_reads: t.readsAtLayoutReady,
      first_dashboard_ms: drawn - t.layoutReady,
      first_dashboard_baseline_ms: baseline,
      baseline_sequential_ms: sequential,
      candidates: candidates.length,
      candidate_paths: candidates,
      redraw_after_edit_ms: redrawn - edited,
      redraw_work_ms: redrawn - (refreshed || edited),
    };
  }, [OPEN_DASHBOARD, READS_IN_FLIGHT] as const);
}

/** fs.promises.readFile of `paths` under `root`, `inFlight` at a time, in ms. */
async function nodeReads(root: string, paths: string[], inFlight: number): Promise<number> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) await readFile(join(root, paths[next++]), 'utf8');
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  return performance.now() - start;
}

/** `runs` cold starts, each in a fresh page; medians. */
export async function measureStartup(count: number, seed: number, runs: number, log: (msg: string) => void): Promise<StartupResult> {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH, or apt-get install chromium)` };
  const vault: Record<string, string> = {};
  for (const { rel, note } of vaultNotes(count, seed)) vault[rel] = note.text;
  const root = mkdtempSync(join(tmpdir(), 'ip-startup-'));
  const all: Omit<StartupFigures, 'runs'>[] = [];
  try {
    generateVault(root, count, seed);
    const browser = await launchChromium();
    try {
      for (let i = 0; i < runs; i++) {
        log(`startup in Chromium, run ${i + 1} of ${runs}`);
        const h = await Harness.open(browser, { vault, vaultDir: root, now: null });
        try {
          const { candidate_paths, ...run } = await oneRun(h);
          if (h.errors.length) throw new Error(`the page reported errors: ${h.errors.join('; ')}`);
          all.push({ ...run, node_reads_ms: await nodeReads(root, candidate_paths, READS_IN_FLIGHT) });
        } finally {
          await h.close();
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const med = (k: keyof Omit<StartupFigures, 'runs'>): number => median(all.map((r) => r[k]));
  return {
    figures: {
      onload_ms: med('onload_ms'),
      onload_reads: Math.max(...all.map((r) => r.onload_reads)),
      first_dashboard_ms: med('first_dashboard_ms'),
      first_dashboard_baseline_ms: med('first_dashboard_baseline_ms'),
      baseline_sequential_ms: med('baseline_sequential_ms'),
      node_reads_ms: med('node_reads_ms'),
      candidates: med('candidates'),
      redraw_after_edit_ms: med('redraw_after_edit_ms'),
      redraw_work_ms: med('redraw_work_ms'),
      runs,
    },
  };
}
