// The targets, as ratios that hold on any machine, and their pass/fail.
import type { AdversarialResult } from './adversarial';

export interface Figures {
  notes: number;
  vault_bytes: number;
  read_ms: number;
  index_ms: number;
  remark_ms: number;
  incremental_p50_ms: number;
  incremental_p99_ms: number;
  coverage_ms: number;
  retained_bytes: number;
  index_ms_50k: number;
  /** Hostile notes, each at full size and at a sixteenth (bench/adversarial.ts). */
  adversarial: AdversarialResult[];
}

export interface Target {
  key: string;
  label: string;
  value: number;
  limit: number;
  /** `max`: value must be ≤ limit; `min`: value must be ≥ limit. */
  kind: 'max' | 'min';
  unit: string;
  pass: boolean;
}

function target(key: string, label: string, value: number, kind: 'max' | 'min', limit: number, unit: string): Target {
  return { key, label, value, limit, kind, unit, pass: kind === 'max' ? value <= limit : value >= limit };
}

export function evaluate(f: Figures): Target[] {
  return [
    // Issue 17: readings included (bench/cli-path.ts), at most 1.5× reading the files.
    target('index_vs_read', 'cold index (with readings) ÷ read floor', f.index_ms / f.read_ms, 'max', 1.5, '×'),
    target('remark_vs_index', 'remark ÷ cold index', f.remark_ms / f.index_ms, 'min', 30, '×'),
    target('scale_50k', '50k index ÷ 10k index', f.index_ms_50k / f.index_ms, 'max', 5.5, '×'),
    target('incremental_p50', 'incremental median', f.incremental_p50_ms, 'max', 0.1, 'ms'),
    target('incremental_p99', 'incremental p99', f.incremental_p99_ms, 'max', 1, 'ms'),
    target('coverage', 'coverage + loop, 1,000 × 16', f.coverage_ms, 'max', 2, 'ms'),
    target('retained_vs_vault', 'retained heap ÷ vault bytes', f.retained_bytes / f.vault_bytes, 'max', 0.5, '×'),
    // Index ÷ read floor at 16× the size over the same at 1×: ~1 for linear work, ~16 for quadratic.
    ...f.adversarial.map((a) => target(`adversarial_${a.key}`, `${a.label}: growth of ÷ read floor, 16× size`, a.growth, 'max', 2, '×')),
  ];
}

/** onload (before layout-ready) may take at most this share of the first dashboard (after it). */
const ONLOAD_LIMIT = 0.05;
/** Re-drawing after one edit may take at most this share of the first dashboard. */
const REDRAW_LIMIT = 0.1;

/** The bundle target: main.js minified. */
export const BUNDLE_TARGET_BYTES = 100 * 1024;

export interface StartupTargetFigures {
  bundle_bytes: number;
  /** null when the Chromium part was skipped. */
  startup: {
    onload_ms: number;
    onload_reads: number;
    first_dashboard_ms: number;
    first_dashboard_baseline_ms: number;
    redraw_work_ms: number;
  } | null;
}

/** Startup targets; without Chromium the browser ones are absent (reported as skipped, not passed). */
export function evaluateStartup(f: StartupTargetFigures): Target[] {
  const out = [target('bundle_bytes', 'main.js, minified', f.bundle_bytes / 1024, 'max', BUNDLE_TARGET_BYTES / 1024, 'KiB')];
  const s = f.startup;
  if (!s) return out;
  return [
    ...out,
    target('onload_reads', 'files read during onload', s.onload_reads, 'max', 0, 'files'),
    target('onload_vs_first_dashboard', 'onload ÷ first dashboard', s.onload_ms / s.first_dashboard_ms, 'max', ONLOAD_LIMIT, '×'),
    target('first_dashboard_vs_baseline', 'first dashboard ÷ cachedRead baseline', s.first_dashboard_ms / s.first_dashboard_baseline_ms, 'max', 1.5, '×'),
    target('redraw_vs_first_dashboard', 're-draw work after an edit ÷ first dashboard', s.redraw_work_ms / s.first_dashboard_ms, 'max', REDRAW_LIMIT, '×'),
  ];
}
