// Drilling a principle takes its mapped questions and the questions read as it (their best
// reading is it, with a good score, but they are not mapped to it: core/reading/read-as.ts).
// Those are marked "read as" wherever a drill shows them, and the drill says how many there are.
import type { IndexSnapshot, Question } from '../model';
import { readAs } from '../reading/read-as';
import { plural } from '../coverage/phrases';
import { principleName } from './summary';

/** The questions mapped to the principle, then those read as it. */
export function principleQuestions(snapshot: IndexSnapshot, principleId: string): { mapped: Question[]; readAs: Question[] } {
  return { mapped: snapshot.questions.filter((q) => q.principles.some((r) => r.id === principleId)), readAs: readAs(snapshot.questions, principleId) };
}

/** True when the question is in a drill of the principle only because it reads as it. */
export function isReadAs(q: Question, principleId: string): boolean {
  return !q.principles.some((r) => r.id === principleId);
}

/** "Ownership: 4 questions, 3 more read as Ownership" (the second part only when there are some). */
export function principleScopeText(snapshot: IndexSnapshot, principleId: string): string {
  const name = principleName(snapshot, principleId);
  const { mapped, readAs: read } = principleQuestions(snapshot, principleId);
  const head = `${name}: ${plural(mapped.length, 'question', 'questions')}`;
  return read.length ? `${head}, ${read.length} more read as ${name}` : head;
}
