// Progress of one principle set, from the drill log alone: a practice calendar of the last weeks
// (attempts per day), each principle's recent ratings, how many questions are due today and the
// countdown to the interview. The dashboard draws it; `obsidian-interview-prep history --json` prints it.
import { addDays, differenceInCalendarDays, startOfDay, startOfWeek } from 'date-fns';
import { formatDay } from '../local-date';
import type { DrillHistory } from './history';
import { daysUntil } from './interview-date';
import { isDue } from './schedule';
import { ratingScore } from './types';

/** Weeks the calendar shows, this one included (Monday first). */
export const CALENDAR_WEEKS = 12;
/** Latest ratings a principle's trend shows. */
export const TREND_POINTS = 12;

export interface ProgressDay {
  /** `yyyy-MM-dd`. */
  date: string;
  /** 0 = Monday … 6 = Sunday (the calendar's row). */
  weekday: number;
  /** 0 = the oldest week shown (the calendar's column). */
  week: number;
  attempts: number;
}

export interface PrincipleTrend {
  /** Principle id as logged. */
  principle: string;
  /** Again = 1 … Easy = 4, oldest first, at most TREND_POINTS. */
  scores: number[];
  attempts: number;
}

export interface DrillProgress {
  set: string;
  /** Days from the Monday CALENDAR_WEEKS − 1 weeks ago through today. */
  calendar: ProgressDay[];
  /** Days in the calendar with at least one attempt. */
  activeDays: number;
  /** Questions of the set (as logged) due today or earlier. */
  dueToday: number;
  /** Questions due tomorrow (not already due today). */
  dueTomorrow: number;
  /** Principles of the set with at least one attempt, in first-logged order. */
  trends: PrincipleTrend[];
  /** The set's interview date and calendar days left (0 = today, negative = past), or null. */
  interview: { date: string; daysLeft: number } | null;
}

const inSet = (id: string, set: string): boolean => id.startsWith(`${set}/`);

export function drillProgress(history: DrillHistory, set: string, now: Date, interviewDate: Date | null): DrillProgress {
  const first = addDays(startOfWeek(startOfDay(now), { weekStartsOn: 1 }), -7 * (CALENDAR_WEEKS - 1));
  const calendar: ProgressDay[] = [];
  for (let d = first; differenceInCalendarDays(now, d) >= 0; d = addDays(d, 1)) {
    const offset = differenceInCalendarDays(d, first);
    calendar.push({ date: formatDay(d), weekday: offset % 7, week: Math.floor(offset / 7), attempts: 0 });
  }
  const trends = new Map<string, PrincipleTrend>();
  for (const a of history.attempts) {
    const principles = a.principles.filter((p) => inSet(p, set));
    if (principles.length === 0 && !inSet(a.questionId, set)) continue;
    const day = differenceInCalendarDays(a.at, first);
    if (day >= 0 && day < calendar.length) calendar[day].attempts++;
    for (const p of principles) {
      const t = trends.get(p) ?? { principle: p, scores: [], attempts: 0 };
      t.scores.push(ratingScore(a.rating));
      t.attempts++;
      trends.set(p, t);
    }
  }
  for (const t of trends.values()) t.scores = t.scores.slice(-TREND_POINTS);
  let dueToday = 0;
  let dueTomorrow = 0;
  for (const st of history.states.values()) {
    if (!inSet(st.questionId, set)) continue;
    if (isDue(st, now)) dueToday++;
    else if (isDue(st, addDays(now, 1))) dueTomorrow++;
  }
  return {
    set,
    calendar,
    activeDays: calendar.filter((d) => d.attempts > 0).length,
    dueToday,
    dueTomorrow,
    trends: [...trends.values()],
    interview: interviewDate ? { date: formatDay(interviewDate), daysLeft: daysUntil(interviewDate, now) } : null,
  };
}
