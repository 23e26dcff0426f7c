// Weighted random order without repeats (Efraimidis–Spirakis): each item gets the key
// -ln(u) / weight with u uniform in (0, 1]; sorting by key ascending draws heavier items earlier,
// with probability proportional to weight at every step, and never draws an item twice.
import type { Rng } from './random';

export function weightedOrder<T>(items: readonly T[], weight: (item: T) => number, rng: Rng): T[] {
  const keyed = items.map((item, i) => {
    const w = weight(item);
    const u = 1 - rng(); // (0, 1]
    return { item, i, key: w > 0 ? -Math.log(u) / w : Infinity };
  });
  keyed.sort((a, b) => a.key - b.key || a.i - b.i);
  return keyed.map((k) => k.item);
}
