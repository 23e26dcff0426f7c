// GitHub/Obsidian markdown table; cells escaped by the core's rule (src/core/export/table-cells.ts).
import { markdownCell } from '../../core/export/table-cells';
import type { Grid } from './grid';

export function renderMarkdownTable(grid: Grid): string {
  const right = new Set(grid.right ?? []);
  const row = (cells: string[]) => `| ${grid.headers.map((_, i) => markdownCell(cells[i] ?? '')).join(' | ')} |`;
  const rule = `| ${grid.headers.map((_, i) => (right.has(i) ? '--:' : '---')).join(' | ')} |`;
  return [row(grid.headers), rule, ...grid.rows.map(row)].join('\n') + '\n';
}
