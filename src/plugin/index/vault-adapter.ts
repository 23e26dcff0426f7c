// From Obsidian's metadata cache and cached reads to the core's NoteRecord. Choosing candidates
// uses metadata only, so the plugin never reads a note that cannot matter.
import type { App, CachedMetadata, TFile } from 'obsidian';
import { getAllTags } from 'obsidian';
import type { NoteRecord } from '../../core/model';
import type { IndexSettings } from '../../core/settings';
import { isCandidate, mayDefinePrinciples } from '../../core/index/candidate';
import { isUnder } from '../../core/paths/folder';
import { isClosingFence } from '../../core/frontmatter/block';

/** Obsidian parsed the block's position but not its YAML: the frontmatter is invalid. */
function hasBrokenFrontmatter(cache: CachedMetadata | null): boolean {
  return !!cache?.frontmatterPosition && !cache.frontmatter;
}

/** Whether the index wants this note, decided from the metadata cache alone. */
export function isCandidateFile(app: App, file: TFile, settings: IndexSettings): boolean {
  if (file.extension !== 'md') return false;
  const cache = app.metadataCache.getFileCache(file);
  const frontmatter: Record<string, unknown> | null = cache?.frontmatter ?? null;
  const tags = cache ? (getAllTags(cache) ?? []) : [];
  if (isCandidate(file.path, frontmatter, tags, settings)) return true;
  // A note with broken YAML may have lost its tags with it: read it so the warning is shown.
  return hasBrokenFrontmatter(cache) && !settings.excludedFolders.some((f) => isUnder(file.path, f));
}

/**
 * Candidates in the order to read them: the notes that may define principles first (`defining` of
 * them), then the rest as given.
 */
export function readingOrder(app: App, files: TFile[], settings: IndexSettings): { files: TFile[]; defining: number } {
  const first: TFile[] = [];
  const rest: TFile[] = [];
  for (const f of files) {
    const cache = app.metadataCache.getFileCache(f);
    (mayDefinePrinciples(cache ? (getAllTags(cache) ?? []) : [], settings) ? first : rest).push(f);
  }
  return { files: first.concat(rest), defining: first.length };
}

/** Splits text at the frontmatter block Obsidian found (`end.line` is the 0-based closing `---`). */
export function splitBody(text: string, cache: CachedMetadata | null): { body: string; bodyLine: number; frontmatterText?: string } {
  const end = cache?.frontmatterPosition?.end.line;
  if (end === undefined) return { body: text, bodyLine: 0 };
  const lines = text.split('\n');
  // The cache may lag a write by a moment: trust it only when the closing line is still a fence.
  if (!isClosingFence((lines[end] ?? '').replace(/\r$/, ''))) return { body: text, bodyLine: 0 };
  return { body: lines.slice(end + 1).join('\n'), bodyLine: end + 1, frontmatterText: lines.slice(1, end).join('\n') };
}

/** Obsidian leaves an empty block (`---\n---`) without frontmatter too; that is not an error. */
function blockIsBlank(text: string, cache: CachedMetadata | null): boolean {
  const end = cache?.frontmatterPosition?.end.line;
  if (end === undefined) return true;
  return text.split('\n').slice(1, end).every((l) => l.trim() === '' || l.trim().startsWith('#'));
}

/** The note as the core sees it: frontmatter from the cache, body from a cached read. */
export async function readNoteRecord(app: App, file: TFile): Promise<NoteRecord> {
  const text = await app.vault.cachedRead(file);
  const cache = app.metadataCache.getFileCache(file);
  const { body, bodyLine, frontmatterText } = splitBody(text, cache);
  const record: NoteRecord = { path: file.path, frontmatter: null, body, bodyLine };
  // Which of two notes defining one set is older (the user's own, not a starter copy).
  if (file.stat && file.stat.ctime > 0) record.created = Math.min(file.stat.ctime, file.stat.mtime || file.stat.ctime);
  if (frontmatterText !== undefined) record.frontmatterText = frontmatterText;
  if (cache?.frontmatter) record.frontmatter = { ...(cache.frontmatter as Record<string, unknown>) };
  else if (hasBrokenFrontmatter(cache) && !blockIsBlank(text, cache)) record.frontmatterError = 'Obsidian could not parse it';
  return record;
}
