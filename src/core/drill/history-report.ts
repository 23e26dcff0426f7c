// Rows for `obsidian-interview-prep history`: per question, attempts, last rating, next due day and the
// recorded answers.
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
  /** Vault paths of the recorded answers, in log order. */
  recordings: string[];
}

/** Rows sorted by due day, then question id. */
export function historyRows(history: DrillHistory, snapshot: IndexSnapshot): HistoryRow[] {
  const questions = new Map(snapshot.questions.map((q) => [q.id, q]));
  const lastLine = new Map(history.attempts.map((a) => [a.questionId, a]));
  const recordings = new Map<string, string[]>();
  for (const a of history.attempts) if (a.recording) recordings.set(a.questionId, [...(recordings.get(a.questionId) ?? []), a.recording]);
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
      recordings: recordings.get(st.questionId) ?? [],
    });
  }
  rows.sort((x, y) => x.due.getTime() - y.due.getTime() || (x.questionId < y.questionId ? -1 : 1));
  return rows;
}
