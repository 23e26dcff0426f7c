// Plans a drill. Everything a drill is planned from is computed once (the context: index,
// history, coverage status and stats per principle, interview dates); the scope gives the pool of
// questions; each question gets a weight (how strongly it is pulled in: docs/drills.md lists the
// numbers); the pool is put in weighted random order and cut to the wanted length. In the last
// days before an interview, questions of that set never drilled come first.
// The FSRS schedule of one question is schedule.ts.
import { differenceInCalendarDays } from 'date-fns';
import { computeCoverage } from '../coverage/coverage';
import type { CoverageStatus } from '../coverage/types';
import type { IndexSnapshot, Question } from '../model';
import type { CoverageSettings } from '../settings';
import { nameKey } from '../text/normalize';
import { principleStats, type DrillHistory, type PrincipleDrillStats } from './history';
import { inFinalDays, interviewDateLookup } from './interview-date';
import type { Rng } from './random';
import { principleQuestions } from './read-as-scope';
import { isDue } from './schedule';
import type { QuestionState } from './types';

// ── The context ────────────────────────────────────────────────────────────────────────────────

export interface WeightInputs {
  /** Coverage status per principle id (principles of sets with no report count as ok). */
  status: Map<string, CoverageStatus>;
  stats: Map<string, PrincipleDrillStats>;
  states: Map<string, QuestionState>;
  now: Date;
}

export interface DrillContext extends WeightInputs {
  snapshot: IndexSnapshot;
  history: DrillHistory;
  /** Interview date of a question's set, or null. */
  interviewDateFor: (questionId: string) => Date | null;
}

export function coverageStatusMap(snapshot: IndexSnapshot, coverage: Partial<CoverageSettings>): Map<string, CoverageStatus> {
  const status = new Map<string, CoverageStatus>();
  for (const set of snapshot.sets) {
    for (const pc of computeCoverage(snapshot, set.id, coverage).principles) status.set(pc.principle.id, pc.status);
  }
  return status;
}

export function drillContext(
  snapshot: IndexSnapshot,
  history: DrillHistory,
  now: Date,
  options: { coverage?: Partial<CoverageSettings>; interviewDates?: Record<string, string> } = {},
): DrillContext {
  return {
    snapshot,
    history,
    now,
    status: coverageStatusMap(snapshot, options.coverage ?? {}),
    stats: principleStats(snapshot, history, now),
    states: history.states,
    interviewDateFor: interviewDateLookup(snapshot, options.interviewDates ?? {}),
  };
}

// ── Weights: every factor is ≥ 0.1 so nothing is ever impossible to draw ─────────────────────────

export const STATUS_FACTOR: Record<CoverageStatus, number> = { gap: 3, thin: 2, ok: 1 };
export const LAST_RATING_FACTOR = { again: 3, hard: 2, good: 1, easy: 0.6 } as const;
export const NEVER_DRILLED_FACTOR = 2;
export const NOT_DUE_FACTOR = 0.4;
export const SEEN_TODAY_FACTOR = 0.5;

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

// ── The pool: which questions a drill may draw from, by scope ──────────────────────────────────

export type DrillScope =
  | { kind: 'all' }
  | { kind: 'set'; set: string }
  | { kind: 'principle'; principle: string }
  | { kind: 'category'; category: string }
  /** Principles that are gaps or thin, rated low lately (average below Good) or never drilled; and questions last rated Again/Hard. */
  | { kind: 'weak'; set?: string | null }
  | { kind: 'due'; set?: string | null };

/** Average rating below this (Hard = 2, Good = 3) makes a principle weak. */
export const WEAK_AVERAGE = 2.5;

const inSet = (q: Question, set: string | null | undefined): boolean => !set || q.set === set || q.principles.some((r) => r.id.startsWith(`${set}/`));

/**
 * Principle ids that count as weak spots, most urgent first: coverage gaps, then thin principles
 * (no story to tell is worse than an untried one), then those rated below Good on average, then
 * the never-drilled rest; the set's own order within each rank.
 */
