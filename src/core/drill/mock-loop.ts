// The mock interview loop: N interviewers, each asking about 2 principles of one set, chosen
// weakest first (coverage gaps, low ratings, never drilled), one question per principle. After
// each answer the user names the story told; the summary flags a story told to two interviewers
// and principles answered with no story, the two mistakes a real loop punishes.
import type { IndexSnapshot, Principle, Question } from '../model';
import { orderQuestions, principleFactor, type DrillContext } from './plan';
import type { Rng } from './random';
import type { Rating } from './types';

export const DEFAULT_INTERVIEWERS = 4;
export const PRINCIPLES_PER_INTERVIEWER = 2;

export interface MockRound {
  /** 1-based interviewer number. */
  interviewer: number;
  principle: Principle;
  question: Question;
}

/** A stand-in question for a principle with no question in the vault. */
export function promptQuestion(p: Principle): Question {
  return {
    id: `${p.id}/prompt`,
    text: `Tell me about a time that shows ${p.name}.`,
    path: p.path,
    line: p.line,
    category: null,
    followUps: [],
    cues: [],
    principles: [{ id: p.id, role: 'primary', source: 'heading' }],
    reading: [],
    suggestions: [],
    set: p.set,
  };
}

export function planMockLoop(ctx: DrillContext, setId: string, interviewers: number, rng: Rng): MockRound[] {
  const principles = ctx.snapshot.principles.filter((p) => p.set === setId);
  // Weakest first; a random key breaks ties so equal principles vary between loops.
  const keyed = principles.map((p) => ({ p, f: principleFactor(p.id, ctx), r: rng() }));
  keyed.sort((a, b) => b.f - a.f || a.r - b.r);
  const chosen = keyed.slice(0, Math.max(0, interviewers) * PRINCIPLES_PER_INTERVIEWER).map((k) => k.p);
  const used = new Set<string>();
  return chosen.map((p, i) => {
    const pool = ctx.snapshot.questions.filter((q) => !used.has(q.id) && q.principles.some((r) => r.id === p.id));
    const question = orderQuestions(pool, ctx, rng)[0] ?? promptQuestion(p);
    used.add(question.id);
    return { interviewer: Math.floor(i / PRINCIPLES_PER_INTERVIEWER) + 1, principle: p, question };
  });
}

export interface MockAnswer {
  round: MockRound;
  /** Story id told, or null for none. */
  story: string | null;
  rating: Rating | null;
  seconds: number;
}

export interface MockSummary {
  /** Stories told to two or more different interviewers. */
  repeatedStories: { story: string; title: string; interviewers: number[] }[];
  /** Answers given with no story. */
  noStory: { principle: string; name: string; interviewer: number }[];
  answered: number;
  totalSeconds: number;
}

export function mockSummary(answers: readonly MockAnswer[], snapshot: IndexSnapshot): MockSummary {
  const tellers = new Map<string, number[]>();
  for (const a of answers) {
    if (!a.story) continue;
    const list = tellers.get(a.story) ?? [];
    if (!list.includes(a.round.interviewer)) list.push(a.round.interviewer);
    tellers.set(a.story, list);
  }
  const title = (id: string): string => snapshot.stories.find((s) => s.id === id)?.title ?? id;
  return {
    repeatedStories: [...tellers]
      .filter(([, who]) => who.length >= 2)
      .map(([story, who]) => ({ story, title: title(story), interviewers: [...who].sort((x, y) => x - y) })),
    noStory: answers
      .filter((a) => !a.story)
      .map((a) => ({ principle: a.round.principle.id, name: a.round.principle.name, interviewer: a.round.interviewer })),
    answered: answers.length,
    totalSeconds: answers.reduce((s, a) => s + a.seconds, 0),
  };
}
