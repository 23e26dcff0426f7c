// Plans a drill: the pool of a scope, put in weighted random order, cut to the wanted length.
// In the last days before an interview, questions of that set never drilled come first.
import type { Question } from '../model';
import type { DrillContext } from './context';
import { inFinalDays } from './interview-date';
import { weightedOrder } from './order';
import { questionPool, type DrillScope } from './pool';
import type { Rng } from './random';
import { questionWeight } from './weights';

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
