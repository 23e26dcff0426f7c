// Plain data of the drill engine: ratings, logged attempts and the per-question schedule state.
import type { Card } from 'ts-fsrs';

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
  /** Vault path of the recorded spoken answer, when one was saved (then `seconds` is its length). */
  recording?: string;
}

/** FSRS's card state, in words: never drilled, in same-day steps, in review, relearning after Again. */
export type QuestionPhase = 'new' | 'learning' | 'review' | 'relearning';

/** Where a question stands in the schedule, rebuilt from the log (src/core/drill/schedule.ts). */
export interface QuestionState {
  questionId: string;
  attempts: number;
  phase: QuestionPhase;
  /** FSRS stability: days until recall falls to 90%. */
  stability: number;
  /** FSRS difficulty, 1 (easy) … 10 (hard). */
  difficulty: number;
  /** Times a question in review was rated Again. */
  lapses: number;
  /** Whole days from the last attempt to the next review (0 = again today). */
  intervalDays: number;
  /** The retention FSRS was asked for at the last attempt (higher near an interview). */
  retention: number;
  lastSeen: Date;
  lastRating: Rating;
  /** When the question is due again (minute precision; "due" counts by calendar day). */
  due: Date;
  /** Every rating in log order. */
  ratings: Rating[];
  /** The FSRS card the next attempt starts from. */
  card: Card;
}
