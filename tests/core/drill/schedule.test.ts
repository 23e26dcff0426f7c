import fc from 'fast-check';
import { format } from 'date-fns';
import { applyAttempt, buildStates, dueDate, isDue, nextStep, START_EASE, type ScheduleStep } from '../../../src/core/drill/schedule';
import { RATINGS, type QuestionState, type Rating } from '../../../src/core/drill/types';
import { attempt, day } from './helpers';

const ymd = (d: Date): string => format(d, 'yyyy-MM-dd');

function run(ratings: Rating[]): ScheduleStep[] {
  const out: ScheduleStep[] = [];
  let s: ScheduleStep = { streak: 0, ease: START_EASE, intervalDays: 0 };
  for (const r of ratings) out.push((s = nextStep(s, r)));
  return out;
}

describe('SM-2 steps', () => {
  it.each<[string, Rating[], number[], number]>([
    ['good, good, good, good', ['good', 'good', 'good', 'good'], [1, 3, 8, 20], 2.5],
    ['easy, easy, easy', ['easy', 'easy', 'easy'], [2, 4, 15], 2.95],
    ['good, good, again', ['good', 'good', 'again'], [1, 3, 0], 2.3],
    ['good, good, hard', ['good', 'good', 'hard'], [1, 3, 4], 2.35],
    ['hard first', ['hard'], [1], 2.35],
    ['again, good, good', ['again', 'good', 'good'], [0, 1, 3], 2.3],
    ['good, good, again, good', ['good', 'good', 'again', 'good'], [1, 3, 0, 1], 2.3],
  ])('%s → intervals %j', (_name, ratings, intervals, ease) => {
    const steps = run(ratings);
    expect(steps.map((s) => s.intervalDays)).toEqual(intervals);
    expect(steps[steps.length - 1].ease).toBeCloseTo(ease, 5);
  });

  it('never lets ease fall below 1.3 or rise above 3.0', () => {
    expect(run(new Array<Rating>(20).fill('again')).pop()?.ease).toBe(1.3);
    expect(run(new Array<Rating>(20).fill('easy')).pop()?.ease).toBe(3);
  });

  it('counts the streak of consecutive good answers; again resets it, hard keeps it', () => {
    expect(run(['good', 'easy', 'hard', 'good', 'again']).map((s) => s.streak)).toEqual([1, 2, 2, 3, 0]);
  });
});

describe('due dates and the interview cap', () => {
  const interview = new Date(2026, 10, 25); // Wednesday 25 November

  it.each<[string, Date, number, string]>([
    ['no cap needed', day(0), 2, '2026-11-24'],
    ['lands exactly on the interview', day(0), 3, '2026-11-25'],
    ['would pass the interview: capped', day(0), 8, '2026-11-25'],
    ['again on interview day: due that day', day(3), 0, '2026-11-25'],
    ['interview already past: no cap', day(5), 4, '2026-12-01'],
  ])('%s', (_name, at, interval, expected) => {
    expect(ymd(dueDate(at, interval, interview))).toBe(expected);
  });

  it('caps a growing schedule at the interview and grows from the capped interval', () => {
    const q = 'orbit/q-1';
    const states = buildStates(
      [attempt(q, 'good', day(-2, 20)), attempt(q, 'good', day(-1, 8)), attempt(q, 'good', day(2, 18))],
      () => interview,
    );
    const st = states.get(q) as QuestionState;
    expect(ymd(st.due)).toBe('2026-11-25');
    expect(st.intervalDays).toBe(1);
    expect(st.streak).toBe(3);
    expect(st.attempts).toBe(3);
    expect(st.ratings).toEqual(['good', 'good', 'good']);
  });

  it('for any ratings and times before the interview, no due date lands after it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...RATINGS), fc.integer({ min: 0, max: 40 * 24 })), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 0, max: 60 }),
        (steps, interviewOffset) => {
          const iv = new Date(2026, 0, 1 + interviewOffset);
          let hours = 0;
          let st: QuestionState | undefined;
          for (const [rating, gap] of steps) {
            hours += gap;
            const at = new Date(2026, 0, 1, hours);
            st = applyAttempt(st, attempt('q', rating, at), iv);
            if (at.getTime() < iv.getTime() + 24 * 3600 * 1000 && st.due.getTime() > iv.getTime()) return false;
          }
          return true;
        },
      ),
    );
  });

  it('is due on its due day and after, not before', () => {
    const st = applyAttempt(undefined, attempt('q', 'good', day(0)), null); // due tomorrow
    expect(isDue(st, day(0, 23, 59))).toBe(false);
    expect(isDue(st, day(1, 0, 1))).toBe(true);
    expect(isDue(st, day(9))).toBe(true);
  });
});
