// FSRS scheduling of one question (the `ts-fsrs` package), replayed from the drill log.
// docs/drills.md explains what the user sees:
// - Again puts the question back the same day (a 10-minute relearning step); Hard on a new
//   question does too. Good and Easy move it out by FSRS's interval for the requested retention.
// - With an interview date ahead, no due day falls after the interview, and the requested
//   retention rises from 0.90 a week before it to 0.97 on the day (shorter intervals, so the last
//   days review what is weakest). After the interview, plain FSRS at 0.90.
// No fuzz: the same log always gives the same schedule.
import { differenceInCalendarDays, endOfDay, isAfter, startOfDay } from 'date-fns';
import { createEmptyCard, fsrs, Rating as FsrsRating, State, type Card, type FSRS, type Grade } from 'ts-fsrs';
import { daysUntil } from './interview-date';
import type { Attempt, QuestionPhase, QuestionState, Rating } from './types';

/** Requested retention with no interview in the next week (FSRS's default). */
export const BASE_RETENTION = 0.9;
/** Requested retention on the interview day. */
export const PEAK_RETENTION = 0.97;
/** Days before the interview over which the retention rises. */
export const RAMP_DAYS = 7;
/** Same-day steps, for a new question and after a lapse. */
export const LEARNING_STEPS = ['10m'] as const;

const GRADE: Record<Rating, Grade> = { again: FsrsRating.Again, hard: FsrsRating.Hard, good: FsrsRating.Good, easy: FsrsRating.Easy };
const PHASE: Record<State, QuestionPhase> = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' };

/**
 * The retention FSRS is asked for at `at`: 0.90 without an interview date, more than a week before
 * it, or after it; in the last week it rises by 0.01 a day to 0.97 on the interview day.
 */
export function requestedRetention(at: Date, interviewDate: Date | null): number {
  if (!interviewDate) return BASE_RETENTION;
  const d = daysUntil(interviewDate, at);
  if (d < 0 || d >= RAMP_DAYS) return BASE_RETENTION;
  return Math.round((PEAK_RETENTION - ((PEAK_RETENTION - BASE_RETENTION) * d) / RAMP_DAYS) * 1000) / 1000;
}

// One scheduler per (retention, cap): a log replay asks for the same few over and over.
const schedulers = new Map<string, FSRS>();
function scheduler(retention: number, maxDays: number): FSRS {
  const key = `${retention}/${maxDays}`;
  let f = schedulers.get(key);
  if (!f) {
    f = fsrs({ request_retention: retention, maximum_interval: maxDays, enable_fuzz: false, learning_steps: [...LEARNING_STEPS], relearning_steps: [...LEARNING_STEPS] });
    schedulers.set(key, f);
  }
  return f;
}

/** FSRS's longest interval (100 years). */
const NO_CAP = 36500;

/**
 * Applies one attempt to a question's state (undefined = never drilled). With an interview date
 * on or after the attempt's day, the interval is capped so the due day is the interview day at the
 * latest.
 */
export function applyAttempt(state: QuestionState | undefined, attempt: Attempt, interviewDate: Date | null): QuestionState {
  // A line moved out of order in the log must not make time run backwards for FSRS.
  const at = state && state.lastSeen.getTime() > attempt.at.getTime() ? state.lastSeen : attempt.at;
  const ahead = interviewDate ? daysUntil(interviewDate, at) : -1;
  const capped = interviewDate !== null && ahead >= 0;
  const f = scheduler(requestedRetention(at, interviewDate), capped ? Math.max(1, ahead) : NO_CAP);
  const card: Card = { ...f.next(state?.card ?? createEmptyCard(at), at, GRADE[attempt.rating]).card };
  // On the interview day itself FSRS's shortest review interval (1 day) would pass it.
  if (capped && isAfter(card.due, endOfDay(interviewDate))) card.due = startOfDay(interviewDate);
  return {
    questionId: attempt.questionId,
    attempts: (state?.attempts ?? 0) + 1,
    phase: PHASE[card.state],
    stability: card.stability,
    difficulty: card.difficulty,
    lapses: card.lapses,
    // The interval actually used (after the cap), in calendar days.
    intervalDays: differenceInCalendarDays(card.due, at),
    retention: requestedRetention(at, interviewDate),
    lastSeen: at,
    lastRating: attempt.rating,
    due: card.due,
    ratings: [...(state?.ratings ?? []), attempt.rating],
    card,
  };
}

/**
 * Rebuilds every question's state from the log, in log order. `interviewDateFor` gives the
 * interview date that applies to a question (by its set), or null.
 */
export function buildStates(attempts: readonly Attempt[], interviewDateFor: (questionId: string) => Date | null = () => null): Map<string, QuestionState> {
  const states = new Map<string, QuestionState>();
  for (const a of attempts) states.set(a.questionId, applyAttempt(states.get(a.questionId), a, interviewDateFor(a.questionId)));
  return states;
}

/** Due today or earlier: what "due today" counts (a question relearning later today included). */
export function isDue(state: QuestionState, now: Date): boolean {
  return !isAfter(state.due, endOfDay(now));
}
