// MetadataCache computed from note text, as Obsidian's: frontmatter (tiny YAML), its position,
// inline tags, headings and links, 0-based positions. Updated synchronously when the vault
// changes, firing `changed` (and `deleted`) so tests can drive the plugin's index.
import { Events } from './events';
import type { TFile } from './files';
import { parseYaml } from './yaml';

export interface Loc {
  line: number;
  col: number;
  offset: number;
}
export interface Pos {
  start: Loc;
  end: Loc;
}
export interface TagCache {
  tag: string;
  position: Pos;
}
export interface HeadingCache {
  heading: string;
  level: number;
  position: Pos;
}
export interface LinkCache {
  link: string;
  original: string;
  displayText?: string;
  position: Pos;
}
/** The parsed YAML of a note's frontmatter. */
export interface FrontMatterCache {
  [key: string]: unknown;
}
export interface CachedMetadata {
  frontmatter?: FrontMatterCache;
  frontmatterPosition?: Pos;
  tags?: TagCache[];
  headings?: HeadingCache[];
  links?: LinkCache[];
}

const TAG_RE = /(^|\s)(#[\p{L}\p{N}_/-]+)/gu;
const LINK_RE = /\[\[([^\]|#]*)(#[^\]|]*)?(?:\|([^\]]*))?\]\]/g;

function pos(line: number, col: number, offset: number, endCol: number): Pos {
  return { start: { line, col, offset: offset + col }, end: { line, col: endCol, offset: offset + endCol } };
}

/** What Obsidian would cache for `text`. */
export function computeMetadata(text: string): CachedMetadata {
  const lines = text.split('\n');
  const offsets: number[] = [];
  let acc = 0;
  for (const l of lines) {
    offsets.push(acc);
    acc += l.length + 1;
  }
  const cache: CachedMetadata = {};
  let first = 0;
  if (lines[0]?.replace(/\r$/, '') === '---') {
    const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l.replace(/\r$/, '')));
    if (close > 0) {
      cache.frontmatterPosition = { start: { line: 0, col: 0, offset: 0 }, end: { line: close, col: 3, offset: offsets[close] + 3 } };
      try {
        const fm = parseYaml(lines.slice(1, close).join('\n'));
        cache.frontmatter = fm;
      } catch {
        // Invalid YAML: Obsidian keeps the position and drops the frontmatter.
      }
      first = close + 1;
    }
  }
  const tags: TagCache[] = [];
  const headings: HeadingCache[] = [];
  const links: LinkCache[] = [];
  let fence: string | null = null;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    const f = /^\s*(```+|~~~+)/.exec(line);
    if (f) {
      if (fence === null) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) headings.push({ heading: h[2], level: h[1].length, position: pos(i, 0, offsets[i], line.length) });
    const noCode = line.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length));
    for (const m of noCode.matchAll(TAG_RE)) {
      const tag = m[2];
      if (/^#[\d/]+$/.test(tag)) continue; // purely numeric is not a tag
      if (h && m.index === 0 && m[1] === '') continue; // the heading marker itself
      const col = (m.index ?? 0) + m[1].length;
      tags.push({ tag, position: pos(i, col, offsets[i], col + tag.length) });
    }
    for (const m of noCode.matchAll(LINK_RE)) {
      const col = m.index ?? 0;
      links.push({ link: m[1] + (m[2] ?? ''), original: m[0], displayText: m[3] ?? m[1], position: pos(i, col, offsets[i], col + m[0].length) });
    }
  }
  if (tags.length) cache.tags = tags;
  if (headings.length) cache.headings = headings;
  if (links.length) cache.links = links;
  return cache;
}

/** Obsidian's getAllTags: frontmatter `tags`/`tag` (list or string) plus inline tags, each with `#`. */
export function getAllTags(cache: CachedMetadata): string[] | null {
  const out: string[] = [];
  const fm = cache.frontmatter;
  if (fm) {
    for (const key of ['tags', 'tag']) {
      const v = fm[key];
      const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[,\s]+/) : [];
      for (const t of list) if (t !== null && String(t).trim() !== '') out.push('#' + String(t).trim().replace(/^#/, ''));
    }
  }
  for (const t of cache.tags ?? []) out.push(t.tag);
  return out;
}

export function parseFrontMatterTags(fm: Record<string, unknown> | null): string[] | null {
  if (!fm) return null;
  const tags = getAllTags({ frontmatter: fm });
  return tags && tags.length ? tags : null;
}

/**
 * As in Obsidian, the cache lags the vault: after a write, `getFileCache` still returns the old entry
 * (or null for a new file) until the note is parsed a tick later, and only then fires `changed`.
 * A newer write to the same file before that supersedes the older one (one `changed`, latest text).
 */
export class MetadataCache extends Events {
  private caches = new Map<string, CachedMetadata>();
  /** Latest queued parse per file: an older one that lands later is dropped. */
  private parseTokens = new WeakMap<TFile, number>();
  private parseSeq = 0;
  private queued = 0;
  private settledWaiters: (() => void)[] = [];
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};
  /** Mock only: resolves link paths; set by App. */
  files: () => TFile[] = () => [];

  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  getCache(path: string): CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }

  getFirstLinkpathDest(linkpath: string, _sourcePath: string): TFile | null {
    const target = linkpath.replace(/#.*$/, '').toLowerCase();
    return this.files().find((f) => f.path.toLowerCase() === target || f.path.toLowerCase() === `${target}.md` || f.basename.toLowerCase() === target) ?? null;
  }

  fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
    return omitMdExtension && file.extension === 'md' ? file.basename : file.name;
  }

  /**
   * Mock only: (re)compute a file's cache. `silent` (files present at startup) fills it at once with
   * no event; otherwise the new entry lands on a later tick, then `changed` fires.
   */
  update(file: TFile, text: string, silent = false): void {
    if (file.extension !== 'md') return;
    if (silent) {
      this.caches.set(file.path, computeMetadata(text));
      return;
    }
    const token = ++this.parseSeq;
    this.parseTokens.set(file, token);
    this.queued++;
    setTimeout(() => {
      if (this.parseTokens.get(file) === token) {
        this.parseTokens.delete(file);
        const cache = computeMetadata(text);
        this.caches.set(file.path, cache);
        this.trigger('changed', file, text, cache);
      }
      if (--this.queued === 0) for (const resolve of this.settledWaiters.splice(0)) resolve();
    }, 0);
  }

  /** Mock only: resolves once every queued parse has landed and fired `changed`. */
  settled(): Promise<void> {
    if (this.queued === 0) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  /** Mock only. */
  forget(file: TFile): void {
    this.parseTokens.delete(file);
    const prev = this.caches.get(file.path);
    this.caches.delete(file.path);
    if (prev) this.trigger('deleted', file, prev);
  }

  /** Mock only. */
  move(oldPath: string, newPath: string): void {
    const c = this.caches.get(oldPath);
    if (!c) return;
    this.caches.delete(oldPath);
    this.caches.set(newPath, c);
  }
}