export function rankWeakPrinciples(ctx: DrillContext, set?: string | null): string[] {
  const ranked: { id: string; rank: number; order: number }[] = [];
  ctx.snapshot.principles.forEach((p, order) => {
    if (set && p.set !== set) return;
    const status = ctx.status.get(p.id) ?? 'ok';
    const stats = ctx.stats.get(p.id);
    const avg = stats?.avgRating ?? null;
    const rank = status === 'gap' ? 0 : status === 'thin' ? 1 : avg !== null && avg < WEAK_AVERAGE ? 2 : !stats || stats.attempts === 0 ? 3 : -1;
    if (rank >= 0) ranked.push({ id: p.id, rank, order });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.id);
}

/** The same principles as a set, for membership tests. */
export function weakPrinciples(ctx: DrillContext, set?: string | null): Set<string> {
  return new Set(rankWeakPrinciples(ctx, set));
}

export function questionPool(scope: DrillScope, ctx: DrillContext): Question[] {
  const qs = ctx.snapshot.questions;
  switch (scope.kind) {
    case 'all':
      return [...qs];
    case 'set':
      return qs.filter((q) => inSet(q, scope.set));
    case 'principle': {
      // Mapped first, then read as it (marked "read as" where the drill shows them).
      const { mapped, readAs } = principleQuestions(ctx.snapshot, scope.principle);
      return [...mapped, ...readAs];
    }
    case 'category': {
      const key = nameKey(scope.category);
      return qs.filter((q) => q.category !== null && nameKey(q.category) === key);
    }
    case 'weak': {
      const weak = weakPrinciples(ctx, scope.set);
      return qs.filter((q) => {
        if (!inSet(q, scope.set)) return false;
        const last = ctx.states.get(q.id)?.lastRating;
        return last === 'again' || last === 'hard' || q.principles.some((r) => weak.has(r.id));
      });
    }
    case 'due':
      return qs.filter((q) => {
        const st = ctx.states.get(q.id);
        return inSet(q, scope.set) && st !== undefined && isDue(st, ctx.now);
      });
  }
}

// ── The order ──────────────────────────────────────────────────────────────────────────────────

/**
 * Weighted random order without repeats (Efraimidis–Spirakis): each item gets the key
 * -ln(u) / weight with u uniform in (0, 1]; sorting by key ascending draws heavier items earlier,
 * with probability proportional to weight at every step, and never draws an item twice.
 */
export function weightedOrder<T>(items: readonly T[], weight: (item: T) => number, rng: Rng): T[] {
  const keyed = items.map((item, i) => {
    const w = weight(item);
    const u = 1 - rng(); // (0, 1]
    return { item, i, key: w > 0 ? -Math.log(u) / w : Infinity };
  });
  keyed.sort((a, b) => a.key - b.key || a.i - b.i);
  return keyed.map((k) => k.item);
}

export const DEFAULT_DRILL_COUNT = 5;

export interface DrillPlanOptions {
  /** How many questions (default 5); 0 or less = the whole pool. */
  count?: number;
  rng: Rng;
}

/** Orders the given questions for a drill (the whole list, no cut). */
export function orderQuestions(pool: readonly Question[], ctx: DrillContext, rng: Rng): Question[] {
  // Sorting by id first makes the draw independent of the order the index lists questions in.
  const sorted = [...pool].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ordered = weightedOrder(sorted, (q) => questionWeight(q, ctx), rng);
  const urgent = (q: Question): boolean => !ctx.states.has(q.id) && inFinalDays(ctx.interviewDateFor(q.id), ctx.now);
  return [...ordered.filter(urgent), ...ordered.filter((q) => !urgent(q))];
}

export function planDrill(scope: DrillScope, ctx: DrillContext, options: DrillPlanOptions): Question[] {
  const ordered = orderQuestions(questionPool(scope, ctx), ctx, options.rng);
  const count = options.count ?? DEFAULT_DRILL_COUNT;
  return count > 0 ? ordered.slice(0, count) : ordered;
}
