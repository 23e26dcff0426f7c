// `obsidian-interview-prep coverage <vault> [--set S] [--format table|markdown|csv|json]`: the stories x
// principles matrix with counts and status, loop readiness and overloaded stories; sketches as
// extra columns marked `~`, never counted.
import { computeCoverage } from '../../core/coverage/coverage';
import { loopRows, loopSentence } from '../../core/coverage/loop-text';
import type { CoverageReport, PrincipleCoverage, SketchCoverage, StoryCoverage } from '../../core/coverage/types';
import type { OutputFormat } from '../args';
import { renderCsv, renderMarkdownTable, renderTextTable, type Grid } from '../format';
import { coverageJson, renderJson } from '../json-contract';
import { markdownText, oneLine } from '../../core/export/table-cells';
import { plural } from '../../core/coverage/phrases';
import type { LoadedVault } from '../load-vault';
import { chooseSet } from './pick-set';

export const LEGEND = 'P = primary, s = secondary, ? = suggested (not counted)';
export const DRAFT_LEGEND = 'd = draft: nothing written yet (not counted)';
const SKETCH_LEGEND = '~ = sketch (not counted)';

function legend(report: CoverageReport): string {
  return [LEGEND, ...(report.drafts > 0 ? [DRAFT_LEGEND] : []), ...(report.sketches.length > 0 ? [SKETCH_LEGEND] : [])].join(', ');
}

/** The matrix cell of one story for one principle. */
function mark(story: StoryCoverage, principleId: string): string {
  if (story.draft) return story.primary.includes(principleId) || story.secondary.includes(principleId) ? 'd' : '';
  if (story.primary.includes(principleId)) return 'P';
  if (story.secondary.includes(principleId)) return 's';
  if (story.suggested.includes(principleId)) return '?';
  return '';
}

/** A sketch's cell: `~` where it is mapped, `?` where suggested. */
function sketchMark(sketch: SketchCoverage, principleId: string): string {
  if (sketch.principles.includes(principleId)) return '~';
  return sketch.suggested.includes(principleId) ? '?' : '';
}

/** Column headers: the stories, then the sketches, numbered on from them. */
function columnNumbers(report: CoverageReport): string[] {
  return [...report.stories, ...report.sketches].map((_, i) => String(i + 1));
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
      ...report.sketches.map((s) => sketchMark(s, pc.principle.id) || empty),
    ]),
    right: [1, 3],
  };
}

export function storyGrid(report: CoverageReport): Grid {
  return {
    headers: ['#', 'Story', 'Note', 'Primary', 'Secondary', 'Overloaded'],
    rows: report.stories.map((s, i) => [
      String(i + 1),
      s.draft ? `${s.story.title} (draft)` : s.story.title,
      `${s.story.path}:${s.story.line}`,
      String(s.primary.length),
      String(s.secondary.length),
      s.overloaded ? s.overloadReasons.join('; ') || 'yes' : '',
    ]).concat(
      report.sketches.map((s, i) => [String(report.stories.length + i + 1), `${s.story.title} (sketch, not counted)`, `${s.story.path}:${s.story.line}`, '', '', '']),
    ),
    right: [0, 3, 4],
  };
}

/**
 * The loop sentence (core, shared with the dashboard), then the loop it speaks of: each principle
 * with the stories it gets, the same numbers as the Loop column.
 */
export function loopLines(report: CoverageReport, bullet: string, esc: (s: string) => string, strong: (s: string) => string = (s) => s): string[] {
  if (report.principles.length === 0) return [loopSentence(report, esc)];
  const rows = loopRows(report).map((r) => {
    const told = r.stories.length > 0 ? r.stories.map(esc).join('; ') : 'no story';
    return `${bullet}${strong(esc(r.principle))}: ${told}${r.short > 0 ? ` (${r.short} short)` : ''}`;
  });
  return [loopSentence(report, esc), report.loop.ready ? 'The loop:' : 'The best loop:', ...rows];
}

function headline(report: CoverageReport, esc: (s: string) => string): string {
  const gaps = report.principles.filter((p) => p.status === 'gap').length;
  const thin = report.principles.filter((p) => p.status === 'thin').length;
  return (
    `Coverage of ${esc(report.set.name)}${report.set.name === report.set.id ? '' : ` (${report.set.id})`}: ${report.principles.length} principles, ` +
    `${plural(report.stories.length - report.drafts, 'story', 'stories')}${report.drafts > 0 ? ` (and ${plural(report.drafts, 'draft')}, not counted)` : ''}, target ${report.target} per principle: ` +
    `${report.atTarget} ok, ${thin} thin, ${plural(gaps, 'gap')}; ${plural(report.questionCount, 'question')}.`
  );
}

function overloadedLines(report: CoverageReport, bullet: string, esc: (s: string) => string): string[] {
  const over = report.stories.filter((s) => s.overloaded);
  if (over.length === 0) return ['Overloaded stories: none.'];
  return ['Overloaded stories:', ...over.map((s) => `${bullet}${esc(s.story.title)} (${esc(s.story.path)}): ${esc(s.overloadReasons.join('; '))}`)];
}

function hasColumns(report: CoverageReport): boolean {
  return report.stories.length + report.sketches.length > 0;
}

export function coverageText(report: CoverageReport): string {
  const numbers = columnNumbers(report);
  return [
    headline(report, oneLine),
    '',
    renderTextTable(matrixGrid(report, numbers, '.')),
    legend(report),
    '',
    hasColumns(report) ? renderTextTable(storyGrid(report)) : 'No stories map to this set yet.\n',
    ...loopLines(report, '  ', oneLine),
    '',
    ...overloadedLines(report, '  - ', oneLine),
  ].join('\n') + '\n';
}

export function coverageMarkdown(report: CoverageReport): string {
  const numbers = columnNumbers(report);
  return [
    `## ${headline(report, markdownText)}`,
    '',
    renderMarkdownTable(matrixGrid(report, numbers, '')),
    `${legend(report)}.`,
    '',
    '### Stories',
    '',
    hasColumns(report) ? renderMarkdownTable(storyGrid(report)) : 'No stories map to this set yet.\n',
    ...loopLines(report, '- ', markdownText, (s) => `**${s}**`),
    '',
    ...overloadedLines(report, '- ', markdownText),
  ].join('\n') + '\n';
}

/** One spreadsheet: the matrix with story titles as columns, plus a last row flagging overloaded stories. */
export function coverageCsv(report: CoverageReport): string {
  const grid = matrixGrid(report, [...report.stories.map((s) => s.story.title), ...report.sketches.map((s) => `${s.story.title} (sketch)`)], '');
  grid.rows.push(['(overloaded)', '', '', '', ...report.stories.map((s) => (s.overloaded ? 'yes' : '')), ...report.sketches.map(() => '')]);
  return renderCsv(grid);
}

export function runCoverage(vault: LoadedVault, set: string | null, format: OutputFormat, out: (s: string) => void): number {
  const chosen = chooseSet(vault.snapshot, set, vault.settings.defaultSet);
  const report = computeCoverage(vault.snapshot, chosen.id, vault.settings.coverage);
  if (format === 'json') out(renderJson(coverageJson(report)));
  else if (format === 'csv') out(coverageCsv(report));
  else if (format === 'markdown') out(coverageMarkdown(report));
  else out(coverageText(report));
  return 0;
}
