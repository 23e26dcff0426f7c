import { mockSummary, planMockLoop, type MockAnswer, type MockRound } from '../../../src/core/drill/mock-loop';
import { mulberry32 } from '../../../src/core/drill/random';
import { CO, DIVE, FRUG, orbitSnapshot, OWN } from './fixture';
import { attempt, ctxFor, day } from './helpers';

const snap = orbitSnapshot();

describe('planMockLoop', () => {
  it('gives each interviewer two principles, weakest first, one distinct question each', () => {
    const rounds = planMockLoop(ctxFor(snap), 'orbit', 2, mulberry32(3));
    expect(rounds.map((r) => r.interviewer)).toEqual([1, 1, 2, 2]);
    expect(new Set(rounds.map((r) => r.principle.id)).size).toBe(4);
    // Gaps (Dive Deep, Frugality) go to the first interviewer, then thin Ownership, then ok Customer Obsession.
    expect(rounds.slice(0, 2).map((r) => r.principle.id).sort()).toEqual([DIVE, FRUG].sort());
    expect(rounds.slice(2).map((r) => r.principle.id)).toEqual([OWN, CO]);
    for (const r of rounds) expect(r.question.principles.map((p) => p.id)).toContain(r.principle.id);
    expect(new Set(rounds.map((r) => r.question.id)).size).toBe(4);
  });

  it('covers only as many principles as the set has, and the same seed gives the same loop', () => {
    const a = planMockLoop(ctxFor(snap), 'orbit', 4, mulberry32(9));
    expect(a).toHaveLength(4);
    expect(planMockLoop(ctxFor(snap), 'orbit', 4, mulberry32(9)).map((r) => r.question.id)).toEqual(a.map((r) => r.question.id));
  });

  it('ranks a principle answered badly above one answered well', () => {
    const q = (p: string) => snap.questions.filter((x) => x.principles[0].id === p);
    const ctx = ctxFor(snap, [
      ...q(DIVE).map((x) => attempt(x.id, 'easy', day(-1), [DIVE])),
      ...q(OWN).map((x) => attempt(x.id, 'again', day(-1), [OWN])),
    ]);
    // Factors: Frugality gap, never drilled 3 × 1.5; Ownership thin, all Again 2 × 2; Dive Deep gap, all Easy 3 × 1.
    for (let seed = 0; seed < 10; seed++) {
      expect(planMockLoop(ctx, 'orbit', 1, mulberry32(seed)).map((r) => r.principle.id)).toEqual([FRUG, OWN]);
    }
  });

  it('uses a stand-in prompt for a principle with no question', () => {
    const noQuestions = { ...snap, questions: snap.questions.filter((q) => q.principles[0].id !== FRUG) };
    const round = planMockLoop(ctxFor(noQuestions), 'orbit', 2, mulberry32(1)).find((r) => r.principle.id === FRUG);
    expect(round?.question.text).toBe('Tell me about a time that shows Frugality.');
    expect(round?.question.id).toBe(`${FRUG}/prompt`);
  });
});

describe('mockSummary', () => {
  let rounds: MockRound[];
  beforeEach(() => {
    rounds = planMockLoop(ctxFor(snap), 'orbit', 2, mulberry32(3));
  });
  const answer = (i: number, story: string | null): MockAnswer => ({ round: rounds[i], story, rating: 'good', seconds: 100 });

  it('flags a story told to two interviewers and answers with no story', () => {
    const sum = mockSummary([answer(0, 'story/refund-flow-rewrite'), answer(1, null), answer(2, 'story/refund-flow-rewrite'), answer(3, 'story/support-inbox-triage')], snap);
    expect(sum.repeatedStories).toEqual([{ story: 'story/refund-flow-rewrite', title: 'Refund flow rewrite', interviewers: [1, 2] }]);
    expect(sum.noStory).toEqual([{ principle: rounds[1].principle.id, name: rounds[1].principle.name, interviewer: 1 }]);
    expect(sum.answered).toBe(4);
    expect(sum.totalSeconds).toBe(400);
  });

  it('does not flag a story told twice to the same interviewer', () => {
    const sum = mockSummary([answer(0, 'story/beta-feedback-loop'), answer(1, 'story/beta-feedback-loop'), answer(2, 'story/refund-flow-rewrite')], snap);
    expect(sum.repeatedStories).toEqual([]);
    expect(sum.noStory).toEqual([]);
  });
});
