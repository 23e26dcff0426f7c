// The plugin's export writes the same cells as the CLI (both use src/core/export/table-cells.ts):
// a formula in a story title is neutralized, a pipe or tag in a Markdown cell is escaped.
import { computeCoverage } from '../../../../src/core/coverage/coverage';
import { VaultIndex } from '../../../../src/core/index/vault-index';
import { coverageCsv, coverageMarkdown } from '../../../../src/plugin/coverage/export/coverage-formats';
import { note } from '../../../core/helpers';

const SET = '#principles #acme\n\n# Acme Principles\n\n### Ownership\nAct for the whole company.\n\n### Deliver Results\nShip what matters.\n';

function reportWith(title: string) {
  const index = new VaultIndex();
  index.upsert(note('Acme Principles.md', SET));
  index.upsert(note('Story.md', '## Situation\ns\n## Action\na\n## Result\nr\n', { tags: ['story'], title, principles: ['Ownership'] }, 5));
  return computeCoverage(index.snapshot(), 'acme', { target: 2, overloadPrimary: 3, overloadOnlyStory: 2 });
}

describe('coverage export formats', () => {
  it('CSV: a story titled as a formula reaches the spreadsheet as text', () => {
    const csv = coverageCsv(reportWith('=HYPERLINK("http://x","click")'));
    expect(csv.split('\r\n')[1].startsWith(`"'=HYPERLINK(""http://x"",""click"")",Story.md,`)).toBe(true);
  });

  it('Markdown: pipes escaped and HTML kept out of a title', () => {
    const md = coverageMarkdown(reportWith('Pager | <b>rollout</b>'));
    expect(md).toContain('| Pager \\| &lt;b&gt;rollout&lt;/b&gt; | Story.md |');
  });
});
