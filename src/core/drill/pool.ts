// Which questions a drill may draw from, by scope.
import type { Question } from '../model';
import { nameKey } from '../text/normalize';
import type { DrillContext } from './context';
import { isDue } from './schedule';
import { principleQuestions } from './read-as-scope';

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
