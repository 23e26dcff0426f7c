// The end-of-drill summary: how many questions, total time, ratings by principle and what to
// drill next (principles answered below Good first, then other weak spots).
import type { IndexSnapshot } from '../model';
import { ratingScore, type Attempt, type Rating } from './types';

export interface PrincipleSummary {
  id: string;
  name: string;
  ratings: Rating[];
  average: number;
}

export interface DrillSummary {
  questions: number;
  totalSeconds: number;
  byPrinciple: PrincipleSummary[];
  /** Principle ids, most urgent first (at most 3). */
  drillNext: string[];
}

/** The set id of a principle id (`amazon/ownership` → `amazon`). */
function setOf(principleId: string): string {
  const slash = principleId.indexOf('/');
  return slash < 0 ? principleId : principleId.slice(0, slash);
}

export function principleName(snapshot: IndexSnapshot, id: string): string {
  return snapshot.principles.find((p) => p.id === id)?.name ?? id;
}

/**
 * `weak` are other weak principle ids (e.g. gaps) to suggest when the session went well; only
 * those of the sets the drill was about are kept (an Amazon drill never suggests Google's).
 */
export function summarize(attempts: readonly Attempt[], snapshot: IndexSnapshot, weak: Iterable<string> = []): DrillSummary {
  const by = new Map<string, Rating[]>();
  for (const a of attempts) {
    for (const id of a.principles) by.set(id, [...(by.get(id) ?? []), a.rating]);
  }
  const byPrinciple = [...by].map(([id, ratings]) => ({
    id,
    name: principleName(snapshot, id),
    ratings,
    average: ratings.reduce((s, r) => s + ratingScore(r), 0) / ratings.length,
  }));
  byPrinciple.sort((a, b) => a.average - b.average || a.name.localeCompare(b.name));
  const next = byPrinciple.filter((p) => p.average < 3).map((p) => p.id);
  const drilledSets = new Set([...by.keys()].map(setOf));
  for (const id of weak) if (!next.includes(id) && !by.has(id) && drilledSets.has(setOf(id))) next.push(id);
  return {
    questions: attempts.length,
    totalSeconds: attempts.reduce((s, a) => s + a.seconds, 0),
    byPrinciple,
    drillNext: next.slice(0, 3),
  };
}
