// Turns a note's file text into the core's NoteRecord: BOM stripped, frontmatter parsed with
// gray-matter (safely), body kept byte-for-byte (CRLF included) and `bodyLine` counted exactly.
import matter from 'gray-matter';
import type { NoteRecord } from '../core/model';

/** Refuses `---js` / `---javascript` frontmatter: gray-matter's own engine would `eval` it. */
const refuseJavascript = {
  parse(): never {
    throw new Error('JavaScript frontmatter is not supported (it is never executed)');
  },
  stringify(): never {
    throw new Error('JavaScript frontmatter is not supported');
  },
};

/** Always passed to gray-matter: with an options object it neither reads nor writes its shared cache. */
const MATTER_OPTIONS = {
  engines: { javascript: refuseJavascript, js: refuseJavascript },
};

/** The opening fence: `---` alone, or `---lang` (which gray-matter would hand to that engine). */
const OPEN_FENCE = /^---([A-Za-z][\w-]*)?[ \t]*\r?$/;
const CLOSE_FENCE = /^---[ \t]*\r?$/;

interface Block {
  /** Text handed to gray-matter: the fences and the YAML between them, `\r` removed. */
  source: string;
  /** Lines the block occupies, both fences included. */
  lines: number;
  /** Offset in the text where the body starts. */
  bodyStart: number;
  /** The lines between the fences, `\r` removed. */
  yaml: string;
}

/** Finds the frontmatter block like Obsidian does: a fence on line 1 and a closing `---` line. */
function findBlock(text: string): Block | null {
  if (!text.startsWith('---')) return null;
  let end = text.indexOf('\n');
  if (end === -1 || !OPEN_FENCE.test(text.slice(0, end))) return null;
  const first = text.slice(0, end).replace(/\r$/, '');
  const yaml: string[] = [];
  let lines = 1;
  let start = end + 1;
  while (start <= text.length) {
    end = text.indexOf('\n', start);
    const line = end === -1 ? text.slice(start) : text.slice(start, end);
    lines++;
    if (CLOSE_FENCE.test(line)) {
      return { source: `${first}\n${yaml.join('\n')}\n---\n`, lines, bodyStart: end === -1 ? text.length : end + 1, yaml: yaml.join('\n') };
    }
    yaml.push(line.replace(/\r$/, ''));
    if (end === -1) break;
    start = end + 1;
  }
  return null; // no closing fence: not frontmatter, the whole text is body
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
    const data: unknown = matter(block.source, MATTER_OPTIONS).data;
    if (isPlainObject(data)) record.frontmatter = data;
    else if (data !== null && data !== undefined) record.frontmatterError = 'frontmatter is not a list of "key: value" pairs';
  } catch (err) {
    record.frontmatterError = errorLine(err);
  }
  return record;
}
