// Setting ONE top-level key of a note's YAML frontmatter to a whole list (extract-story uses it
// for a new note's frontmatter). Tagging an existing note edits item by item instead
// (tag-edit.ts), so entries the user wrote stay as written.
//
// Why not Obsidian's `fileManager.processFrontMatter`: it parses the YAML and writes the whole
// block back, which drops comments, re-quotes and re-orders values and changes line endings.
// The plugin instead runs this pure function inside `vault.process` (an atomic read-modify-write
// that docs/recognition.md allows), so only the lines of the key being set change: the BOM, the CRLF or LF
// endings, comments, other keys, trailing spaces and the body stay byte for byte.
import { findFrontmatter, type Block } from './frontmatter-entry';
import { joinLines, lineEnding, splitLines, type TextLine } from './lines';
import { yamlQuote } from './yaml-quote';

const BOM = '\uFEFF';

export { findFrontmatter };
export type FrontmatterBlock = Block;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `key:` at column 0, bare or quoted. Group 1 is what follows the colon. */
function keyLineRe(key: string): RegExp {
  const k = escapeRe(key);
  return new RegExp(`^(?:${k}|"${k}"|'${k}')[ \\t]*:(?:[ \\t]+(.*)|$)`);
}

/** A line that continues the value of the key above it: indented, or a `- item` at column 0. */
function continues(text: string, blockListAllowed: boolean): boolean {
  if (/^[ \t]/.test(text) && text.trim() !== '') return true;
  return blockListAllowed && /^-(?:[ \t]|$)/.test(text);
}

/** Line range [start, end) of the key's entry inside the block, or null when the key is absent. */
export function findKey(lines: readonly TextLine[], block: FrontmatterBlock, key: string): { start: number; end: number } | null {
  const re = keyLineRe(key);
  for (let i = block.open + 1; i < block.close; i++) {
    const m = re.exec(lines[i].text);
    if (!m) continue;
    // `key:` with nothing after it (or only a comment) may be followed by a block list at column 0.
    const rest = (m[1] ?? '').trim();
    const blockListAllowed = rest === '' || rest.startsWith('#');
    let end = i + 1;
    for (let j = i + 1; j < block.close; j++) {
      const t = lines[j].text;
      if (continues(t, blockListAllowed)) {
        end = j + 1;
        continue;
      }
      // Blank lines and column-0 comments belong to the value only when more of it follows them.
      if (t.trim() === '' || t.startsWith('#')) continue;
      break;
    }
    return { start: i, end };
  }
  return null;
}

/** The key's new lines: `key:` then one `  - "value"` per value. */
function keyLines(key: string, values: readonly string[], eol: string): TextLine[] {
  return [{ text: `${key}:`, eol }, ...values.map((v) => ({ text: `  - ${yamlQuote(v)}`, eol }))];
}

/**
 * Sets the top-level frontmatter key `key` to the list `values` (removes the key when `values` is
 * empty). Creates the frontmatter block when the note has none. Every other byte is unchanged;
 * new lines use the file's own line ending.
 */
export function setFrontmatterList(text: string, key: string, values: readonly string[]): string {
  const lines = splitLines(text);
  const eol = lineEnding(text);
  const block = findFrontmatter(lines);
  if (!block) {
    if (values.length === 0) return text;
    const bom = text.startsWith(BOM) ? BOM : '';
    const head: TextLine[] = [{ text: '---', eol }, ...keyLines(key, values, eol), { text: '---', eol }];
    return bom + joinLines(head) + text.slice(bom.length);
  }
  const found = findKey(lines, block, key);
  const fresh = values.length === 0 ? [] : keyLines(key, values, eol);
  if (found) {
    // The entry's last line keeps its own terminator (it may be the file's odd CR or LF).
    if (fresh.length > 0) fresh[fresh.length - 1].eol = lines[found.end - 1].eol;
    return joinLines([...lines.slice(0, found.start), ...fresh, ...lines.slice(found.end)]);
  }
  if (fresh.length === 0) return text;
  return joinLines([...lines.slice(0, block.close), ...fresh, ...lines.slice(block.close)]);
}

/** Sets several keys in order (each one surgically). */
export function setFrontmatterLists(text: string, entries: readonly { key: string; values: readonly string[] }[]): string {
  let out = text;
  for (const e of entries) out = setFrontmatterList(out, e.key, e.values);
  return out;
}
