// Shared bits for drill tests: a fixed clock, attempts, and a context over the orbit vault.
import { drillContext, type DrillContext } from '../../../src/core/drill/plan';
import { buildHistory } from '../../../src/core/drill/history';
import type { Attempt, Rating } from '../../../src/core/drill/types';
import type { IndexSnapshot } from '../../../src/core/model';

/** Sunday 22 November 2026, 09:30 local time. */
export const NOW = new Date(2026, 10, 22, 9, 30);

export const day = (offset: number, hour = 9, minute = 0): Date => new Date(2026, 10, 22 + offset, hour, minute);

export function attempt(questionId: string, rating: Rating, at: Date, principles: string[] = [], extra: Partial<Attempt> = {}): Attempt {
  return { at, questionId, text: `text of ${questionId}`, principles, rating, seconds: 90, story: null, ...extra };
}

export function ctxFor(snapshot: IndexSnapshot, attempts: Attempt[] = [], now = NOW, interviewDates: Record<string, string> = {}): DrillContext {
  return drillContext(snapshot, buildHistory(attempts, snapshot, interviewDates), now, { interviewDates });
}
