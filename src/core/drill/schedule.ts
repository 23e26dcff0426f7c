// SM-2 style scheduling of one question from its rating. docs/drills.md explains the rule:
// - Again: the streak resets, the question is due again the same day, ease drops by 0.2.
// - Hard: the streak is kept but does not grow; the interval grows by 1.2× (at least 1 day); ease drops by 0.15.
// - Good: the streak grows; intervals 1, 3, then previous × ease.
// - Easy: the streak grows; intervals 2, 4, then previous × ease × 1.3; ease rises by 0.15.
// Ease stays within 1.3–3.0. With an interview date ahead, no due date lands after it.
import { addDays, differenceInCalendarDays, isAfter, startOfDay } from 'date-fns';
import type { Attempt, QuestionState, Rating } from './types';

export const START_EASE = 2.5;
export const MIN_EASE = 1.3;
export const MAX_EASE = 3.0;

const clampEase = (e: number): number => Math.round(Math.min(MAX_EASE, Math.max(MIN_EASE, e)) * 100) / 100;

export interface ScheduleStep {
  streak: number;
  ease: number;
  intervalDays: number;
}

/** The pure SM-2 step: previous streak/ease/interval and a rating → the next ones. */
export function nextStep(prev: ScheduleStep, rating: Rating): ScheduleStep {
  switch (rating) {
    case 'again':
      return { streak: 0, ease: clampEase(prev.ease - 0.2), intervalDays: 0 };
    case 'hard':
      return { streak: prev.streak, ease: clampEase(prev.ease - 0.15), intervalDays: Math.max(1, Math.round(prev.intervalDays * 1.2)) };
    case 'good': {
      const streak = prev.streak + 1;
      const intervalDays = streak === 1 ? 1 : streak === 2 ? 3 : Math.max(prev.intervalDays + 1, Math.round(prev.intervalDays * prev.ease));
      return { streak, ease: prev.ease, intervalDays };
    }
    case 'easy': {
      const streak = prev.streak + 1;
      const intervalDays = streak === 1 ? 2 : streak === 2 ? 4 : Math.max(prev.intervalDays + 1, Math.round(prev.intervalDays * prev.ease * 1.3));
      return { streak, ease: clampEase(prev.ease + 0.15), intervalDays };
    }
  }
}

/**
 * The day a question is due after an attempt at `at`. With an interview date that is still ahead
 * (or today), the due day never falls after it: the last review happens by the interview.
 */
export function dueDate(at: Date, intervalDays: number, interviewDate: Date | null): Date {
  const due = addDays(startOfDay(at), intervalDays);
  if (interviewDate && !isAfter(startOfDay(at), startOfDay(interviewDate)) && isAfter(due, startOfDay(interviewDate))) {
    return startOfDay(interviewDate);
  }
  return due;
}

/** Applies one attempt to a question's state (undefined = never drilled). */
export function applyAttempt(state: QuestionState | undefined, attempt: Attempt, interviewDate: Date | null): QuestionState {
  const prev: ScheduleStep = state ?? { streak: 0, ease: START_EASE, intervalDays: 0 };
  const step = nextStep(prev, attempt.rating);
  const due = dueDate(attempt.at, step.intervalDays, interviewDate);
  return {
    questionId: attempt.questionId,
    attempts: (state?.attempts ?? 0) + 1,
    streak: step.streak,
    ease: step.ease,
    // The interval actually used, so the next step grows from the capped value.
    intervalDays: differenceInCalendarDays(due, attempt.at),
    lastSeen: attempt.at,
    lastRating: attempt.rating,
    due,
    ratings: [...(state?.ratings ?? []), attempt.rating],
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

/** Due on or before today's date. */
export function isDue(state: QuestionState, now: Date): boolean {
  return !isAfter(state.due, startOfDay(now));
}
