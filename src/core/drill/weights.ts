// How strongly a question is pulled into a drill. Every factor is ≥ 0.1 so nothing is ever
// impossible to draw; docs/drills.md lists the numbers.
import { differenceInCalendarDays } from 'date-fns';
import type { CoverageStatus } from '../coverage/types';
import type { Question } from '../model';
import type { PrincipleDrillStats } from './history';
import type { QuestionState } from './types';

export const STATUS_FACTOR: Record<CoverageStatus, number> = { gap: 3, thin: 2, ok: 1 };
export const LAST_RATING_FACTOR = { again: 3, hard: 2, good: 1, easy: 0.6 } as const;
export const NEVER_DRILLED_FACTOR = 2;
export const NOT_DUE_FACTOR = 0.4;
export const SEEN_TODAY_FACTOR = 0.5;

export interface WeightInputs {
  /** Coverage status per principle id (principles of sets with no report count as ok). */
  status: Map<string, CoverageStatus>;
  stats: Map<string, PrincipleDrillStats>;
  states: Map<string, QuestionState>;
  now: Date;
}

/** Weakness of one principle: coverage status × how badly it has been answered lately. */
export function principleFactor(id: string, w: WeightInputs): number {
  const status = STATUS_FACTOR[w.status.get(id) ?? 'ok'];
  const avg = w.stats.get(id)?.avgRating ?? null;
  // Never drilled: 1.5; else 1 (all Easy) … 2 (all Again).
  const rating = avg === null ? 1.5 : 1 + (4 - avg) / 3;
  return status * rating;
}

/** Due-ness of one question: never drilled, overdue (up to 3× after two weeks), or not yet due. */
export function questionFactor(state: QuestionState | undefined, now: Date): number {
  if (!state) return NEVER_DRILLED_FACTOR;
  let f: number = LAST_RATING_FACTOR[state.lastRating];
  const overdue = differenceInCalendarDays(now, state.due);
  f *= overdue >= 0 ? 1 + Math.min(overdue, 14) / 7 : NOT_DUE_FACTOR;
  if (differenceInCalendarDays(now, state.lastSeen) === 0) f *= SEEN_TODAY_FACTOR;
  return f;
}

export function questionWeight(q: Question, w: WeightInputs): number {
  const ps = q.principles.map((r) => principleFactor(r.id, w));
  const principle = ps.length > 0 ? Math.max(...ps) : 1;
  return Math.max(0.1, principle * questionFactor(w.states.get(q.id), w.now));
}
