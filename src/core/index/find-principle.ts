// A principle named by a user (a command's `--principle`, a prompt): by id (`amazon/ownership`),
// name or alias in any case or spacing, with the same "did you mean" as the index's warnings.
import type { Principle } from '../model';
import { closest } from '../text/distance';
import { nameKey } from '../text/normalize';

export type PrincipleLookup =
  | { kind: 'found'; principle: Principle }
  | { kind: 'ambiguous'; candidates: Principle[] }
  | { kind: 'unknown'; suggestion: Principle | null };

/**
 * `inSet` restricts the search to one set; `preferredSet` decides between same-named principles
 * of several sets (the default set).
 */
export function lookupPrinciple(principles: readonly Principle[], query: string, opts: { inSet?: string | null; preferredSet?: string } = {}): PrincipleLookup {
  const pool = opts.inSet ? principles.filter((p) => p.set === opts.inSet) : principles;
  const id = query.trim().toLowerCase();
  const byId = pool.find((p) => p.id === id);
  if (byId) return { kind: 'found', principle: byId };
  const key = nameKey(query);
  const hits = pool.filter((p) => nameKey(p.name) === key || p.aliases.some((a) => nameKey(a) === key));
  if (hits.length === 1) return { kind: 'found', principle: hits[0] };
  if (hits.length > 1) {
    const preferred = hits.filter((p) => p.set === opts.preferredSet);
    if (preferred.length === 1) return { kind: 'found', principle: preferred[0] };
    return { kind: 'ambiguous', candidates: hits };
  }
  const names = pool.flatMap((p) => [p.name, ...p.aliases].map((n) => ({ key: nameKey(n), principle: p })));
  return { kind: 'unknown', suggestion: closest(key, names, (n) => n.key)?.principle ?? null };
}
