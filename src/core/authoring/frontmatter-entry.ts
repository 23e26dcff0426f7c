// Where one top-level key's entry sits in the frontmatter text, and in what form it is written, so
// an edit can touch only the items it changes. It reads the text as written; the parsed values
// come from a real YAML parser (frontmatter/verify.ts), and the two are matched item by item.
import { isClosingFence, openingFence } from '../frontmatter/block';
import type { TextLine } from './lines';

export interface Block {
  /** Index (in the line array) of the opening line. */
  open: number;
  /** Index of the closing line (`---` or `...`). */
  close: number;
  /** The opening line's language (`---yaml` → 'yaml'); '' for a plain `---`. */
  lang: string;
}

/** The frontmatter block of a note split by `splitLines` (core/frontmatter/block.ts's rule), or null. */
export function findFrontmatter(lines: readonly TextLine[]): Block | null {
  if (lines.length === 0 || lines[0].eol === '') return null;
  const first = lines[0].text.startsWith('\uFEFF') ? lines[0].text.slice(1) : lines[0].text;
  const lang = openingFence(first);
  if (lang === null) return null;
  for (let i = 1; i < lines.length; i++) if (isClosingFence(lines[i].text)) return { open: 0, close: i, lang };
  return null;
}

/** A span of characters in one line. */
export interface Span {
  from: number;
  to: number;
}

/** A block list item: lines [start, end), written as `${indent}${dash}value`. */
export interface BlockItem {
  start: number;
  end: number;
  indent: string;
  /** `-` and the spaces after it. */
  dash: string;
}

export type Entry =
  /** `key:` then `- item` lines. */
  | { form: 'block'; start: number; end: number; items: BlockItem[] }
  /** `key: [a, "b"]` on one line; `items` are spans in the key line, `open` is just after `[`. */
  | { form: 'flow'; start: number; end: number; items: Span[]; open: number }
  /** `key: value` or `key: "value"` on one line; `value` is its span in the key line. */
  | { form: 'scalar'; start: number; end: number; value: Span }
  /** `key:` with nothing after it (null). */
  | { form: 'empty'; start: number; end: number }
  /** Anything else (anchors, tags, block scalars, values over several lines…): rewritten whole. */
  | { form: 'other'; start: number; end: number };

export type Located = { ok: true; indent: string; entry: Entry | null } | { ok: false; reason: string };

function isBlank(text: string): boolean {
  return text.trim() === '' || text.trimStart().startsWith('#');
}

function indentOf(text: string): string {
  return /^[ \t]*/.exec(text)?.[0] ?? '';
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a flow or quoted value that starts the text ends: the index just past it, or -1 when it
 * runs on past the line. Plain values end at a ` #` comment or the line's end.
 */
export function valueEnd(text: string): number {
  const c = text[0];
  if (c === '"' || c === "'") {
    for (let i = 1; i < text.length; i++) {
      if (c === '"' && text[i] === '\\') i++;
      else if (text[i] === c) {
        if (c === "'" && text[i + 1] === "'") i++;
        else return i + 1;
      }
    }
    return -1;
  }
  if (c === '[' || c === '{') {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '"' || ch === "'") {
        const end = valueEnd(text.slice(i));
        if (end < 0) return -1;
        i += end - 1;
      } else if (ch === '[' || ch === '{') depth++;
      else if (ch === ']' || ch === '}') {
        if (--depth === 0) return i + 1;
      } else if (ch === '#' && /\s/.test(text[i - 1] ?? '')) {
        // A comment inside a flow list that goes on below: skip to the next line.
        const nl = text.indexOf('\n', i);
        if (nl < 0) return -1;
        i = nl;
      }
    }
    return -1;
  }
  const hash = text.search(/[ \t]#/);
  return (hash < 0 ? text : text.slice(0, hash)).trimEnd().length;
}

/** The items of a flow list `[...]` that starts at `open - 1` and ends at `close`, as spans. */
function flowItems(line: string, open: number, close: number): Span[] {
  const items: Span[] = [];
  let from = open;
  let depth = 0;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== '') items.push({ from: from + lead, to: from + raw.trimEnd().length });
  };
  for (let i = open; i < close; i++) {
    const ch = line[i];
    if (ch === '"' || ch === "'") i += valueEnd(line.slice(i)) - 1;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      push(i);
      from = i + 1;
    }
  }
  push(close);
  return items;
}

