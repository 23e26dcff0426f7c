// Where each top-level frontmatter key sits in the file, read from the YAML text as written, so a
// warning about `principles:` can point at that line (the parsed object has no positions).

export interface KeyLines {
  /** 1-based file line of `key:`. */
  line: number;
  /** 1-based file lines of the key's block list items (`- x`), in order; empty for other forms. */
  items: number[];
}

const KEY = /^(["']?)([^\s"'#:-][^:]*?)\1\s*:(?:\s|$)/;
const ITEM = /^\s*-(?:\s|$)/;

/** Top-level keys of the YAML between the fences; the opening fence is file line 1. */
export function frontmatterKeyLines(yaml: string): Map<string, KeyLines> {
  const out = new Map<string, KeyLines>();
  let current: KeyLines | null = null;
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].replace(/\r$/, '');
    const fileLine = i + 2;
    const key = KEY.exec(text);
    if (key) {
      current = { line: fileLine, items: [] };
      if (!out.has(key[2])) out.set(key[2], current);
    } else if (current && ITEM.test(text)) {
      current.items.push(fileLine);
    } else if (/^\S/.test(text) && !text.startsWith('#')) {
      current = null;
    }
  }
  return out;
}
