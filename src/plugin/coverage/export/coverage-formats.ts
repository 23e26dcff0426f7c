// Coverage as a Markdown note or a CSV file. Pure text builders over a CoverageReport; cells are
// escaped by the core's rule (src/core/export/table-cells.ts), the same the CLI's output uses.
import type { CoverageReport, StoryCoverage } from '../../../core/coverage/types';
import { csvText, markdownCell as mdCell } from '../../../core/export/table-cells';
import { loopSentence } from '../../../core/coverage/loop-text';

function roleOf(sc: StoryCoverage, principleId: string): 'primary' | 'secondary' | 'suggested' | '' {
  if (sc.primary.includes(principleId)) return 'primary';
  if (sc.secondary.includes(principleId)) return 'secondary';
  if (sc.suggested.includes(principleId)) return 'suggested';
  return '';
}

export function coverageMarkdown(report: CoverageReport): string {
  const titles = new Map(report.stories.map((sc) => [sc.story.id, sc.story.title]));
  const lines = [
    `# Coverage: ${report.set.name}`,
    '',
    `${report.atTarget} of ${report.principles.length} principles at target (${report.target} stories each).`,
    '',
    loopSentence(report),
    '',
    '| Principle | Stories | Status | Primary | Secondary |',
    '| --- | ---: | --- | --- | --- |',
  ];
  for (const pc of report.principles) {
    const names = (role: string) =>
      pc.stories
        .filter((s) => s.role === role)
        .map((s) => titles.get(s.storyId) ?? s.storyId)
        .join('; ');
    lines.push(`| ${mdCell(pc.principle.name)} | ${pc.count} | ${pc.status} | ${mdCell(names('primary'))} | ${mdCell(names('secondary'))} |`);
  }
  lines.push('', '| Story | Note | Principles | Overloaded | Health |', '| --- | --- | --- | --- | --- |');
  const nameOf = new Map(report.principles.map((pc) => [pc.principle.id, pc.principle.name]));
  for (const sc of report.stories) {
    // Semicolons: principle names may contain commas ("Are Right, A Lot").
    const mapped = [...sc.primary, ...sc.secondary].map((id) => nameOf.get(id) ?? id).join('; ');
    lines.push(
      `| ${mdCell(sc.story.title)} | ${mdCell(sc.story.path)} | ${mdCell(mapped)} | ${sc.overloaded ? 'yes' : ''} | ${mdCell(sc.health.issues.map((i) => i.message).join(' '))} |`,
    );
  }
  return lines.join('\n') + '\n';
}

/** The matrix: one row per story, one column per principle, then a totals row. */
export function coverageCsv(report: CoverageReport): string {
  const header = ['Story', 'Path', 'Line', ...report.principles.map((pc) => pc.principle.name), 'Overloaded', 'Health issues'];
  const rows: (string | number)[][] = [header];
  for (const sc of report.stories) {
    rows.push([
      sc.story.title,
      sc.story.path,
      sc.story.line,
      ...report.principles.map((pc) => roleOf(sc, pc.principle.id)),
      sc.overloaded ? 'yes' : 'no',
      sc.health.issues.map((i) => i.message).join(' '),
    ]);
  }
  rows.push(['Total', '', '', ...report.principles.map((pc) => pc.count), '', '']);
  return csvText(rows, '\r\n');
}
