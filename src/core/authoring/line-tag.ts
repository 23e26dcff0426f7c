// Accepting a reading on a question or an inline story of a set or question note: a tag
// `#lp/<slug>` appended to that one line (the question's line, the story's first line). Every
// other byte stays as it was, the line's own ending included. The edit stands only if the note,
// read again by the core extractor, still holds the same items, the item now carries the tag, and
// nothing else the index reads from the note changed; otherwise it is refused.
import { dequal } from 'dequal';
import type { NoteRecord, Principle } from '../model';
import type { IndexSettings } from '../settings';
import type { NoteExtract, RawRef } from '../extract/raw';
import { extractNote, LINE_TAG_PREFIX } from '../extract/extract-note';
import { findFrontmatterBlock } from '../frontmatter/block';
import { parseFrontmatter, type YamlParse } from '../frontmatter/verify';
import { slugify } from '../text/normalize';
import { joinLines, splitLines } from './lines';

/**
 * The tag written for a principle, without `#`: `lp/deliver-results`, `lp/strive-to-be-earths-best-employer`.
 * The index maps it by its last segment (core/index/resolve.ts, byTag).
 */
export function lineTagFor(principle: Pick<Principle, 'name'>): string {
  return `${LINE_TAG_PREFIX}/${slugify(principle.name.replace(/['’]/g, ''))}`;
}

export type LineTagOutcome =
  | { kind: 'edited'; text: string }
  /** The line already carries the tag. */
  | { kind: 'unchanged' }
  | { kind: 'refused'; reason: string };

export interface LineTagRequest {
  /** Vault path of the note (the extractor's rules may depend on its folder). */
  path: string;
  /** 1-based file line of the question or of the inline story's first line. */
  line: number;
  /** The tag to append, without `#` (see lineTagFor). */
  tag: string;
  settings: IndexSettings;
  parse: YamlParse;
}

/** The note as the index reads it: frontmatter parsed (it is never edited here), body byte for byte. */
function recordOf(path: string, text: string, parse: YamlParse): NoteRecord {
  const plain = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const block = findFrontmatterBlock(plain);
  if (!block) return { path, frontmatter: null, body: plain, bodyLine: 0 };
  const fm = parseFrontmatter(plain, parse);
  const record: NoteRecord = { path, frontmatter: fm.ok ? fm.data : null, body: plain.slice(block.bodyStart), bodyLine: block.closeLine + 1 };
  if (!fm.ok) record.frontmatterError = fm.reason;
  return record;
}

function isTagRef(r: RawRef, tag: string, line: number): boolean {
  return r.kind === 'tag' && r.line === line && r.text === tag;
}

/** An item's text or title without the appended tag (the extractor keeps a line's tags in its text). */
function untagged(text: string, tag: string): string {
  const suffix = `#${tag}`;
  return text.endsWith(suffix) ? text.slice(0, -suffix.length).trimEnd() : text;
}

/** The extract with the new tag taken out of the edited item and the note's tags: what must equal before. */
function withoutTag(ex: NoteExtract, tag: string, line: number, hadTag: boolean): NoteExtract {
  const refs = (rs: RawRef[]) => rs.filter((r) => !isTagRef(r, tag, line));
  return {
    ...ex,
    tags: hadTag ? ex.tags : ex.tags.filter((t) => t !== tag),
    questions: ex.questions.map((q) => (q.line === line ? { ...q, text: untagged(q.text, tag), refs: refs(q.refs) } : q)),
    stories: ex.stories.map((s) =>
      s.line === line ? { ...s, title: untagged(s.title, tag), parts: s.parts.map((p) => (p.line === line ? { ...p, text: untagged(p.text, tag) } : p)), refs: refs(s.refs) } : s,
    ),
  };
}

function itemAt(ex: NoteExtract, line: number): { refs: RawRef[] } | undefined {
  return ex.questions.find((q) => q.line === line) ?? ex.stories.find((s) => s.kind === 'inline' && s.line === line);
}

/** Appends `#<tag>` to the one line; see the file comment. */
export function addLineTag(text: string, req: LineTagRequest): LineTagOutcome {
  const { path, line, tag, settings, parse } = req;
  if (!/^[\p{L}\p{N}_/-]+$/u.test(tag) || !/\p{L}/u.test(tag)) return { kind: 'refused', reason: `"${tag}" is not a tag` };
  const lines = splitLines(text);
  const target = lines[line - 1];
  if (!target) return { kind: 'refused', reason: `the note has no line ${line}` };
  const block = findFrontmatterBlock(text);
  if (block && line - 1 <= block.closeLine) return { kind: 'refused', reason: `line ${line} is in the frontmatter` };

  const before = extractNote(recordOf(path, text, parse), settings);
  const item = itemAt(before, line);
  if (!item) return { kind: 'refused', reason: `line ${line} holds no question or inline story` };
  if (item.refs.some((r) => isTagRef(r, tag, line))) return { kind: 'unchanged' };

  const sep = target.text === '' || /\s$/.test(target.text) ? '' : ' ';
  const edited = lines.map((l, i) => (i === line - 1 ? { text: `${l.text}${sep}#${tag}`, eol: l.eol } : l));
  const out = joinLines(edited);

  const after = extractNote(recordOf(path, out, parse), settings);
  const tagged = itemAt(after, line);
  if (!tagged || !tagged.refs.some((r) => isTagRef(r, tag, line))) {
    return { kind: 'refused', reason: `the tag would not be read on line ${line} (it may sit in code or a table)` };
  }
  if (!dequal(withoutTag(after, tag, line, before.tags.includes(tag)), before)) {
    return { kind: 'refused', reason: `the tag on line ${line} would change how the rest of the note is read` };
  }
  return { kind: 'edited', text: out };
}
