// Principle suggestions by text similarity: a small TF-IDF over each principle's name and
// description, cosine similarity against the text of an unmapped question or story.
// Suggestions are only ever shown as suggestions; the index never turns them into mappings.
import type { Principle } from '../model';
import { tokenize } from './tokenize';

/** Name tokens count this many times: the name is the principle's most telling text. */
const NAME_WEIGHT = 3;
/** Below this cosine similarity a principle is not suggested at all. */
export const MIN_SIMILARITY = 0.12;
/** A runner-up is suggested only when it scores at least this share of the best match. */
export const RELATIVE_CUTOFF = 0.5;

interface Posting {
  principle: number;
  weight: number;
}

export class SuggestionModel {
  private readonly ids: string[];
  /** Term → idf. */
  private readonly idf = new Map<string, number>();
  /** Term → (principle, normalized tf-idf weight) for every principle that uses it. */
  private readonly postings = new Map<string, Posting[]>();
  private readonly scores: Float64Array;

  constructor(principles: Principle[]) {
    this.ids = principles.map((p) => p.id);
    this.scores = new Float64Array(principles.length);
    const termCounts: Map<string, number>[] = principles.map((p) => {
      const counts = new Map<string, number>();
      const names = [p.name, ...p.aliases];
      for (const name of names) for (const t of tokenize(name)) counts.set(t, (counts.get(t) ?? 0) + NAME_WEIGHT);
      for (const t of tokenize(p.description)) counts.set(t, (counts.get(t) ?? 0) + 1);
      return counts;
    });
    const df = new Map<string, number>();
    for (const counts of termCounts) for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const n = principles.length;
    // Smoothed idf: a term every principle uses still weighs a little, a rare one weighs most.
    for (const [t, d] of df) this.idf.set(t, Math.log((1 + n) / (1 + d)) + 1);

    termCounts.forEach((counts, i) => {
      let norm = 0;
      const weights: [string, number][] = [];
      for (const [t, c] of counts) {
        const w = c * (this.idf.get(t) ?? 0);
        weights.push([t, w]);
        norm += w * w;
      }
      norm = Math.sqrt(norm);
      if (norm === 0) return;
      for (const [t, w] of weights) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = []));
        list.push({ principle: i, weight: w / norm });
      }
    });
  }

  /**
   * Principle ids most similar to `text`, best first, at most `limit`; ties keep principle order.
   */
  suggest(text: string, limit = 3): string[] {
    if (limit <= 0 || !this.score(text)) return [];
    const scores = this.scores;
    const ranked: number[] = [];
    for (let i = 0; i < scores.length; i++) if (scores[i] >= MIN_SIMILARITY) ranked.push(i);
    if (ranked.length === 0) return [];
    ranked.sort((a, b) => scores[b] - scores[a] || a - b);
    const floor = scores[ranked[0]] * RELATIVE_CUTOFF;
    return ranked
      .filter((i) => scores[i] >= floor)
      .slice(0, limit)
      .map((i) => this.ids[i]);
  }

  /** Cosine similarity of `text` to each principle, by id (for tests and explanations). */
  similarities(text: string): Map<string, number> {
    const scored = this.score(text);
    const out = new Map<string, number>();
    this.ids.forEach((id, i) => out.set(id, scored ? this.scores[i] : 0));
    return out;
  }

  /**
   * Fills `scores` with the cosine similarity of `text` to each principle; false when `text`
   * shares no term with any principle. The query vector holds only terms the principles use
   * (words no principle mentions cannot tell principles apart), so a long story is not
   * penalized for telling a story.
   */
  private score(text: string): boolean {
    const tf = new Map<string, number>();
    for (const t of tokenize(text)) if (this.idf.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
    if (tf.size === 0) return false;
    const scores = this.scores;
    scores.fill(0);
    let norm = 0;
    for (const [t, c] of tf) {
      const w = c * (this.idf.get(t) as number);
      norm += w * w;
      for (const p of this.postings.get(t) as Posting[]) scores[p.principle] += w * p.weight;
    }
    norm = Math.sqrt(norm);
    for (let i = 0; i < scores.length; i++) scores[i] /= norm;
    return true;
  }
}
