// Rows for `interview-prep history`: per question, attempts, last rating and next due day.
import type { IndexSnapshot } from '../model';
import type { DrillHistory } from './history';
import type { Rating } from './types';

export interface HistoryRow {
  questionId: string;
  /** The question's text from the index, else the short text of its last log line. */
  text: string;
  principles: string[];
  attempts: number;
  lastRating: Rating;
  lastSeen: Date;
  due: Date;
  /** False when the question is no longer in the vault (its history is kept). */
  inVault: boolean;
}

/** Rows sorted by due day, then question id. */
export function historyRows(history: DrillHistory, snapshot: IndexSnapshot): HistoryRow[] {
  const questions = new Map(snapshot.questions.map((q) => [q.id, q]));
  const lastLine = new Map(history.attempts.map((a) => [a.questionId, a]));
  const rows: HistoryRow[] = [];
  for (const st of history.states.values()) {
    const q = questions.get(st.questionId);
    const a = lastLine.get(st.questionId);
    rows.push({
      questionId: st.questionId,
      text: q?.text ?? a?.text ?? '',
      principles: q ? [...new Set(q.principles.map((r) => r.id))] : (a?.principles ?? []),
      attempts: st.attempts,
      lastRating: st.lastRating,
      lastSeen: st.lastSeen,
      due: st.due,
      inVault: q !== undefined,
    });
  }
  rows.sort((x, y) => x.due.getTime() - y.due.getTime() || (x.questionId < y.questionId ? -1 : 1));
  return rows;
}
