// Timing helpers: a monotonic clock in milliseconds, median and percentiles, GC access.
import { PerformanceObserver } from 'perf_hooks';
import { setTimeout as sleep } from 'timers/promises';
import { runInNewContext } from 'vm';

export type Clock = 'wall' | 'cpu';
let clock: Clock = 'wall';

/**
 * `wall`: elapsed time (the default). `cpu`: this process's CPU time (user + system, all its
 * threads), for machines shared with other work, where elapsed time mostly measures the neighbours.
 */
export function setClock(c: Clock): void {
  clock = c;
}

export function clockName(): Clock {
  return clock;
}

/** The wall clock whatever the chosen clock: per-edit latencies (see incrementalUpserts). */
export function wallMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function nowMs(): number {
  if (clock === 'cpu') {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
  return Number(process.hrtime.bigint()) / 1e6;
}

export function time(fn: () => void): number {
  const t0 = nowMs();
  fn();
  return nowMs() - t0;
}

/** Nearest-rank percentile of `values` (0 < p ≤ 100). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One warm-up run, then `passes` timed runs; returns the median and every pass. No forced GC
 * between passes: a full GC shrinks the heap back, and the next pass then paid ~50% more CPU
 * growing it again, which measured V8's heap sizing rather than the code.
 */
export function medianOfPasses(passes: number, fn: () => void): { ms: number; passes: number[] } {
  fn();
  const times: number[] = [];
  for (let i = 0; i < passes; i++) {
    times.push(time(fn));
  }
  return { ms: median(times), passes: times };
}

/**
 * Several measures taken in turns (A, B, C, A, B, C, …): one warm-up round, then each measure
 * until it has its number of passes. Returns the median and passes of each, in order.
 */
export async function interleaved(measures: { passes: number; run: () => unknown }[]): Promise<{ ms: number; passes: number[] }[]> {
  for (const m of measures) await m.run();
  const times: number[][] = measures.map(() => []);
  const rounds = Math.max(...measures.map((m) => m.passes));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < measures.length; i++) {
      if (r >= measures[i].passes) continue;
      const t0 = nowMs();
      await measures[i].run();
      times[i].push(nowMs() - t0);
    }
  }
  return times.map((t) => ({ ms: median(t), passes: t }));
}

// With --expose-gc, `gc` is a global of every context; reading it through vm avoids touching the
// real global object (the plugin lint rule forbids that even here).
const gcFn = runInNewContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined;

/** Full GC when node runs with --expose-gc (scripts/bench.mjs always passes it). */
export function collectGarbage(): void {
  if (gcFn) {
    gcFn();
    gcFn();
  }
}

export function hasGc(): boolean {
  return gcFn !== undefined;
}

/** Collects the pause of every garbage collection until stop() (entries arrive asynchronously). */
export function watchGc(): { stop(): Promise<number[]> } {
  const pauses: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push(e.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    async stop() {
      await sleep(20);
      observer.disconnect();
      return pauses;
    },
  };
}
