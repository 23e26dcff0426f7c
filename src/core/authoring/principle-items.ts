// Which frontmatter items name a given principle, as the user wrote them: a `[[Set#Name]]` or
// `[[Principle note]]` link, a plain name or alias, or a name inside a comma string
// (`Ownership, Frugality`). Used to remove exactly the items of an unchecked principle and to
// leave every other item (typos, links to other notes, unknown names) as written.
import type { Principle } from '../model';
import { nameKey } from '../text/normalize';

function basename(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/i, '');
}

function keysOf(p: Principle): Set<string> {
  return new Set([p.name, ...p.aliases].map(nameKey).filter((k) => k !== ''));
}

/** `[[target#heading|alias]]` (or `![[…]]`) → target and heading; null for anything else. */
function linkParts(item: string): { target: string; heading: string | null } | null {
  const s = item.trim();
  const start = s.startsWith('![[') ? 3 : s.startsWith('[[') ? 2 : -1;
  if (start < 0 || !s.endsWith(']]')) return null;
  const inner = s.slice(start, -2).split('|')[0];
  if (inner.includes('[') || inner.includes(']')) return null;
  const hash = inner.indexOf('#');
  return hash < 0 ? { target: inner.trim(), heading: null } : { target: inner.slice(0, hash).trim(), heading: inner.slice(hash + 1).trim() };
}

/** True when the whole item names `p`: a link to it or its name or alias. */
export function itemNames(item: string, p: Principle): boolean {
  const link = linkParts(item);
  if (link) {
    if (basename(link.target).toLowerCase() !== basename(p.path).toLowerCase()) return false;
    return link.heading === null ? p.line === 1 : keysOf(p).has(nameKey(link.heading));
  }
  return keysOf(p).has(nameKey(item));
}

/** The most commas any name of these principles holds, plus one: the widest token window to try. */
function widest(ps: readonly Principle[]): number {
  let n = 1;
  for (const p of ps) for (const name of [p.name, ...p.aliases]) n = Math.max(n, name.split(',').length);
  return n;
}

/**
 * The comma-separated tokens of `item` that name one of `ps`, as index ranges [from, to). Each
 * token is tried with up to the widest name's count of tokens, so the cost stays linear.
 */
function namedRanges(tokens: readonly string[], ps: readonly Principle[]): [number, number][] {
  const keys = new Set<string>();
  for (const p of ps) for (const k of keysOf(p)) keys.add(k);
  const width = widest(ps);
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let j = Math.min(tokens.length, i + width); j > i; j--) {
      if (keys.has(nameKey(tokens.slice(i, j).join(',')))) {
        out.push([i, j]);
        i = j - 1;
        break;
      }
    }
  }
  return out;
}

/** True when the item names `p` whole or as one of its comma-separated names. */
export function itemMentions(item: string, p: Principle): boolean {
  return itemNames(item, p) || (linkParts(item) === null && namedRanges(item.split(','), [p]).length > 0);
}

/**
 * The item without the comma-separated names of `ps`: '' when nothing else is left, null when it
 * names none of them. The other names keep their spelling and spacing.
 */
export function withoutNames(item: string, ps: readonly Principle[]): string | null {
  if (ps.some((p) => itemNames(item, p))) return '';
  if (linkParts(item) !== null) return null;
  const tokens = item.split(',');
  const ranges = namedRanges(tokens, ps);
  if (ranges.length === 0) return null;
  const kept = tokens.filter((_, i) => !ranges.some(([from, to]) => i >= from && i < to));
  return kept.join(',').trim();
}
