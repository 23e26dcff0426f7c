// Turns a note's file text into the core's NoteRecord: BOM stripped, frontmatter parsed with
// gray-matter (safely), body kept byte-for-byte (CRLF included) and `bodyLine` counted exactly.
import matter from 'gray-matter';
import { findFrontmatterBlock } from '../core/frontmatter/block';
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

interface Block {
  /** Text handed to gray-matter: the fences and the YAML between them, line endings as `\n`. */
  source: string;
  /** Lines the block occupies, both fences included. */
  lines: number;
  /** Offset in the text where the body starts. */
  bodyStart: number;
  /** The lines between the fences, line endings as `\n`. */
  yaml: string;
}

/** The frontmatter block by the core's rule (core/frontmatter/block.ts), as gray-matter wants it. */
function findBlock(text: string): Block | null {
  const block = findFrontmatterBlock(text);
  if (!block) return null;
  const yaml = text.slice(block.yamlStart, block.closeStart).replace(/\r\n?|\n/g, '\n').replace(/\n$/, '');
  return { source: `---${block.lang}\n${yaml}\n---\n`, lines: block.closeLine + 1, bodyStart: block.bodyStart, yaml };
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

/**
 * The CLI's YAML parser, the same gray-matter call the reader makes: the frontmatter editor checks
 * its edits with it (core/frontmatter/verify.ts). Throws on YAML that does not parse.
 */
export function parseYamlText(yaml: string): unknown {
  return matter(`---\n${yaml.replace(/\r\n?/g, '\n')}\n---\n`, MATTER_OPTIONS).data;
}
