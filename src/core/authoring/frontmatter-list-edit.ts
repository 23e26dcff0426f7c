// Applying an item-level edit to one frontmatter list, touching only the items it changes: dropped
// items lose their lines (or their place in a `[a, b]` list), new ones are appended in the list's
// own style, every other byte stays. New lines take the line ending of the line they follow.
import { findFrontmatter, locateKey, valueEnd, type BlockItem, type Entry } from './frontmatter-entry';
import { joinLines, lineEnding, splitLines, type TextLine } from './lines';
import { yamlQuote } from './yaml-quote';

export interface ListPlan {
  key: string;
  /** Indexes (in the parsed list) of items to delete. */
  drop: ReadonlySet<number>;
  /** Index → new string value of an item (written double-quoted). */
  replace: ReadonlyMap<number, string>;
  /** String values to append (written double-quoted). */
  append: readonly string[];
  /** Every value after the edit, for an entry that is rewritten whole (form `other`). */
  values: readonly unknown[];
  /** How many items the parser read before the edit: the text's items must match them one for one. */
  count: number;
  /** The key keeps a single value (a scalar whose names were removed from it), not a list. */
  scalar: boolean;
}

export type EditedText = { ok: true; text: string } | { ok: false; reason: string };

/** A value as a YAML scalar, or null for values that are not one (lists, mappings). */
function scalarText(v: unknown): string | null {
  if (typeof v === 'string') return yamlQuote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

function newEntry(indent: string, key: string, values: readonly unknown[], eol: string, scalar = false): TextLine[] | null {
  if (scalar) {
    const s = scalarText(values[0]);
    return s === null ? null : [{ text: `${indent}${key}: ${s}`, eol }];
  }
  const out: TextLine[] = [{ text: `${indent}${key}:`, eol }];
  for (const v of values) {
    const s = scalarText(v);
    if (s === null) return null;
    out.push({ text: `${indent}  - ${s}`, eol });
  }
  return out;
}

/** A one-line item's trailing ` # comment` (kept when the item is rewritten), else ''. */
function itemComment(lines: readonly TextLine[], item: BlockItem): string {
  if (item.end !== item.start + 1) return '';
  const rest = lines[item.start].text.slice(item.indent.length + item.dash.length);
  const end = valueEnd(rest);
  const tail = end < 0 ? '' : rest.slice(end).trim();
  return tail.startsWith('#') ? ` ${tail}` : '';
}

function editBlock(lines: readonly TextLine[], entry: Extract<Entry, { form: 'block' }>, plan: ListPlan): TextLine[] {
  const out: TextLine[] = [lines[entry.start]];
  let cursor = entry.start + 1;
  entry.items.forEach((item, i) => {
    out.push(...lines.slice(cursor, item.start));
    cursor = item.end;
    if (plan.drop.has(i)) return;
    const value = plan.replace.get(i);
    if (value === undefined) out.push(...lines.slice(item.start, item.end));
    else out.push({ text: `${item.indent}${item.dash}${yamlQuote(value)}${itemComment(lines, item)}`, eol: lines[item.end - 1].eol });
  });
  const { indent, dash } = entry.items[0];
  const eol = out[out.length - 1].eol;
  for (const v of plan.append) out.push({ text: `${indent}${dash}${yamlQuote(v)}`, eol });
  return [...out, ...lines.slice(cursor, entry.end)];
}

function editFlow(line: string, entry: Extract<Entry, { form: 'flow' }>, plan: ListPlan): string {
  const { items, open } = entry;
  if (items.length === 0) return line.slice(0, open) + plan.append.map(yamlQuote).join(', ') + line.slice(open);
  const seps = items.map((it, i) => (i === 0 ? line.slice(open, it.from) : line.slice(items[i - 1].to, it.from)));
  const sep = seps.length > 1 ? seps[seps.length - 1] : ', ';
  let inner = '';
  let first = true;
  items.forEach((it, i) => {
    if (plan.drop.has(i)) return;
    const value = plan.replace.get(i);
    inner += (first ? seps[0] : seps[i]) + (value === undefined ? line.slice(it.from, it.to) : yamlQuote(value));
    first = false;
  });
  for (const v of plan.append) {
    inner += (first ? seps[0] : sep) + yamlQuote(v);
    first = false;
  }
  if (first) inner = seps[0];
  return line.slice(0, open) + inner + line.slice(items[items.length - 1].to);
}

function editScalar(line: TextLine, indent: string, entry: Extract<Entry, { form: 'scalar' }>, plan: ListPlan): TextLine[] {
  const { from, to } = entry.value;
  const value = plan.replace.get(0);
  const kept = plan.drop.has(0) ? null : value === undefined ? line.text.slice(from, to) : yamlQuote(value);
  if (plan.append.length === 0) return kept === null ? [] : [{ text: line.text.slice(0, from) + kept + line.text.slice(to), eol: line.eol }];
  const comment = line.text.slice(to).trim();
  const head = line.text.slice(0, from).trimEnd() + (comment === '' ? '' : ` ${comment}`);
  const items = [...(kept === null ? [] : [kept]), ...plan.append.map(yamlQuote)];
  return [{ text: head, eol: line.eol }, ...items.map((s) => ({ text: `${indent}  - ${s}`, eol: line.eol }))];
}

/** How many items the entry's text holds. */
function itemCount(entry: Entry): number {
  if (entry.form === 'block' || entry.form === 'flow') return entry.items.length;
  return entry.form === 'scalar' ? 1 : entry.form === 'empty' ? 0 : -1;
}

/** The entry's new lines (an empty array deletes it), or null when it cannot be written. */
function editEntry(lines: readonly TextLine[], indent: string, found: Entry, plan: ListPlan): TextLine[] | null {
  const keyLine = lines[found.start];
  // Items the text and the parser do not count alike cannot be told apart: rewrite the entry whole.
  const entry: Entry = itemCount(found) === plan.count ? found : { form: 'other', start: found.start, end: found.end };
  switch (entry.form) {
    case 'block':
      return plan.drop.size === entry.items.length && plan.append.length === 0 ? [] : editBlock(lines, entry, plan);
    case 'flow':
      return [{ text: editFlow(keyLine.text, entry, plan), eol: keyLine.eol }];
    case 'scalar':
      return editScalar(keyLine, indent, entry, plan);
    case 'empty':
      return [keyLine, ...plan.append.map((v) => ({ text: `${indent}  - ${yamlQuote(v)}`, eol: keyLine.eol }))];
    case 'other': {
      if (plan.values.length === 0) return [];
      const key = keyLine.text.slice(indent.length, keyLine.text.indexOf(':'));
      const fresh = newEntry(indent, key, plan.values, keyLine.eol, plan.scalar);
      if (fresh) fresh[fresh.length - 1].eol = lines[entry.end - 1].eol;
      return fresh;
    }
  }
}

/** Applies `plan` to the key's entry in the note's frontmatter (creating the block or the key when needed). */
export function applyListPlan(text: string, plan: ListPlan): EditedText {
  const lines = splitLines(text);
  const block = findFrontmatter(lines);
  if (!block) {
    if (plan.values.length === 0) return { ok: true, text };
    const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
    const eol = lineEnding(text);
    const fresh = newEntry('', plan.key, plan.values, eol);
    if (!fresh) return { ok: false, reason: `"${plan.key}" holds values that are not text` };
    return { ok: true, text: bom + joinLines([{ text: '---', eol }, ...fresh, { text: '---', eol }]) + text.slice(bom.length) };
  }
  if (block.lang !== '') return { ok: false, reason: `the frontmatter is written in "${block.lang}"` };
  const located = locateKey(lines, block, plan.key);
  if (!located.ok) return located;
  const { entry, indent } = located;
  if (!entry) {
    if (plan.values.length === 0) return { ok: true, text };
    const fresh = newEntry(indent, plan.key, plan.values, lines[block.close - 1].eol);
    if (!fresh) return { ok: false, reason: `"${plan.key}" holds values that are not text` };
    return { ok: true, text: joinLines([...lines.slice(0, block.close), ...fresh, ...lines.slice(block.close)]) };
  }
  const replaced = editEntry(lines, indent, entry, plan);
  if (!replaced) return { ok: false, reason: `"${plan.key}" holds values that are not text` };
  // Deleting the block's only entry deletes the block (the way tagging a note without one made it).
  if (replaced.length === 0 && entry.start === block.open + 1 && entry.end === block.close) {
    const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
    return { ok: true, text: bom + joinLines(lines.slice(block.close + 1)) };
  }
  return { ok: true, text: joinLines([...lines.slice(0, entry.start), ...replaced, ...lines.slice(entry.end)]) };
}
