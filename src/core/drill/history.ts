// What the engine knows about the past: every attempt from the log, each question's schedule
// state and per-principle statistics, all rebuilt from the log on demand.
import type { IndexSnapshot } from '../model';
import { interviewDateLookup } from './interview-date';
import { buildStates, isDue } from './schedule';
import { ratingScore, type Attempt, type QuestionState } from './types';

/** How many of a principle's latest attempts its average rating looks at. */
export const RECENT_ATTEMPTS = 5;

export interface DrillHistory {
  attempts: Attempt[];
  states: Map<string, QuestionState>;
}

export function buildHistory(attempts: readonly Attempt[], snapshot: IndexSnapshot | null, interviewDates: Record<string, string> = {}): DrillHistory {
  return { attempts: [...attempts], states: buildStates(attempts, interviewDateLookup(snapshot, interviewDates)) };
}

export interface PrincipleDrillStats {
  /** Time of the latest attempt at a question of this principle, or null. */
  lastDrilled: Date | null;
  /** Mean rating (Again 1 … Easy 4) of the latest RECENT_ATTEMPTS attempts, or null. */
  avgRating: number | null;
  attempts: number;
  /** Questions of this principle in the index that are due today or earlier. */
  dueCount: number;
}

/** Per-principle stats for every principle of the snapshot (principles never drilled included). */
export function principleStats(snapshot: IndexSnapshot, history: DrillHistory, now: Date): Map<string, PrincipleDrillStats> {
  const out = new Map<string, PrincipleDrillStats>();
  for (const p of snapshot.principles) out.set(p.id, { lastDrilled: null, avgRating: null, attempts: 0, dueCount: 0 });
  const recent = new Map<string, number[]>();
  for (const a of history.attempts) {
    for (const id of a.principles) {
      const s = out.get(id);
      if (!s) continue;
      s.attempts++;
      if (!s.lastDrilled || a.at.getTime() >= s.lastDrilled.getTime()) s.lastDrilled = a.at;
      const list = recent.get(id) ?? [];
      list.push(ratingScore(a.rating));
      recent.set(id, list);
    }
  }
  for (const [id, scores] of recent) {
    const last = scores.slice(-RECENT_ATTEMPTS);
    (out.get(id) as PrincipleDrillStats).avgRating = last.reduce((x, y) => x + y, 0) / last.length;
  }
  for (const q of snapshot.questions) {
    const st = history.states.get(q.id);
    if (!st || !isDue(st, now)) continue;
    for (const id of new Set(q.principles.map((r) => r.id))) {
      const s = out.get(id);
      if (s) s.dueCount++;
    }
  }
  return out;
}
