import { DrillSession, formatClock } from '../../../src/core/drill/session';
import { summarize } from '../../../src/core/drill/summary';
import { CO, DIVE, orbitSnapshot } from './fixture';
import { NOW } from './helpers';

const snap = orbitSnapshot();

/** A clock the test moves by hand. */
function fakeClock(start = NOW) {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (s: number) => (t += s * 1000) };
}

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [9, '0:09'],
    [75, '1:15'],
    [600, '10:00'],
    [-3, '0:00'],
  ])('%i s → %s', (s, text) => expect(formatClock(s)).toBe(text));
});

describe('DrillSession', () => {
  const withFollowUps = snap.questions.find((q) => q.followUps.length === 2);
  const dive = snap.questions.find((q) => q.principles[0].id === DIVE);
  if (!withFollowUps || !dive) throw new Error('fixture changed');

  it('times the answer against the target and shows overtime', () => {
    const clock = fakeClock();
    const s = new DrillSession([withFollowUps], clock.now, 120);
    expect(s.timer().text).toBe('0:00 / 2:00');
    clock.advance(75);
    expect(s.timer()).toEqual({ elapsed: 75, overtime: false, text: '1:15 / 2:00' });
    clock.advance(55);
    expect(s.timer()).toEqual({ elapsed: 130, overtime: true, text: '2:10 / 2:00 (+0:10 over)' });
  });

  it('logs the spoken length of a recorded answer instead of the clock, for that question only', () => {
    const clock = fakeClock();
    const s = new DrillSession([withFollowUps, dive], clock.now, 120);
    clock.advance(100); // reading, then a 41.6-second recording
    s.setSpokenSeconds(41.6);
    expect(s.timer().text).toBe('0:42 / 2:00');
    expect(s.stoppedClock).toBe(true);
    s.rate('good');
    clock.advance(20);
    expect(s.next()?.seconds).toBe(42);
    // The next question is timed by the clock again; a take dropped (null) gives the clock back too.
    expect(s.stoppedClock).toBe(false);
    clock.advance(30);
    s.setSpokenSeconds(10);
    s.setSpokenSeconds(null);
    s.rate('hard');
    expect(s.finish()?.seconds).toBe(30);
    expect(s.attempts.map((a) => a.seconds)).toEqual([42, 30]);
  });

  it('reveals follow-ups one at a time', () => {
    const s = new DrillSession([withFollowUps], fakeClock().now);
    expect(s.followUpsShown).toEqual([]);
    expect(s.hasMoreFollowUps).toBe(true);
    expect(s.revealFollowUp()).toBe(withFollowUps.followUps[0]);
    expect(s.followUpsShown).toEqual([withFollowUps.followUps[0]]);
    expect(s.revealFollowUp()).toBe(withFollowUps.followUps[1]);
    expect(s.hasMoreFollowUps).toBe(false);
    expect(s.revealFollowUp()).toBeNull();
  });

  it('stops the time at the first rating, keeps the last rating and records attempts on next', () => {
    const clock = fakeClock();
    const s = new DrillSession([withFollowUps, dive], clock.now, 120);
    clock.advance(95);
    s.rate('hard');
    clock.advance(20);
    s.rate('good');
    s.pickStory('story/refund-flow-rewrite');
    expect(s.timer().elapsed).toBe(95);
    const first = s.next();
    expect(first).toMatchObject({ questionId: withFollowUps.id, rating: 'good', seconds: 95, principles: [CO], story: 'story/refund-flow-rewrite' });
    expect(s.current?.id).toBe(dive.id);
    expect(s.isLast).toBe(true);
    expect(s.timer().elapsed).toBe(0);
    clock.advance(150);
    s.rate('again');
    expect(s.finish()).toMatchObject({ questionId: dive.id, rating: 'again', seconds: 150, story: null });
    expect(s.done).toBe(true);
    expect(s.attempts).toHaveLength(2);
  });

  it('skips a question that was not rated', () => {
    const s = new DrillSession([withFollowUps, dive], fakeClock().now);
    expect(s.next()).toBeNull();
    expect(s.finish()).toBeNull();
    expect(s.attempts).toEqual([]);
    expect(s.done).toBe(true);
  });
});

describe('summary', () => {
  it('counts questions and time, averages ratings by principle and names what to drill next', () => {
    const clock = fakeClock();
    const co = snap.questions.filter((q) => q.principles[0].id === CO);
    const dive = snap.questions.filter((q) => q.principles[0].id === DIVE);
    const s = new DrillSession([co[0], dive[0], co[1]], clock.now);
    for (const [secs, r] of [[60, 'easy'], [130, 'again'], [90, 'good']] as const) {
      clock.advance(secs);
      s.rate(r);
      s.next();
    }
    const sum = summarize(s.attempts, snap, ['orbit/frugality']);
    expect(sum.questions).toBe(3);
    expect(sum.totalSeconds).toBe(280);
    expect(sum.byPrinciple).toEqual([
      { id: DIVE, name: 'Dive Deep', ratings: ['again'], average: 1 },
      { id: CO, name: 'Customer Obsession', ratings: ['easy', 'good'], average: 3.5 },
    ]);
    expect(sum.drillNext).toEqual([DIVE, 'orbit/frugality']);
  });
});

describe('stopping the clock', () => {
  it('freezes the time when stopped, before the rating', () => {
    let t = NOW.getTime();
    const s = new DrillSession(snap.questions.slice(0, 2), () => new Date(t), 120);
    t += 40_000;
    s.stop();
    expect(s.stoppedClock).toBe(true);
    t += 30_000;
    expect(s.timer().elapsed).toBe(40);
    s.rate('good');
    expect(s.next()?.seconds).toBe(40);
    expect(s.stoppedClock).toBe(false);
    t += 5_000;
    expect(s.timer().elapsed).toBe(5);
  });
});
