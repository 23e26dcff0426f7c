// The "Read as" list of one set: the questions and stories whose best reading is one of its
// principles, with a good score, but which are not mapped to it, grouped by that principle in the
// set's order. The user settles each by accepting (the item gets mapped) or dismissing it (kept
// in the plugin's data as `itemId|principleId`, never in the note). Coverage never counts these;
// `readAsCounts` gives the "+N read as" shown beside each principle's count.
import type { IndexSnapshot, Principle, Question, Story } from '../model';
import { readAsOther } from './read-as';

/** The key a dismissal is remembered by. */
export function readingKey(itemId: string, principleId: string): string {
  return `${itemId}|${principleId}`;
}

export type ReadAsItem = { kind: 'question'; item: Question; score: number } | { kind: 'story'; item: Story; score: number };

export interface ReadAsGroup {
  principle: Principle;
  items: ReadAsItem[];
}

/** The items of one set read as another of its principles, not dismissed, grouped by principle. */
export function readAsList(snapshot: IndexSnapshot, setId: string, dismissed: ReadonlySet<string> = new Set()): ReadAsGroup[] {
  const principles = snapshot.principles.filter((p) => p.set === setId);
  const groups = new Map<string, ReadAsItem[]>(principles.map((p) => [p.id, []]));
  const add = (entry: ReadAsItem) => {
    const best = readAsOther(entry.item);
    if (!best || dismissed.has(readingKey(entry.item.id, best.id))) return;
    groups.get(best.id)?.push({ ...entry, score: best.score });
  };
  for (const q of snapshot.questions) add({ kind: 'question', item: q, score: 0 });
  for (const s of snapshot.stories) add({ kind: 'story', item: s, score: 0 });
  return principles.map((principle) => ({ principle, items: groups.get(principle.id) ?? [] })).filter((g) => g.items.length > 0);
}

/** Per principle id of the set: how many items read as it and are not mapped to it (dismissed ones left out). */
export function readAsCounts(snapshot: IndexSnapshot, setId: string, dismissed: ReadonlySet<string> = new Set()): Map<string, number> {
  return new Map(readAsList(snapshot, setId, dismissed).map((g) => [g.principle.id, g.items.length]));
}
