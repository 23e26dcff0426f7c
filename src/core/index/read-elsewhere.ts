// The `read-elsewhere` lint warning: one heading holds many questions and at least half of them
// read as other principles, as when everything after `### Main: Bias for Action` lands there.
import type { IndexWarning, Principle, Question } from '../model';
import type { NoteExtract } from '../extract/raw';
import { readAsOther } from '../reading/read-as';

/** A heading is checked when it holds at least this many questions… */
export const MIN_QUESTIONS = 5;
/** …and warned about when at least this share of them read as other principles. */
export const MIN_SHARE = 0.5;
/** Principles named in the message; the rest are summed up. */
const NAMED = 4;

interface Group {
  heading: string;
  line: number;
  questions: Question[];
}

/** Questions grouped by the heading, `Main:` section or label that maps them as primary. */
function groups(ex: NoteExtract, questions: Question[]): Group[] {
  const out = new Map<number, Group>();
  questions.forEach((q, i) => {
    const primary = q.principles.find((p) => p.role === 'primary');
    if (!primary || (primary.source !== 'section' && primary.source !== 'heading' && primary.source !== 'label')) return;
    let ref = null;
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: every question has its extract
    for (const r of ex.questions[i]?.refs ?? []) if (r.source === primary.source && r.role !== 'secondary' && (!ref || r.line > ref.line)) ref = r;
    // Stryker disable next-line ConditionalExpression: a primary from a Main: line, heading or label always has that ref
    if (!ref) return;
    let group = out.get(ref.line);
    if (!group) out.set(ref.line, (group = { heading: ref.source === 'section' ? `Main: ${ref.text}` : ref.text, line: ref.line, questions: [] }));
    group.questions.push(q);
  });
  return [...out.values()];
}

/** The warnings of one resolved note; reads only the questions of headings with enough of them. */
export function readElsewhereWarnings(ex: NoteExtract, questions: Question[], principles: ReadonlyMap<string, Principle>): IndexWarning[] {
  const warnings: IndexWarning[] = [];
  for (const g of groups(ex, questions)) {
    if (g.questions.length < MIN_QUESTIONS) continue;
    const counts = new Map<string, number>();
    for (const q of g.questions) {
      const other = readAsOther(q);
      if (other) counts.set(other.id, (counts.get(other.id) ?? 0) + 1);
    }
    const elsewhere = [...counts.values()].reduce((a, b) => a + b, 0);
    if (elsewhere === 0 || elsewhere < g.questions.length * MIN_SHARE) continue;
    // Stryker disable next-line OptionalChaining: a reading names only principles of the index
    const name = (id: string) => principles.get(id)?.name ?? id;
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || (name(a[0]) < name(b[0]) ? -1 : 1));
    const listed = ranked.slice(0, NAMED).map(([id, n]) => `${name(id)} (${n})`);
    if (ranked.length > NAMED) listed.push(`${ranked.length - NAMED} more`);
    warnings.push({
      code: 'read-elsewhere',
      severity: 'warning',
      path: ex.path,
      line: g.line,
      message: `${g.questions.length} questions under '${g.heading}'; ${elsewhere} read as other principles: ${listed.join(', ')}.`,
    });
  }
  return warnings;
}
