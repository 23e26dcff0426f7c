import { buildHistory, type DrillHistory } from '../../../src/core/drill/history';
import { parseLog } from '../../../src/core/drill/log-format';
import { CALENDAR_WEEKS, drillProgress, TREND_POINTS } from '../../../src/core/drill/progress';
import { attempt, day, NOW } from './helpers';

// Sunday 22 November 2026: the calendar runs from Monday 31 August (12 weeks) through today.
const log = [
  '# Drill log',
  '- 2026-11-16 08:00 | question: orbit/q-1 | rating: again | seconds: 60 | principles: orbit/ownership | text: One.',
  '- 2026-11-16 08:20 | question: orbit/q-1 | rating: good | seconds: 70 | principles: orbit/ownership | text: One.',
  '- 2026-11-21 19:00 | question: orbit/q-2 | rating: easy | seconds: 80 | principles: orbit/ownership, orbit/dive-deep | text: Two.',
  '- 2026-11-22 07:00 | question: other/q-9 | rating: hard | seconds: 90 | principles: other/grit | text: Elsewhere.',
  '- 2026-08-01 07:00 | question: orbit/q-3 | rating: hard | seconds: 90 | principles: orbit/frugality | text: Long ago.',
].join('\n');

describe('progress from the log', () => {
  let history: DrillHistory;
  beforeEach(() => {
    history = buildHistory(parseLog(log).attempts, null);
  });

  it('counts attempts per day over the last twelve weeks, Monday first, through today', () => {
    const p = drillProgress(history, 'orbit', NOW, null);
    expect(p.calendar[0]).toEqual({ date: '2026-08-31', weekday: 0, week: 0, attempts: 0 });
    expect(p.calendar[p.calendar.length - 1]).toMatchObject({ date: '2026-11-22', weekday: 6, week: CALENDAR_WEEKS - 1 });
    expect(p.calendar.filter((d) => d.attempts > 0).map((d) => [d.date, d.attempts])).toEqual([['2026-11-16', 2], ['2026-11-21', 1]]);
    expect(p.activeDays).toBe(2);
  });

  it('ends the calendar on today, mid-week', () => {
    const wednesday = drillProgress(history, 'orbit', day(3), null).calendar; // 25 November
    expect(wednesday[wednesday.length - 1]).toMatchObject({ date: '2026-11-25', weekday: 2 });
    expect(wednesday).toHaveLength((CALENDAR_WEEKS - 1) * 7 + 3);
  });

  it('keeps each principle of the set its ratings in log order, old ones included', () => {
    const p = drillProgress(history, 'orbit', NOW, null);
    expect(p.trends).toEqual([
      { principle: 'orbit/ownership', scores: [1, 3, 4], attempts: 3 },
      { principle: 'orbit/dive-deep', scores: [4], attempts: 1 },
      { principle: 'orbit/frugality', scores: [2], attempts: 1 },
    ]);
    expect(drillProgress(history, 'other', NOW, null).trends).toEqual([{ principle: 'other/grit', scores: [2], attempts: 1 }]);
  });

  it('keeps the latest ratings only', () => {
    const many = Array.from({ length: TREND_POINTS + 3 }, (_, i) => attempt('orbit/q-1', i % 2 ? 'good' : 'hard', day(-20 + i), ['orbit/ownership']));
    const t = drillProgress(buildHistory(many, null), 'orbit', NOW, null).trends[0];
    expect(t.scores).toHaveLength(TREND_POINTS);
    expect(t.attempts).toBe(TREND_POINTS + 3);
    expect(t.scores[t.scores.length - 1]).toBe(2); // the last answer (i = 14) was Hard
  });

  it('counts the questions due today and tomorrow, and the days to the interview', () => {
    const p = drillProgress(history, 'orbit', NOW, new Date(2026, 10, 27));
    // q-3 (Hard, long ago) and q-1 (Good on the 16th: due by now) are due; q-2 (Easy yesterday) is not.
    expect(p.dueToday).toBe(2);
    expect(p.dueTomorrow).toBe(0);
    expect(p.interview).toEqual({ date: '2026-11-27', daysLeft: 5 });
    expect(drillProgress(history, 'orbit', NOW, null).interview).toBeNull();
    expect(drillProgress(buildHistory([], null), 'orbit', NOW, null)).toMatchObject({ dueToday: 0, activeDays: 0, trends: [] });
  });
});