/** The block list items in lines (start, end) below a key, or null when they are not one. */
function blockItems(lines: readonly TextLine[], start: number, end: number, rootIndent: string): BlockItem[] | null {
  const items: BlockItem[] = [];
  for (let i = start + 1; i < end; i++) {
    const t = lines[i].text;
    const m = /^([ \t]*)(-(?:[ \t]+|$))/.exec(t);
    const current = items[items.length - 1];
    if (m && m[1].length >= rootIndent.length && (!current || m[1] === current.indent)) {
      items.push({ start: i, end: i + 1, indent: m[1], dash: m[2] });
    } else if (isBlank(t)) {
      continue; // blank lines and comments, before or between items, stay where they are
    } else if (current && indentOf(t).length > current.indent.length) {
      current.end = i + 1;
    } else return null;
  }
  return items.length > 0 ? items : null;
}

/** How far the entry that starts at line `start` runs: continuation lines and a multi-line value. */
function entryEnd(lines: readonly TextLine[], start: number, close: number, rootIndent: string, rest: string): number {
  let end = start + 1;
  let open = /^["'[{]/.test(rest) && valueEnd(rest) < 0;
  let text = rest;
  for (let j = start + 1; j < close; j++) {
    const t = lines[j].text;
    if (open) {
      text += '\n' + t;
      end = j + 1;
      open = valueEnd(text) < 0;
      continue;
    }
    const deeper = indentOf(t).length > rootIndent.length;
    const dashAtRoot = t.startsWith(rootIndent + '-') && /^-(?:[ \t]|$)/.test(t.slice(rootIndent.length));
    if (!isBlank(t) && (deeper || dashAtRoot)) end = j + 1;
    else if (!isBlank(t)) break;
  }
  return end;
}

function classify(lines: readonly TextLine[], start: number, end: number, rootIndent: string, restAt: number): Entry {
  const line = lines[start].text;
  const rest = line.slice(restAt);
  const other: Entry = { form: 'other', start, end };
  if (rest === '' || rest.startsWith('#')) {
    if (end === start + 1) return { form: 'empty', start, end };
    const items = blockItems(lines, start, end, rootIndent);
    return items ? { form: 'block', start, end, items } : other;
  }
  if (end !== start + 1) return other;
  const stop = valueEnd(rest);
  const after = rest.slice(stop).trim();
  if (stop < 0 || (after !== '' && !after.startsWith('#'))) return other;
  if (rest[0] === '[') return { form: 'flow', start, end, items: flowItems(line, restAt + 1, restAt + stop - 1), open: restAt + 1 };
  if (/^["']/.test(rest) || !/^[&*!|>{%@`]/.test(rest)) return { form: 'scalar', start, end, value: { from: restAt, to: restAt + stop } };
  return other;
}

/**
 * The root mapping's indentation and the key's entry (null when the key is absent), or why the
 * frontmatter cannot be edited in place: a flow-style mapping, an explicit `? key`, or a key
 * written twice.
 */
export function locateKey(lines: readonly TextLine[], block: Block, key: string): Located {
  let indent: string | null = null;
  for (let i = block.open + 1; i < block.close; i++) {
    const t = lines[i].text;
    if (isBlank(t)) continue;
    indent ??= indentOf(t);
    const head = t.slice(indent.length);
    if (t.startsWith(indent) && !/^[ \t]/.test(head)) {
      if (/^[[{]/.test(head)) return { ok: false, reason: 'the frontmatter is written in flow style ({...})' };
      if (/^\?(?:[ \t]|$)/.test(head)) return { ok: false, reason: 'the frontmatter uses an explicit "? key"' };
    }
  }
  indent ??= '';
  const k = escapeRe(key);
  const re = new RegExp(`^${escapeRe(indent)}(?:${k}|"${k}"|'${k}')[ \\t]*:(?=[ \\t]|$)[ \\t]*`);
  let entry: Entry | null = null;
  for (let i = block.open + 1; i < block.close; i++) {
    const m = re.exec(lines[i].text);
    if (!m) continue;
    if (entry) return { ok: false, reason: `"${key}" is written twice` };
    const end = entryEnd(lines, i, block.close, indent, lines[i].text.slice(m[0].length));
    entry = classify(lines, i, end, indent, m[0].length);
    i = end - 1;
  }
  return { ok: true, indent, entry };
}
