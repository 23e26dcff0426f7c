// Where the reading and the mapping disagree: items whose best reading is a principle they are
// not mapped to, and headings most of whose questions read as other principles.
import type { Question, Reading, Story } from '../model';
import { READS_WELL } from './reader';

/** The principle an item reads best as, when it reads well as it and is not mapped to it; else null. */
export function readAsOther(item: { reading: Reading[]; principles: { id: string }[] }): Reading | null {
  const best = item.reading[0];
  if (!best || best.score < READS_WELL) return null;
  return item.principles.some((p) => p.id === best.id) ? null : best;
}

/**
 * The items whose best reading is `principleId`, with a good score, but which are not mapped to
 * it: what "Drill a principle" and the "Read as" panel add, marked as read, never as mapped.
 */
export function readAs<T extends Question | Story>(items: readonly T[], principleId: string): T[] {
  return items.filter((item) => readAsOther(item)?.id === principleId);
}
