// Loop readiness in words, one owner for the dashboard and the CLI: whether every principle can
// get its stories with none told twice, how far the best loop gets, which principles the loop it
// shows leaves short, and that loop itself (principle → the stories it gets). Everything named
// here agrees with `loop.assignment`, which is also what the CLI's Loop column counts.
import { listNames, plural as count } from './phrases';
import type { CoverageReport } from './types';

/** Names past this many are counted, not listed. */
const MAX_NAMED = 3;

/**
 * One or two plain sentences. `name` escapes a principle name for the output (markdown, one line);
 * names are quoted with “…” since they may hold commas themselves ("Are Right, A Lot").
 */
export function loopSentence(report: CoverageReport, name: (s: string) => string = (s) => s): string {
  const { loop, target } = report;
  if (report.principles.length === 0) return 'Loop readiness: the set has no principles yet.';
  const stories = target === 1 ? 'a story' : `${target} different stories`;
  if (loop.ready) return `Loop ready: every principle can get ${stories} with no story told twice.`;
  const missing = loop.needed - loop.filled;
  // Each new story fills one slot at most: the empty slots are a floor on stories to write.
  const head =
    `Loop not ready: with no story told twice, ${loop.filled} of ${loop.needed} story slots can be filled ` +
    `(${count(target, 'story', 'stories')} for each of ${count(report.principles.length, 'principle', 'principles')}), ` +
    `so at least ${count(missing, 'more story is', 'more stories are')} needed.`;
  const short = loop.short;
  if (short.length > MAX_NAMED) return `${head} The best loop leaves ${short.length} principles short.`;
  const names = short.map((id) => `“${name(principleName(report, id))}”`);
  return `${head} The best loop leaves ${listNames(names)} short.`;
}

function principleName(report: CoverageReport, id: string): string {
  return report.principles.find((p) => p.principle.id === id)?.principle.name ?? id;
}

export interface LoopRow {
  principleId: string;
  principle: string;
  /** Titles of the stories this loop tells for the principle. */
  stories: string[];
  /** Slots it leaves empty (0 when the principle gets its target). */
  short: number;
}

/** The loop the sentence speaks of: one maximum assignment, principle by principle, in set order. */
export function loopRows(report: CoverageReport): LoopRow[] {
  const title = new Map(report.stories.map((s) => [s.story.id, s.story.title]));
  return report.principles.map((pc) => {
    const ids = report.loop.assignment[pc.principle.id] ?? [];
    return {
      principleId: pc.principle.id,
      principle: pc.principle.name,
      stories: ids.map((id) => title.get(id) ?? id),
      short: Math.max(0, report.target - ids.length),
    };
  });
}
