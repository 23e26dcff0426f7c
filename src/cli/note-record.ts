// Turns a note's file text into the core's NoteRecord: BOM stripped, frontmatter parsed with
// gray-matter's engines (safely), body kept byte-for-byte (CRLF included) and `bodyLine` counted exactly.
import matter from 'gray-matter';
import { findFrontmatterBlock } from '../core/frontmatter/block';
import type { NoteRecord } from '../core/model';

/** gray-matter's engines (js-yaml 3's `safeLoad` for YAML, `JSON.parse` for JSON), without its wrapper. */
const ENGINES = (matter as unknown as { engines: Record<'yaml' | 'json', { parse(text: string): unknown }> }).engines;

/** The language a fence names, as gray-matter looks it up (an exact key first, then its aliases). */
function engineOf(lang: string): 'yaml' | 'json' | 'javascript' | null {
  if (lang === '' || lang === 'yaml' || lang === 'json' || lang === 'javascript') return lang === '' ? 'yaml' : lang;
  const lower = lang.toLowerCase();
  if (lower === 'yaml' || lower === 'yml') return 'yaml';
  if (lower === 'js' || lower === 'javascript') return 'javascript';
  return null;
}

/**
 * What `matter(source).data` gives for the block `---lang` / `yaml` / `---`, with gray-matter's
 * own engines but not its wrapper: for each block gray-matter copied the text into a Buffer, merged
 * its options three times and looked for an excerpt, which cost as much as js-yaml itself (about
 * a tenth of the cold index; npm run bench). Its rules are kept: the YAML ends at the first line
 * that starts with `---`, a block of only blanks and `#` comments is `{}` (whatever its language), `---js`/`---javascript`
 * is refused (gray-matter would `eval` it), and an unknown language is an error.
 */
function parseBlock(lang: string, yaml: string): unknown {
  const text = `\n${yaml}`;
  const cut = text.indexOf('\n---');
  const source = cut < 0 ? text : text.slice(0, cut);
  if (source.replace(/^\s*#[^\n]+/gm, '').trim() === '') return {};
  const engine = engineOf(lang);
  if (engine === 'javascript') throw new Error('JavaScript frontmatter is not supported (it is never executed)');
  if (engine === null) throw new Error(`gray-matter engine "${lang}" is not registered`);
  // gray-matter turns a document of only `~` or `null` into `{}` as well.
  return ENGINES[engine].parse(source) ?? {};
}

interface Block {
  /** Lines the block occupies, both fences included. */
  lines: number;
  /** Offset in the text where the body starts. */
  bodyStart: number;
  /** The language after the opening `---` ('' for none). */
  lang: string;
  /** The lines between the fences, line endings as `\n`. */
  yaml: string;
}

/** The frontmatter block by the core's rule (core/frontmatter/block.ts). */
function findBlock(text: string): Block | null {
  const block = findFrontmatterBlock(text);
  if (!block) return null;
  const yaml = text.slice(block.yamlStart, block.closeStart).replace(/\r\n?|\n/g, '\n').replace(/\n$/, '');
  return { lines: block.closeLine + 1, bodyStart: block.bodyStart, lang: block.lang, yaml };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** One line of a parser error, without gray-matter's wrapping. */
function errorLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0].replace(/^(SyntaxError|YAMLException|Error):\s*/, '').replace(/[\s:]+$/, '').trim() || 'parse error';
}

export function toNoteRecord(path: string, fileText: string): NoteRecord {
  const text = fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText;
  // Speed: gray-matter is only called when the text can hold a frontmatter block at all.
  const block = text.startsWith('---') ? findBlock(text) : null;
  if (!block) return { path, frontmatter: null, body: text, bodyLine: 0 };
  const record: NoteRecord = { path, frontmatter: null, body: text.slice(block.bodyStart), bodyLine: block.lines, frontmatterText: block.yaml };
  try {
    const data = parseBlock(block.lang, block.yaml);
    if (isPlainObject(data)) record.frontmatter = data;
    else if (data !== null && data !== undefined) record.frontmatterError = 'frontmatter is not a list of "key: value" pairs';
  } catch (err) {
    record.frontmatterError = errorLine(err);
  }
  return record;
}

/**
 * The CLI's YAML parser, the same gray-matter call the reader makes: the frontmatter editor checks
 * its edits with it (core/frontmatter/verify.ts). Throws on YAML that does not parse.
 */
export function parseYamlText(yaml: string): unknown {
  return parseBlock('', yaml.replace(/\r\n?/g, '\n'));
}
