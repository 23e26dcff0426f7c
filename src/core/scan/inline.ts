// Inline syntax found inside one line of text: #tags and [[wikilinks]].
import { scanWikiLinks } from './links';

export interface WikiLink {
  /** Link target without `.md` ('' for a same-note link such as `[[#Heading]]`). */
  target: string;
  heading: string | null;
  alias: string | null;
  embed: boolean;
}

// Obsidian tag characters: letters and numbers of any script, `_`, `-` and `/` for nesting.
const TAG_RE = /(^|\s)#([\p{L}\p{N}\p{M}_\-/]+)/gu;
const INLINE_CODE_RE = /`[^`]*`/g;

/** Tags in a line, lowercased, without `#`. Skips inline code and purely numeric tags (`#1`), as Obsidian does. */
export function findTags(text: string): string[] {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path; without `#` the tag regex finds nothing
  if (text.indexOf('#') < 0) return [];
  // Stryker disable next-line ConditionalExpression: a fast path; without a backtick the replace changes nothing
  const clean = text.indexOf('`') >= 0 ? text.replace(INLINE_CODE_RE, ' ') : text;
  const tags: string[] = [];
  TAG_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG_RE.exec(clean)) !== null) {
    const tag = m[2].replace(/\/+$/, '');
    if (tag && /[^\d/]/.test(tag)) tags.push(copy(tag.toLowerCase()));
  }
  return tags;
}

/** `[[Note#Heading|Alias]]` links in a line (outside inline code). */
export function findLinks(text: string): WikiLink[] {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path; without `[[` the link scanner finds nothing
  if (text.indexOf('[[') < 0) return [];
  // Stryker disable next-line ConditionalExpression: a fast path; without a backtick the replace changes nothing
  const clean = text.indexOf('`') >= 0 ? text.replace(INLINE_CODE_RE, ' ') : text;
  const links: WikiLink[] = [];
  for (const m of scanWikiLinks(clean, { caretEndsTarget: true })) {
    links.push({
      target: copy(m.target.trim().replace(/\.md$/i, '')),
      heading: m.heading !== undefined ? copy(m.heading.trim()) : null,
      alias: m.alias !== undefined ? copy(m.alias.trim()) : null,
      embed: m.embed,
    });
  }
  return links;
}

/**
 * A flat copy of a substring. V8 keeps slices as views into the parent string; the index keeps
 * small pieces of many notes, so copying stops each piece from pinning its whole note in memory.
 */
export function copy(s: string): string {
  // Stryker disable next-line ConditionalExpression: (' ' + '').slice(1) is '' as well
  return s.length === 0 ? '' : (' ' + s).slice(1);
}
