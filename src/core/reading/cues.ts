// Cues: the stems of a word or phrase that point to a principle, with a weight. Phrases weigh
// more than single words: "push back" says more than "back".
import type { CueLists } from './knowledge/types';
import { isStop, tokens } from './tokenize';

export interface Cue {
  /** One stem for a word, several tokens in order for a phrase (stop words marked, see tokenize). */
  stems: string[];
  weight: number;
}

/** A phrase's weight is its list's weight times this. */
export const PHRASE_BONUS = 1.5;

/**
 * The cues of one principle's lists. The same stems listed twice (`hire`, `hired`) keep the
 * higher weight; a single stop word is dropped, a phrase keeps its stop words (`on time`).
 */
export function parseCues(lists: CueLists): Cue[] {
  const byKey = new Map<string, Cue>();
  for (const level of [3, 2, 1] as const) {
    const list = lists[level];
    if (!list) continue;
    for (const text of list.split(',')) {
      const s = tokens(text);
      if (s.length === 0 || (s.length === 1 && isStop(s[0]))) continue;
      const weight = s.length > 1 ? level * PHRASE_BONUS : level;
      const key = s.join(' ');
      const prev = byKey.get(key);
      if (!prev || prev.weight < weight) byKey.set(key, { stems: s, weight });
    }
  }
  return [...byKey.values()];
}
