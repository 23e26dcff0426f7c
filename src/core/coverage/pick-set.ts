// Which principle set the dashboard, the status bar, the code block, drills and the CLI report on.
// One rule for all of them: the set asked for (the tab's choice, `--set`), else the default set
// from settings, else the set with the most stories and questions (ties: by name).
import type { IndexSnapshot, PrincipleSet } from '../model';
import { nameKey, slugify } from '../text/normalize';

type SetsOf = Pick<IndexSnapshot, 'sets' | 'stories' | 'questions'>;

/** The set named `wanted`: its id, or its name or id ignoring case, spacing and punctuation. */
export function findSet(sets: readonly PrincipleSet[], wanted: string): PrincipleSet | null {
  const key = nameKey(wanted);
  const slug = slugify(wanted);
  return sets.find((s) => s.id === wanted || s.id === slug || (key !== '' && (nameKey(s.name) === key || nameKey(s.id) === key))) ?? null;
}

const sizes = new WeakMap<SetsOf, Map<string, number>>();

/** Stories (drafts aside) and questions mapped to each set; once per snapshot. */
function setSizes(snapshot: SetsOf): Map<string, number> {
  let out = sizes.get(snapshot);
  if (out) return out;
  out = new Map(snapshot.sets.map((s) => [s.id, 0]));
  const bump = (ids: Set<string>) => {
    for (const id of ids) {
      const n = out?.get(id);
      if (n !== undefined) out?.set(id, n + 1);
    }
  };
  const setOf = (principleId: string) => principleId.slice(0, principleId.indexOf('/'));
  for (const story of snapshot.stories) {
    if (story.kind !== 'draft') bump(new Set(story.principles.map((r) => setOf(r.id))));
  }
  for (const q of snapshot.questions) {
    const ids = new Set(q.principles.map((r) => setOf(r.id)));
    if (q.set !== null) ids.add(q.set);
    bump(ids);
  }
  sizes.set(snapshot, out);
  return out;
}

/** The set with the most stories and questions; ties go to the name first in alphabetical order. */
export function largestSet(snapshot: SetsOf): PrincipleSet | null {
  const size = setSizes(snapshot);
  let best: PrincipleSet | null = null;
  for (const s of snapshot.sets) {
    if (!best) {
      best = s;
      continue;
    }
    const d = (size.get(s.id) ?? 0) - (size.get(best.id) ?? 0);
    if (d > 0 || (d === 0 && s.name.localeCompare(best.name, 'en', { sensitivity: 'base' }) < 0)) best = s;
  }
  return best;
}

/**
 * The first of `preferences` (a tab's choice, the default set from settings; empty ones are
 * skipped) that names a set, else the largest set; null when the vault has no set.
 */
export function pickSet(snapshot: SetsOf, ...preferences: (string | null | undefined)[]): PrincipleSet | null {
  for (const p of preferences) {
    if (!p) continue;
    const s = findSet(snapshot.sets, p);
    if (s) return s;
  }
  return largestSet(snapshot);
}
