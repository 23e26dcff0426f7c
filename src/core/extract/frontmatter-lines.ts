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

/**
 * Tags read from the raw `tags:` / `tag:` lines when the YAML does not parse: the inline value
 * (`tags: [story, lp/ownership`, `tags: story`) and its block list items (`  - story`).
 * Lowercased, without `#`, brackets or quotes.
 */
export function rawFrontmatterTags(yaml: string): string[] {
  const out: string[] = [];
  let inTags = false;
  const add = (value: string) => {
    for (const t of value.replace(/[[\]{}"']/g, ' ').split(/[,\s]+/)) {
      const tag = t.replace(/^#/, '').trim().toLowerCase();
      if (tag !== '' && !out.includes(tag)) out.push(tag);
    }
  };
  for (const raw of yaml.split('\n')) {
    const text = raw.replace(/\r$/, '');
    const key = KEY.exec(text);
    if (key) {
      inTags = key[2] === 'tags' || key[2] === 'tag';
      if (inTags) add(text.slice(key[0].length));
    } else if (inTags && ITEM.test(text)) {
      add(text.replace(ITEM, ''));
    } else if (/^\S/.test(text) && !text.startsWith('#')) {
      inTags = false;
    }
  }
  return out;
}
