// Text as lines that keep their own terminators, so edits can rebuild the text byte for byte.

export interface TextLine {
  /** The line without its terminator. */
  text: string;
  /** `\r\n`, `\n`, `\r`, or '' for a last line with no terminator. */
  eol: string;
}

const LINE = /([^\r\n]*)(\r\n|\n|\r|$)/g;

/** Splits text into lines; joining `text + eol` of every line gives the input back exactly. */
export function splitLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  LINE.lastIndex = 0;
  for (;;) {
    const start = LINE.lastIndex;
    const m = LINE.exec(text);
    if (!m) break;
    if (m[2] === '' && m[1] === '' && start >= text.length) break;
    out.push({ text: m[1], eol: m[2] });
    if (m[2] === '') break;
  }
  return out;
}

export function joinLines(lines: readonly TextLine[]): string {
  let s = '';
  for (const l of lines) s += l.text + l.eol;
  return s;
}

/** The file's own line ending (its first one), `\n` for a text without any. */
export function lineEnding(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}
