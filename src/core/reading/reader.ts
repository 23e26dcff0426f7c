// The reader: a reading of any text against a set's principles, from the principles' own text
// (names and descriptions) and, for principles of sets we know, the cues we ship about them.
// Offline, deterministic and cheap: one pass over the text's stems, one map look-up per stem.
import type { Principle, Reading } from '../model';
import { SetReader } from './set-reader';
import { isStop, tokens } from './tokenize';

/** At most this many principles in a reading. */
export const READING_LIMIT = 3;
/** Evidence that makes a score of 1 − 1/e (≈ 0.63) in a question: about one strong word. */
const SCALE = 3;
/**
 * Texts longer than this many stems (a story, not a question) need more evidence for the same
 * score, growing with the square root of their length: a story of 300 stems mentions many
 * principles in passing.
 */
const QUESTION_STEMS = 15;
/** A principle "reads well" at this score or more… */
export const READS_WELL = 0.7;
/** …when it is also the best reading or scores at least this share of the best. */
export const NEAR_BEST = 0.9;
const CACHE_LIMIT = 4096;
/**
 * Only texts up to this long are cached (questions, by their own string): a story's text is built
 * for the read and would be a copy kept alive; the index keeps each item's reading anyway.
 */
const CACHE_MAX_TEXT = 400;

/** Readings for every set of an index; built once per set of principles, cached per text. */
export class PrincipleReader {
  private readonly sets = new Map<string, SetReader>();
  /** Sets and limit → text → reading. Keyed by the item's own text string, never a copy of it. */
  private readonly cache = new Map<string, Map<string, Reading[]>>();
  private cached = 0;

  constructor(principles: readonly Principle[]) {
    const bySet = new Map<string, Principle[]>();
    for (const p of principles) {
      let list = bySet.get(p.set);
      if (!list) bySet.set(p.set, (list = []));
      list.push(p);
    }
    for (const [set, list] of bySet) this.sets.set(set, new SetReader(list));
  }

  /**
   * The principles of `sets` (every set when empty or null) that `text` is about, best first,
   * each with a score in (0, 1]; ties keep the set's order. At most `limit`.
   */
  read(text: string, sets: readonly string[] | null = null, limit = READING_LIMIT): Reading[] {
    const key = `${limit}\u0000${sets ? sets.join('\u0000') : ''}`;
    let byText = this.cache.get(key);
    const hit = byText?.get(text);
    // Stryker disable next-line ConditionalExpression: a cache miss reads the text again, to the same reading.
    if (hit) return hit;
    const words = tokens(text);
    let content = 0;
    for (const w of words) if (!isStop(w)) content++;
    const scored: { id: string; raw: number; order: number }[] = [];
    let order = 0;
    const chosen = sets && sets.length ? sets : [...this.sets.keys()];
    for (const set of chosen) {
      const reader = this.sets.get(set);
      if (!reader) continue;
      const ev = reader.evidence(words);
      ev.forEach((raw, i) => {
        if (raw > 0) scored.push({ id: reader.ids[i], raw, order: order + i });
      });
      order += reader.ids.length;
    }
    scored.sort((a, b) => b.raw - a.raw || a.order - b.order);
    const scale = SCALE * Math.max(1, Math.sqrt(content / QUESTION_STEMS));
    const out = scored.slice(0, limit).map((s) => ({ id: s.id, score: round(1 - Math.exp(-s.raw / scale)) }));
    // Stryker disable all: what is cached and when the cache is emptied bound memory only; a reading is the same either way.
    if (text.length > CACHE_MAX_TEXT) return out;
    if (this.cached >= CACHE_LIMIT) {
      this.cache.clear();
      this.cached = 0;
      byText = undefined;
    }
    if (!byText) this.cache.set(key, (byText = new Map<string, Reading[]>()));
    byText.set(text, out);
    this.cached++;
    // Stryker restore all
    return out;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The ids of a reading that read well: above READS_WELL and near the best score. */
export function readWell(reading: readonly Reading[]): string[] {
  if (reading.length === 0) return [];
  const floor = Math.max(READS_WELL, reading[0].score * NEAR_BEST);
  return reading.filter((r) => r.score >= floor).map((r) => r.id);
}
