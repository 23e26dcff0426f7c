// A principle as a user types it on the command line or in a picker: its id (`amazon/ownership`),
// its name or an alias (any case, spacing or punctuation), or a unique prefix of its name
// ("Earn" → Earn Trust). A name in several sets prefers the given set; an unknown name gets a
// did-you-mean. One owner for the CLI's `drill`, `new-story` and `tag` and the plugin's pickers.
import type { Principle } from '../model';
import { closest } from '../text/distance';
import { nameKey } from '../text/normalize';

export type PrincipleLookup = { ok: true; principle: Principle } | { ok: false; message: string };

export interface FindOptions {
  /** Only principles of this set (`--set`). */
  set?: string | null;
  /** Among same-named principles of several sets, the one of this set (the default set). */
  preferredSet?: string;
}

function keysOf(p: Principle): string[] {
  return [nameKey(p.name), ...p.aliases.map(nameKey)];
}

/** One of `hits`, by the preferred set when there are several; null when still several. */
function single(hits: Principle[], preferredSet: string | undefined): Principle | null {
  if (hits.length === 1) return hits[0];
  const preferred = hits.filter((p) => p.set === preferredSet);
  return preferred.length === 1 ? preferred[0] : null;
}

export function findPrinciple(principles: readonly Principle[], query: string, opts: FindOptions = {}): PrincipleLookup {
  const scope = principles.filter((p) => !opts.set || p.set === opts.set);
  const wanted = query.trim();
  const byId = scope.find((p) => p.id === wanted.toLowerCase());
  if (byId) return { ok: true, principle: byId };
  const key = nameKey(wanted);
  const where = opts.set ? ` in set ${opts.set}` : '';
  if (key === '') return { ok: false, message: `unknown principle "${query}"${where}` };
  const exact = scope.filter((p) => keysOf(p).includes(key));
  const prefixed = exact.length ? exact : scope.filter((p) => keysOf(p).some((k) => k.startsWith(key)));
  const hit = single(prefixed, opts.preferredSet);
  if (hit) return { ok: true, principle: hit };
  if (prefixed.length > 1) {
    const sets = new Set(prefixed.map((p) => p.set));
    const names = prefixed.map((p) => (sets.size > 1 ? p.id : p.name));
    const hint = exact.length ? `principle "${query}" is in several sets` : `"${query}" starts several principles`;
    return { ok: false, message: `${hint}; use one of: ${names.join(', ')}` };
  }
  const guess = closest(key, scope, (p) => nameKey(p.name));
  return { ok: false, message: `unknown principle "${query}"${where}${guess ? ` (did you mean "${guess.name}"?)` : ''}` };
}
