import { buildHistory, principleStats } from '../../../src/core/drill/history';
import { countdownText, daysAgoText, inFinalDays, interviewDateLookup, parseInterviewDate } from '../../../src/core/drill/interview-date';
import { storiesFor } from '../../../src/core/drill/stories';
import { CO, DIVE, orbitSnapshot, OWN } from './fixture';
import { attempt, day, NOW } from './helpers';

const snap = orbitSnapshot();

describe('per-principle drill stats', () => {
  it('last drilled, average of recent ratings and due count', () => {
    const co = snap.questions.filter((q) => q.principles[0].id === CO);
    const attempts = [
      attempt(co[0].id, 'again', day(-9), [CO]),
      attempt(co[0].id, 'good', day(-8), [CO]),
      attempt(co[1].id, 'easy', day(-7), [CO]),
      attempt(co[1].id, 'good', day(-6), [CO]),
      attempt(co[2].id, 'hard', day(-5), [CO]),
      attempt(co[2].id, 'good', day(-3, 18), [CO]),
      attempt('gone/q-x', 'good', day(-1), ['gone/p']),
    ];
    const stats = principleStats(snap, buildHistory(attempts, snap), NOW);
    const s = stats.get(CO);
    expect(s?.lastDrilled).toEqual(day(-3, 18));
    expect(s?.attempts).toBe(6);
    expect(s?.avgRating).toBeCloseTo((3 + 4 + 3 + 2 + 3) / 5, 5); // the latest five
    // FSRS: co[0] good after again → 2 days (due day -6); co[1] good the day after easy → 13 days;
    // co[2] good two days after hard → 7 days. Only co[0] is due.
    expect(s?.dueCount).toBe(1);
    expect(stats.get(DIVE)).toEqual({ lastDrilled: null, avgRating: null, attempts: 0, dueCount: 0 });
    expect(stats.has('gone/p')).toBe(false);
  });
});

describe('interview dates', () => {
  it('parses yyyy-MM-dd only', () => {
    expect(parseInterviewDate('2026-11-25')).toEqual(new Date(2026, 10, 25));
    expect(parseInterviewDate('25/11/2026')).toBeNull();
    expect(parseInterviewDate('2026-13-40')).toBeNull();
    expect(parseInterviewDate('')).toBeNull();
    expect(parseInterviewDate(' 2026-11-25\n')).toEqual(new Date(2026, 10, 25));
    expect(parseInterviewDate('on 2026-11-25')).toBeNull();
    expect(parseInterviewDate('2026-11-25 at 10:00')).toBeNull();
    expect(parseInterviewDate('2026-1-25')).toBeNull();
    expect(parseInterviewDate(null)).toBeNull();
    expect(parseInterviewDate(undefined)).toBeNull();
  });

  it.each([
    ['2026-11-29', 'Interview in 7 days', false],
    ['2026-11-26', 'Interview in 4 days', false],
    ['2026-11-25', 'Interview in 3 days', true],
    ['2026-11-23', 'Interview tomorrow', true],
    ['2026-11-22', 'Interview today', true],
    ['2026-11-21', 'Interview was yesterday', false],
    ['2026-11-12', 'Interview was 10 days ago', false],
  ])('%s → %s', (date, text, final) => {
    const d = parseInterviewDate(date) as Date;
    expect(countdownText(d, NOW)).toBe(text);
    expect(inFinalDays(d, NOW)).toBe(final);
  });

  it('says when something happened in calendar days', () => {
    expect(daysAgoText(day(0, 1), NOW)).toBe('today');
    expect(daysAgoText(day(-1, 23), NOW)).toBe('yesterday');
    expect(daysAgoText(day(-3), NOW)).toBe('3 days ago');
    expect(daysAgoText(day(-2, 23, 59), NOW)).toBe('2 days ago');
    // A clock set back (or a log line from another time zone) never reads as the future.
    expect(daysAgoText(day(2), NOW)).toBe('today');
  });

  it('has no final days without an interview date', () => {
    expect(inFinalDays(null, NOW)).toBe(false);
  });

  it('finds the date of a question by its set, or by its id for questions no longer in the vault', () => {
    const lookup = interviewDateLookup(snap, { orbit: '2026-11-25', other: 'soon' });
    expect(lookup(snap.questions[0].id)).toEqual(new Date(2026, 10, 25));
    expect(lookup('orbit/q-removed')).toEqual(new Date(2026, 10, 25));
    expect(lookup('other/q-1')).toBeNull();
    // A question the index knows without a set has no date, whatever its id looks like.
    const loose = { ...snap, questions: [{ ...snap.questions[0], set: null }] };
    expect(interviewDateLookup(loose, { orbit: '2026-11-25' })(snap.questions[0].id)).toBeNull();
    expect(interviewDateLookup(null, { orbit: ' 2026-11-25 ' })('orbit/anything')).toEqual(new Date(2026, 10, 25));
  });
});

describe('storiesFor', () => {
  it('lists stories of a principle, primary first', () => {
    expect(storiesFor(snap, [CO]).map((s) => s.title)).toEqual(['Refund flow rewrite', 'Support inbox triage']);
    expect(storiesFor(snap, [OWN]).map((s) => s.title)).toEqual(['Refund flow rewrite']);
    expect(storiesFor(snap, [DIVE])).toEqual([]);
  });
});
