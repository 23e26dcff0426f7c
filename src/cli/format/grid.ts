// A table as plain cells; every output format renders the same grids.
export interface Grid {
  headers: string[];
  rows: string[][];
  /** Columns to right-align in the text table (numbers). */
  right?: number[];
}
