// Interview dates per set (`yyyy-MM-dd` in settings): parsing, the countdown text and the
// "last days" window in which never-drilled questions come first.
import { differenceInCalendarDays } from 'date-fns';
import { parseDay } from '../local-date';
import type { IndexSnapshot } from '../model';

/** Days before the interview (inclusive) during which never-drilled questions come first. */
export const FINAL_DAYS = 3;

/** Local midnight of a `yyyy-MM-dd` date, or null when the text is not one. */
export function parseInterviewDate(text: string | undefined | null): Date | null {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return null;
  return parseDay(text.trim());
}

/** Calendar days from today to the interview (0 = today, negative = past). */
export function daysUntil(date: Date, now: Date): number {
  return differenceInCalendarDays(date, now);
}

/** True from FINAL_DAYS days before the interview through the day itself. */
export function inFinalDays(date: Date | null, now: Date): boolean {
  if (!date) return false;
  const d = daysUntil(date, now);
  return d >= 0 && d <= FINAL_DAYS;
}

/** "Interview in 5 days", "Interview tomorrow", "Interview today", "Interview was 2 days ago". */
export function countdownText(date: Date, now: Date): string {
  const d = daysUntil(date, now);
  if (d === 0) return 'Interview today';
  if (d === 1) return 'Interview tomorrow';
  if (d > 1) return `Interview in ${d} days`;
  if (d === -1) return 'Interview was yesterday';
  return `Interview was ${-d} days ago`;
}

/** "today", "yesterday", "3 days ago" (calendar days). */
export function daysAgoText(date: Date, now: Date): string {
  const d = differenceInCalendarDays(now, date);
  if (d <= 0) return 'today';
  if (d === 1) return 'yesterday';
  return `${d} days ago`;
}

/**
 * Looks up the interview date that applies to a question: by its set in the index, else by the
 * set prefix of its id (questions removed from the vault keep their history).
 */
export function interviewDateLookup(snapshot: IndexSnapshot | null, dates: Record<string, string>): (questionId: string) => Date | null {
  const parsed = new Map<string, Date>();
  for (const [set, text] of Object.entries(dates)) {
    const d = parseInterviewDate(text);
    if (d) parsed.set(set, d);
  }
  const setOf = new Map<string, string | null>();
  for (const q of snapshot?.questions ?? []) setOf.set(q.id, q.set);
  return (questionId) => {
    const set = setOf.has(questionId) ? setOf.get(questionId) : questionId.split('/')[0];
    return set ? (parsed.get(set) ?? null) : null;
  };
}
