// Plain-text table with aligned columns, for terminals.
import type { Grid } from './grid';
import { oneLine } from '../../core/export/table-cells';

/** Length in code points, so accented names do not skew the columns. */
function width(s: string): number {
  return [...s].length;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

export function renderTextTable(grid: Grid): string {
  const cols = grid.headers.length;
  const rows = grid.rows.map((r) => Array.from({ length: cols }, (_, i) => oneLine(r[i] ?? '')));
  const widths = grid.headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const right = new Set(grid.right ?? []);
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], right.has(i))).join('  ').trimEnd();
  return [line(grid.headers.map(oneLine)), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}
