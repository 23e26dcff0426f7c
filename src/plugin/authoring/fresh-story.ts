// The inline story under the cursor, found on the editor's current text (the index may be a few
// hundred milliseconds behind the typing), with its principles taken from the index.
import type { App, TFile } from 'obsidian';
import { extractNote } from '../../core/extract/extract-note';
import type { RawStory } from '../../core/extract/raw';
import type { IndexSnapshot, NoteRecord, Story } from '../../core/model';
import type { IndexSettings } from '../../core/settings';
import { findFrontmatter } from '../../core/authoring/frontmatter-edit';
import { splitLines } from '../../core/authoring/lines';

export interface FreshInlineStory {
  /** 1-based lines in the current text. */
  line: number;
  endLine: number;
  title: string;
  /** The index's view of the same story (for its principles), when it has one. */
  indexed: Story | null;
}

/** A NoteRecord of the text as it is now; frontmatter from the metadata cache. */
export function recordFromText(app: App, file: TFile, text: string): NoteRecord {
  const lines = splitLines(text);
  const block = findFrontmatter(lines);
  const bodyLine = block ? block.close + 1 : 0;
  let offset = 0;
  for (let i = 0; i < bodyLine; i++) offset += lines[i].text.length + lines[i].eol.length;
  const body = text.slice(offset);
  const frontmatter: Record<string, unknown> | null = app.metadataCache.getFileCache(file)?.frontmatter ?? null;
  return { path: file.path, frontmatter, body: body.startsWith('\uFEFF') ? body.slice(1) : body, bodyLine };
}

function sameStory(raw: RawStory, s: Story): boolean {
  if (s.kind !== 'inline' || s.title !== raw.title) return false;
  const rawParts = raw.parts.map((p) => p.key).join('');
  return s.parts.join('') === rawParts;
}

/** The inline story holding the 1-based `line` of the text, or null. */
export function inlineStoryAt(app: App, file: TFile, text: string, line: number, settings: IndexSettings, snapshot: IndexSnapshot): FreshInlineStory | null {
  const ex = extractNote(recordFromText(app, file, text), settings);
  const raws = ex.stories.filter((s) => s.kind === 'inline');
  const i = raws.findIndex((s) => line >= s.line && line <= s.endLine);
  if (i < 0) return null;
  const raw = raws[i];
  const indexedHere = snapshot.stories.filter((s) => s.path === file.path && s.kind === 'inline');
  // Same position in the note and same title and parts: the index's story; else the closest by title.
  const indexed = (indexedHere[i] && sameStory(raw, indexedHere[i]) ? indexedHere[i] : indexedHere.find((s) => sameStory(raw, s))) ?? null;
  return { line: raw.line, endLine: raw.endLine, title: raw.title, indexed };
}
