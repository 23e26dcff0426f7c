// Short column headers for principles: initials of the significant words ("Customer Obsession" →
// "CO"), made unique within the set. The full name stays on hover.

const MINOR = new Set(['a', 'an', 'and', 'for', 'of', 'the', 'to', 'in', 'on', 'with']);

export function initials(name: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const major = words.filter((w) => !MINOR.has(w.toLowerCase()));
  const chosen = major.length > 0 ? major : words;
  if (chosen.length === 1) return chosen[0].slice(0, 3);
  return chosen.map((w) => w[0].toUpperCase()).join('').slice(0, 4);
}

/** One short header per name, in order; repeats get a number (`DR`, `DR2`). */
export function shortNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const base = initials(n) || '?';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}${count}`;
  });
}
