// Cells of the tables a coverage report is exported as, one rule for the plugin and the CLI:
// CSV fields (RFC 4180, and text a spreadsheet would run as a formula neutralized) and Markdown
// table cells (pipes escaped, HTML kept out, one line), from text that comes from notes.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e]/g;

/** Text from notes on one line: line breaks and tabs become spaces, control characters (ANSI escapes, bidi overrides) go. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** For Markdown: also keeps `<tags>` from being read as HTML. */
export function markdownText(text: string): string {
  return oneLine(text).replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A Markdown table cell: one line, no HTML, backslashes and pipes escaped. */
export function markdownCell(text: string): string {
  return markdownText(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/** Text that a spreadsheet reads as a formula (or that hides one behind a tab or CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. Text starting with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'`, so a
 * story titled `=HYPERLINK(…)` reaches a spreadsheet as text; numbers are written as they are.
 * Quoted (inner quotes doubled) when it holds a comma, a quote, a line break or edge spaces.
 */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of fields as CSV text, every line ended by `eol`. */
export function csvText(rows: readonly (readonly (string | number)[])[], eol: '\n' | '\r\n'): string {
  return rows.map((r) => r.map(csvField).join(',')).join(eol) + eol;
}
