// Checking a frontmatter edit after it is made, with a real YAML parser handed in by the caller
// (the plugin passes Obsidian's `parseYaml`, the CLI the gray-matter call its reader makes): the
// edit stands only if the new YAML parses, every other key is deep-equal to before, the edited
// keys hold exactly the intended values, and nothing outside the frontmatter block changed.
import { dequal } from 'dequal';
import { findFrontmatterBlock } from './block';

/** Parses YAML text; throws when it does not parse. */
export type YamlParse = (yaml: string) => unknown;

export type ParsedFrontmatter = { ok: true; data: Record<string, unknown> } | { ok: false; reason: string };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0].trim() || 'parse error';
}

/** The note's frontmatter as an object: `{}` when the note has no block (or an empty one). */
export function parseFrontmatter(text: string, parse: YamlParse): ParsedFrontmatter {
  const block = findFrontmatterBlock(text);
  if (!block) return { ok: true, data: {} };
  if (block.lang !== '' && block.lang.toLowerCase() !== 'yaml') return { ok: false, reason: `the frontmatter is written in "${block.lang}", not YAML` };
  let data: unknown;
  try {
    data = parse(text.slice(block.yamlStart, block.closeStart));
  } catch (err) {
    return { ok: false, reason: `the frontmatter is not valid YAML (${firstLine(err)})` };
  }
  if (data === null || data === undefined) return { ok: true, data: {} };
  if (!isPlainObject(data)) return { ok: false, reason: 'the frontmatter is not a list of "key: value" pairs' };
  return { ok: true, data };
}

/** The BOM and the body: what an edit of the frontmatter never changes. */
function outside(text: string): [boolean, string] {
  const block = findFrontmatterBlock(text);
  const bom = text.charCodeAt(0) === 0xfeff;
  return [bom, block ? text.slice(block.bodyStart) : text.slice(bom ? 1 : 0)];
}

/**
 * Null when `after` is `before` with exactly the intended keys changed (an `undefined` intended
 * value: the key is absent); else why not, in a few words.
 */
export function verifyEdit(before: string, after: string, intended: ReadonlyMap<string, unknown>, parse: YamlParse): string | null {
  const was = parseFrontmatter(before, parse);
  if (!was.ok) return was.reason;
  const now = parseFrontmatter(after, parse);
  if (!now.ok) return `the edit would break the frontmatter: ${now.reason}`;
  if (!dequal(outside(before), outside(after))) return 'the edit would change the note outside its frontmatter';
  for (const key of new Set([...Object.keys(was.data), ...Object.keys(now.data)])) {
    if (intended.has(key)) continue;
    if (!dequal(was.data[key], now.data[key])) return `the edit would change "${key}" too`;
  }
  for (const [key, value] of intended) {
    const has = Object.prototype.hasOwnProperty.call(now.data, key);
    if (value === undefined ? has : !has || !dequal(now.data[key], value)) return `"${key}" would not hold the intended values`;
  }
  return null;
}
