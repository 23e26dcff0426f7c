// GitHub/Obsidian markdown table: pipes and angle brackets escaped, line breaks flattened.
import type { Grid } from './grid';
import { markdownText } from './one-line';

function cell(s: string | undefined): string {
  return markdownText(s ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

export function renderMarkdownTable(grid: Grid): string {
  const right = new Set(grid.right ?? []);
  const row = (cells: string[]) => `| ${grid.headers.map((_, i) => cell(cells[i])).join(' | ')} |`;
  const rule = `| ${grid.headers.map((_, i) => (right.has(i) ? '--:' : '---')).join(' | ')} |`;
  return [row(grid.headers), rule, ...grid.rows.map(row)].join('\n') + '\n';
}
