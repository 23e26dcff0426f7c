// The "Coverage matrix" Bases view on the demo vault's "Stories by company" Base: the dashboard's
// matrix for the Base's entries, in the Base's order, for the set in the view's options; cells and
// totals checked against the CLI's reading of the same notes; a click opens the story.
import { cliCoverage, cliIndex, type CliCoverage, type CliIndex } from './support/cli-oracle';
import { DEMO_VAULT } from './support/paths';
import { readMatrix } from './support/read-dashboard';
import { useBrowser, whenBuilt, withHarness } from './support/scenario';

const browser = useBrowser();
const VIEW = 'interview-prep-coverage';
const it = whenBuilt(VIEW, 'the Coverage matrix Bases view (issue 17)');

let index: CliIndex;
let coverage: CliCoverage;
beforeAll(() => {
  index = cliIndex(DEMO_VAULT);
  coverage = cliCoverage(DEMO_VAULT, 'amazon');
});

/**
 * What the demo Base's query gives (Stories by company.base: #story notes in Stories/, sorted by
 * company, then name; notes without a company last): the story notes' paths in that order.
 */
function baseEntries(): string[] {
  const notes = index.stories.filter((s) => s.kind === 'note' && s.path.startsWith('Stories/'));
  const company = (p: string): string => (p === 'Stories/Checkout latency rescue.md' ? 'amazon' : '\uffff');
  return notes.map((s) => s.path).sort((a, b) => company(a).localeCompare(company(b)) || a.localeCompare(b));
}

it('shows the Base\'s stories in its order, with the CLI\'s cells and totals, and opens a story on click', async () => {
  await withHarness(browser(), { theme: 'light' }, async (h) => {
    const paths = baseEntries();
    expect(paths.length).toBeGreaterThanOrEqual(5);
    expect(await h.page.evaluate(([v, p]) => window.ipHarness.openBase(v, p, { set: 'amazon' }), [VIEW, paths] as const)).toBe(true);
    await h.page.waitForSelector('.ip-bases-view .ip-dashboard table');
    const matrix = await readMatrix(h.page, '.ip-bases-view .ip-dashboard');
    expect(matrix.columns).toEqual(coverage.principles.map((p) => p.name));
    const byPath = new Map(index.stories.map((s) => [s.path, s]));
    const shown = paths.map((p) => byPath.get(p)!).filter((s) => s.principles.some((r) => coverage.principles.some((p) => p.id === r.id)));
    expect(matrix.rows.map((r) => r.title)).toEqual(shown.map((s) => s.title));
    for (const [i, row] of matrix.rows.entries()) {
      const marks = coverage.principles.map((p) => shown[i].principles.find((r) => r.id === p.id)?.role ?? '');
      expect([row.title, row.marks.map((m) => (m === 'suggested' ? '' : m))]).toEqual([row.title, marks]);
    }
    // Totals count the Base's stories only: the distinct shown stories mapped to each principle.
    const counts = coverage.principles.map((p) => String(shown.filter((s) => s.principles.some((r) => r.id === p.id)).length));
    expect(matrix.totals.map((t) => t.text)).toEqual(counts);
    // The Base sorts its rows: no sort buttons; no set selector (the set is a view option).
    expect(await h.page.$('.ip-bases-view .ip-sort')).toBeNull();
    expect(await h.page.$('.ip-bases-view .ip-set-select')).toBeNull();
    await h.screenshot('bases-coverage-matrix');

    await h.page.click(`.ip-bases-view tbody tr:first-child th [data-ip-path]`);
    const opened = await h.openedFiles();
    expect(opened.at(-1)?.path).toBe(shown[0].path);
  });
});
