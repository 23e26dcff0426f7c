// The set recognizer: which known principle (if any) each principle of a set is, by its name
// alone, whatever the set note is called. Names match ignoring case, punctuation, spacing and
// `&`; then a known name inside a longer one (`Customer Obsession (CO)`), then a near spelling.
import { closest, editDistance } from '../text/distance';
import { nameKey } from '../text/normalize';
import { KNOWN_SETS } from './knowledge/index';
import type { KnownPrinciple } from './knowledge/types';

interface KnownName {
  key: string;
  family: string;
  principle: KnownPrinciple;
}

let names: KnownName[] | null = null;

function knownNames(): KnownName[] {
  // Stryker disable next-line ConditionalExpression: building the list again gives the same names.
  if (!names) {
    names = [];
    for (const set of KNOWN_SETS) for (const principle of set.principles) for (const n of principle.names) names.push({ key: keyOf(n), family: set.key, principle });
  }
  return names;
}

function keyOf(name: string): string {
  return nameKey(name.replace(/&/g, ' and '));
}

/** Shortest known name worth finding inside a longer one (`Ownership` yes, `Ai` no). */
const MIN_CONTAINED = 8;

function candidates(name: string): KnownName[] {
  const key = keyOf(name);
  // Stryker disable next-line ConditionalExpression,BlockStatement: an empty key matches nothing anyway (no known key is empty, none is inside it, it is too short to be a typo); this only skips the work.
  if (key === '') return [];
  const all = knownNames();
  const exact = all.filter((n) => n.key === key);
  if (exact.length) return exact;
  let longest = 0;
  let inside: KnownName[] = [];
  for (const n of all) {
    if (n.key.length < MIN_CONTAINED || !key.includes(n.key) || n.key.length < longest) continue;
    if (n.key.length > longest) inside = [];
    longest = n.key.length;
    inside.push(n);
  }
  if (inside.length) return inside;
  // A typo, not another word: at most one edit in four letters (closest allows one in three).
  const near = key.length >= MIN_CONTAINED ? closest(key, all, (n) => n.key) : null;
  return near && editDistance(key, near.key) <= Math.floor(key.length / 4) ? [near] : [];
}

/**
 * For each principle (its name and aliases), the known principle it is, or null. When a name
 * is known in several families, the family most of the set's principles belong to wins.
 */
export function recognize(principles: readonly { name: string; aliases: readonly string[] }[]): (KnownPrinciple | null)[] {
  const found = principles.map((p) => {
    for (const n of [p.name, ...p.aliases]) {
      const c = candidates(n);
      if (c.length) return c;
    }
    return [];
  });
  const votes = new Map<string, number>();
  for (const c of found) for (const family of new Set(c.map((n) => n.family))) votes.set(family, (votes.get(family) ?? 0) + 1);
  return found.map((c) => {
    if (c.length === 0) return null;
    let best = c[0];
    for (const n of c) if ((votes.get(n.family) ?? 0) > (votes.get(best.family) ?? 0)) best = n;
    return best.principle;
  });
}
