// Where each top-level frontmatter key sits in the file, read from the YAML text as written, so a
// warning about `principles:` can point at that line (the parsed object has no positions).

export interface KeyLines {
  /** 1-based file line of `key:`. */
  line: number;
  /** 1-based file lines of the key's block list items (`- x`), in order; empty for other forms. */
  items: number[];
}

const SPACE = /\s/;
const isSpace = (text: string, i: number): boolean => SPACE.test(text.charAt(i));

/**
 * The key of a `key: …` line (`"key": …`, `'key': …`), or null. This is the regex
 * `/^(["']?)([^\s"'#:-][^:]*?)\1\s*:(?:\s|$)/` read without backtracking: the key runs to the
 * first `:`, less the spaces (and closing quote) before it. The regex took time quadratic in the
 * length of a line of spaces with no `:`.
 */
export function keyOfLine(text: string): string | null {
  const quote = text.charAt(0) === '"' || text.charAt(0) === "'" ? text.charAt(0) : '';
  const start = quote.length;
  if (start >= text.length || /[\s"'#:-]/.test(text.charAt(start))) return null;
  const colon = text.indexOf(':', start + 1);
  if (colon < 0 || (colon + 1 < text.length && !isSpace(text, colon + 1))) return null;
  let end = colon;
  if (quote === '') {
    while (end > start + 1 && isSpace(text, end - 1)) end--;
  } else {
    while (end > start + 2 && isSpace(text, end - 1)) end--;
    if (end < start + 2 || text.charAt(end - 1) !== quote) return null;
    end--;
  }
  return text.slice(start, end);
}

const ITEM = /^\s*-(?:\s|$)/;

/** Top-level keys of the YAML between the fences; the opening fence is file line 1. */
export function frontmatterKeyLines(yaml: string): Map<string, KeyLines> {
  const out = new Map<string, KeyLines>();
  let current: KeyLines | null = null;
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].replace(/\r$/, '');
    const fileLine = i + 2;
    const key = keyOfLine(text);
    if (key !== null) {
      current = { line: fileLine, items: [] };
      if (!out.has(key)) out.set(key, current);
    } else if (current && ITEM.test(text)) {
      current.items.push(fileLine);
    } else if (/^\S/.test(text) && !text.startsWith('#')) {
      current = null;
    }
  }
  return out;
}
