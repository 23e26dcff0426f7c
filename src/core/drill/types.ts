// Plain data of the drill engine: ratings, logged attempts and the per-question schedule state.

export type Rating = 'again' | 'hard' | 'good' | 'easy';

/** In button order; keys 1–4 pick them. */
export const RATINGS: readonly Rating[] = ['again', 'hard', 'good', 'easy'];

/** Again = 1 … Easy = 4, for averages. */
export function ratingScore(r: Rating): number {
  return RATINGS.indexOf(r) + 1;
}

export function ratingLabel(r: Rating): string {
  return r.charAt(0).toUpperCase() + r.slice(1);
}

export function isRating(s: string): s is Rating {
  return (RATINGS as readonly string[]).includes(s);
}

/** One answered question, as one line of the drill log. */
export interface Attempt {
  /** Local time, minute precision (what the log line holds). */
  at: Date;
  questionId: string;
  /** A short, one-line version of the question text. */
  text: string;
  principles: string[];
  rating: Rating;
  seconds: number;
  /** Id of the story the user said they told, when one was picked. */
  story: string | null;
}

/** Where a question stands in the schedule, rebuilt from the log. */
export interface QuestionState {
  questionId: string;
  attempts: number;
  /** Consecutive Good/Easy answers (reset by Again). */
  streak: number;
  /** SM-2 ease factor, 1.3 and up. */
  ease: number;
  /** Days from the last attempt to the next review. */
  intervalDays: number;
  lastSeen: Date;
  lastRating: Rating;
  /** Start of the day the question is due again. */
  due: Date;
  /** Every rating in log order. */
  ratings: Rating[];
}
