// `interview-prep coverage <vault> [--set S] [--format table|markdown|csv|json]`: the stories x
// principles matrix with counts and status, loop readiness and overloaded stories.
import { computeCoverage } from '../../core/coverage/coverage';
import type { CoverageReport, PrincipleCoverage, StoryCoverage } from '../../core/coverage/types';
import type { OutputFormat } from '../args';
import { renderCsv } from '../format/csv';
import type { Grid } from '../format/grid';
import { renderJson } from '../format/json';
import { renderMarkdownTable } from '../format/markdown-table';
import { markdownText, oneLine } from '../../core/export/table-cells';
import { plural } from '../format/plural';
import { renderTextTable } from '../format/text-table';
import type { LoadedVault } from '../load-vault';
import { pickSet } from './pick-set';

export const LEGEND = 'P = primary, s = secondary, ? = suggested (not counted)';

/** The matrix cell of one story for one principle. */
function mark(story: StoryCoverage, principleId: string): string {
  if (story.primary.includes(principleId)) return 'P';
  if (story.secondary.includes(principleId)) return 's';
  if (story.suggested.includes(principleId)) return '?';
  return '';
}

function principleName(report: CoverageReport, id: string): string {
  return report.principles.find((p) => p.principle.id === id)?.principle.name ?? id;
}

/**
 * Rows are principles, one column per story: numbered in table/markdown (see the story list), titled
 * in CSV. `Loop` is what the best no-reuse assignment gives the principle, out of the target.
 */
export function matrixGrid(report: CoverageReport, storyHeaders: string[], empty: string): Grid {
  return {
    headers: ['Principle', 'Stories', 'Status', 'Loop', ...storyHeaders],
    rows: report.principles.map((pc: PrincipleCoverage) => [
      pc.principle.name,
      String(pc.count),
      pc.status,
      `${report.loop.assignment[pc.principle.id]?.length ?? 0}/${report.target}`,
      ...report.stories.map((s) => mark(s, pc.principle.id) || empty),
    ]),
    right: [1, 3],
  };
}

export function storyGrid(report: CoverageReport): Grid {
  return {
    headers: ['#', 'Story', 'Note', 'Primary', 'Secondary', 'Overloaded'],
    rows: report.stories.map((s, i) => [
      String(i + 1),
      s.story.title,
      `${s.story.path}:${s.story.line}`,
      String(s.primary.length),
      String(s.secondary.length),
      s.overloaded ? s.overloadReasons.join('; ') || 'yes' : '',
    ]),
    right: [0, 3, 4],
  };
}

export function loopLine(report: CoverageReport, esc: (s: string) => string = oneLine): string {
  const { loop } = report;
  if (loop.ready) return `Loop ready: yes: every principle can get ${report.target} distinct stories (${loop.filled}/${loop.needed} slots).`;
  // Quoted: names may hold commas and semicolons themselves ("Are Right, A Lot").
  // A new story fills at most one more slot, so the missing slots are a floor on stories to write.
  const missing = loop.needed - loop.filled;
  const head = `Loop ready: no: ${loop.filled}/${loop.needed} slots filled without reusing a story (at least ${missing} more ${missing === 1 ? 'story' : 'stories'} needed)`;
  if (loop.blocking.length === report.principles.length) return `${head}; any principle may be left short.`;
  const names = loop.blocking.map((id) => `"${esc(principleName(report, id))}"`);
  return `${head}; may be left short: ${names.join(', ')}.`;
}

function headline(report: CoverageReport, esc: (s: string) => string): string {
  const gaps = report.principles.filter((p) => p.status === 'gap').length;
  const thin = report.principles.filter((p) => p.status === 'thin').length;
  return (
    `Coverage of ${esc(report.set.name)}${report.set.name === report.set.id ? '' : ` (${report.set.id})`}: ${report.principles.length} principles, ` +
    `${report.stories.length} stories, target ${report.target} per principle: ` +
    `${report.atTarget} ok, ${thin} thin, ${plural(gaps, 'gap')}; ${plural(report.questionCount, 'question')}.`
  );
}

function overloadedLines(report: CoverageReport, bullet: string, esc: (s: string) => string): string[] {
  const over = report.stories.filter((s) => s.overloaded);
  if (over.length === 0) return ['Overloaded stories: none.'];
  return ['Overloaded stories:', ...over.map((s) => `${bullet}${esc(s.story.title)} (${esc(s.story.path)}): ${esc(s.overloadReasons.join('; '))}`)];
}

export function coverageText(report: CoverageReport): string {
  const numbers = report.stories.map((_, i) => String(i + 1));
  return [
    headline(report, oneLine),
    '',
    renderTextTable(matrixGrid(report, numbers, '.')),
    LEGEND,
    '',
    report.stories.length > 0 ? renderTextTable(storyGrid(report)) : 'No stories map to this set yet.\n',
    loopLine(report),
    ...overloadedLines(report, '  - ', oneLine),
  ].join('\n') + '\n';
}

export function coverageMarkdown(report: CoverageReport): string {
  const numbers = report.stories.map((_, i) => String(i + 1));
  return [
    `## ${headline(report, markdownText)}`,
    '',
    renderMarkdownTable(matrixGrid(report, numbers, '')),
    `${LEGEND}.`,
    '',
    '### Stories',
    '',
    report.stories.length > 0 ? renderMarkdownTable(storyGrid(report)) : 'No stories map to this set yet.\n',
    loopLine(report, markdownText),
    '',
    ...overloadedLines(report, '- ', markdownText),
  ].join('\n') + '\n';
}

/** One spreadsheet: the matrix with story titles as columns, plus a last row flagging overloaded stories. */
export function coverageCsv(report: CoverageReport): string {
  const grid = matrixGrid(report, report.stories.map((s) => s.story.title), '');
  grid.rows.push(['(overloaded)', '', '', '', ...report.stories.map((s) => (s.overloaded ? 'yes' : ''))]);
  return renderCsv(grid);
}

export function coverageJson(report: CoverageReport): unknown {
  return {
    version: 1,
    set: report.set,
    target: report.target,
    atTarget: report.atTarget,
    questionCount: report.questionCount,
    principles: report.principles.map((pc) => ({
      id: pc.principle.id,
      name: pc.principle.name,
      count: pc.count,
      status: pc.status,
      stories: pc.stories,
      suggestedStories: pc.suggestedStories,
    })),
    stories: report.stories.map((s) => ({
      id: s.story.id,
      title: s.story.title,
      path: s.story.path,
      line: s.story.line,
      primary: s.primary,
      secondary: s.secondary,
      suggested: s.suggested,
      onlyStoryFor: s.onlyStoryFor,
      overloaded: s.overloaded,
      overloadReasons: s.overloadReasons,
      health: s.health,
    })),
    loop: report.loop,
  };
}

export function runCoverage(vault: LoadedVault, set: string | null, format: OutputFormat, out: (s: string) => void): number {
  const chosen = pickSet(vault.snapshot.sets, set, vault.settings.defaultSet);
  const report = computeCoverage(vault.snapshot, chosen.id, vault.settings.coverage);
  if (format === 'json') out(renderJson(coverageJson(report)));
  else if (format === 'csv') out(coverageCsv(report));
  else if (format === 'markdown') out(coverageMarkdown(report));
  else out(coverageText(report));
  return 0;
}
