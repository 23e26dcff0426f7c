// The CLI's table formats: one grid of plain cells, rendered as an aligned text table for
// terminals, a Markdown table to paste into a note, or CSV for a spreadsheet. Cells are escaped by
// the core's rules (src/core/export/table-cells.ts), the same the plugin's export uses.
import { csvText, markdownCell, oneLine } from '../core/export/table-cells';

/** A table as plain cells; every output format renders the same grids. */
export interface Grid {
  headers: string[];
  rows: string[][];
  /** Columns to right-align in the text table and the Markdown table (numbers). */
  right?: number[];
}

/** Length in code points, so accented names do not skew the columns. */
function width(s: string): number {
  return [...s].length;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

/** Plain-text table with aligned columns, for terminals. */
export function renderTextTable(grid: Grid): string {
  const cols = grid.headers.length;
  const rows = grid.rows.map((r) => Array.from({ length: cols }, (_, i) => oneLine(r[i] ?? '')));
  const widths = grid.headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const right = new Set(grid.right ?? []);
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], right.has(i))).join('  ').trimEnd();
  return [line(grid.headers.map(oneLine)), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

/** GitHub/Obsidian Markdown table. */
export function renderMarkdownTable(grid: Grid): string {
  const right = new Set(grid.right ?? []);
  const row = (cells: string[]) => `| ${grid.headers.map((_, i) => markdownCell(cells[i] ?? '')).join(' | ')} |`;
  const rule = `| ${grid.headers.map((_, i) => (right.has(i) ? '--:' : '---')).join(' | ')} |`;
  return [row(grid.headers), rule, ...grid.rows.map(row)].join('\n') + '\n';
}

/** CSV, every row as wide as the header. */
export function renderCsv(grid: Grid): string {
  const cols = grid.headers.length;
  const line = (cells: string[]) => Array.from({ length: cols }, (_, i) => cells[i] ?? '');
  return csvText([line(grid.headers), ...grid.rows.map(line)], '\n');
}
