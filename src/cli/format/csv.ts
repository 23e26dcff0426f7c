// A grid as CSV; the fields are escaped by the core's rule (src/core/export/table-cells.ts), the
// same the plugin's export uses.
import { csvText } from '../../core/export/table-cells';
import type { Grid } from './grid';

export function renderCsv(grid: Grid): string {
  const cols = grid.headers.length;
  const line = (cells: string[]) => Array.from({ length: cols }, (_, i) => cells[i] ?? '');
  return csvText([line(grid.headers), ...grid.rows.map(line)], '\n');
}
