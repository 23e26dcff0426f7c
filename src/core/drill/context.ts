// Everything a drill is planned from, computed once per drill: the index, the history, coverage
// status of every principle, per-principle stats and the interview dates.
import { computeCoverage } from '../coverage/coverage';
import type { CoverageStatus } from '../coverage/types';
import type { IndexSnapshot } from '../model';
import type { CoverageSettings } from '../settings';
import { principleStats, type DrillHistory } from './history';
import { interviewDateLookup } from './interview-date';
import type { WeightInputs } from './weights';

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
