// Prints the benchmark as a plain-text table (bench/README.md copies it).
import type { Target } from './targets';

export interface Row {
  measure: string;
  value: string;
  note?: string;
}

function pad(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => '| ' + r.map((cell, c) => (cell ?? '').padEnd(widths[c])).join(' | ') + ' |').join('\n');
}

export function table(rows: Row[], targets: Target[]): string {
  const fig = [['Measure', 'Value', 'Note'], ...rows.map((r) => [r.measure, r.value, r.note ?? ''])];
  const tgt = [
    ['Target', 'Measured', 'Limit', 'Result'],
    ...targets.map((t) => [
      t.label,
      `${fmt(t.value)} ${t.unit}`,
      `${t.kind === 'max' ? '≤' : '≥'} ${t.limit} ${t.unit}`,
      t.pass ? 'pass' : 'FAIL',
    ]),
  ];
  const sep = (s: string): string => s.replace(/^(\|[^\n]*\n)/, (line) => line + line.replace(/[^|\n]/g, '-'));
  return `${sep(pad(fig))}\n\n${sep(pad(tgt))}`;
}

export function fmt(n: number): string {
  if (n >= 100) return n.toFixed(0);
  if (n >= 10) return n.toFixed(1);
  if (n >= 1) return n.toFixed(2);
  return n.toFixed(3);
}

export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
