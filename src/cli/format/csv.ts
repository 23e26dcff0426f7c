// CSV per RFC 4180: a field is quoted when it holds a comma, a quote, a line break or edge spaces,
// and quotes inside it are doubled.
import type { Grid } from './grid';

export function csvField(s: string): string {
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv(grid: Grid): string {
  const cols = grid.headers.length;
  const line = (cells: string[]) => Array.from({ length: cols }, (_, i) => csvField(cells[i] ?? '')).join(',');
  return [line(grid.headers), ...grid.rows.map(line)].join('\n') + '\n';
}
