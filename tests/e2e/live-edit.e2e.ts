// Editing the in-memory vault while the dashboard is open: Obsidian's events (modify → metadataCache
// `changed`, create, rename, delete) reach the live index, and the dashboard follows without a reload.
import { cliCoverage, type CliCoverage } from './support/cli-oracle';
import type { Harness } from './support/harness';
import { DEMO_VAULT } from './support/paths';
import { readMatrix } from './support/read-dashboard';
import { demoVaultFiles } from './support/harness';
import { useBrowser, whenBuilt, withHarness } from './support/scenario';

const browser = useBrowser();
const it = whenBuilt('interview-prep:open-coverage-dashboard', 'the coverage dashboard (issue 3)');
const STORY = 'Stories/Data pipeline cost cut.md';

let coverage: CliCoverage;
beforeAll(() => {
  coverage = cliCoverage(DEMO_VAULT);
});

async function totalOf(h: Harness, principle: string): Promise<string> {
  const m = await readMatrix(h.page);
  return m.totals[m.columns.indexOf(principle)]?.text ?? '';
}

function waitForTotal(h: Harness, column: number, text: string): Promise<unknown> {
  return h.page.waitForFunction(
    ([i, t]) => document.querySelectorAll('.ip-dashboard tfoot tr.ip-totals td')[i]?.textContent === t,
    [column, text] as const,
  );
}

it('a story gains a principle, loses its tag, comes back under a new name, and is deleted', async () => {
  const gap = coverage.principles.find((p) => p.count === 0)!;
  const column = coverage.principles.indexOf(gap);
  const original = demoVaultFiles()[STORY];
  const principlesLine = /^principles: (.+)$/m;
  expect(original).toMatch(principlesLine);
  await withHarness(browser(), {}, async (h) => {
    await h.runCommand('interview-prep:open-coverage-dashboard');
    await h.page.waitForSelector('.ip-dashboard table');
    expect(await totalOf(h, gap.name)).toBe('0');
    const rows = (await readMatrix(h.page)).rows.length;

    // 1. The user adds a principle to the story's frontmatter.
    await h.modify(STORY, original.replace(principlesLine, `principles: $1, ${gap.name}`));
    await waitForTotal(h, column, '1');
    const row = (await readMatrix(h.page)).rows.find((r) => r.title === 'Data pipeline cost cut')!;
    expect(row.marks[column]).toBe('primary');
    await h.screenshot('live-edit-principle-added');

    // 2. The story goes from the note (tag and parts): in the story folder a note is a story only by
    // its tag or its part headings, so it leaves the matrix.
    await h.modify(STORY, '# Data pipeline cost cut\n\nMoved to the team wiki.\n');
    await h.page.waitForFunction((n) => document.querySelectorAll('.ip-dashboard tbody tr').length === n - 1, rows);
    expect((await readMatrix(h.page)).rows.map((r) => r.title)).not.toContain('Data pipeline cost cut');

    // 3. Tag restored, then the note is renamed: the row comes back and opens the new path.
    await h.modify(STORY, original);
    await h.page.waitForFunction((n) => document.querySelectorAll('.ip-dashboard tbody tr').length === n, rows);
    await h.rename(STORY, 'Stories/Archive/Pipeline costs.md');
    await h.page.waitForSelector('.ip-dashboard [data-ip-path="Stories/Archive/Pipeline costs.md"]');
    await h.page.click('.ip-dashboard tbody [data-ip-path="Stories/Archive/Pipeline costs.md"]');
    expect((await h.openedFiles()).at(-1)).toEqual({ path: 'Stories/Archive/Pipeline costs.md', line: 0 });

    // 4. Deleted: gone from the matrix and from the totals it counted in.
    await h.remove('Stories/Archive/Pipeline costs.md');
    await h.page.waitForFunction((n) => document.querySelectorAll('.ip-dashboard tbody tr').length === n - 1, rows);
    expect(await h.page.locator('.ip-dashboard [data-ip-path="Stories/Archive/Pipeline costs.md"]').count()).toBe(0);
  });
});

it('a new story note created while the dashboard is open fills a gap', async () => {
  const gap = coverage.principles.find((p) => p.count === 0)!;
  const column = coverage.principles.indexOf(gap);
  await withHarness(browser(), { theme: 'dark' }, async (h) => {
    await h.runCommand('interview-prep:open-coverage-dashboard');
    await h.page.waitForSelector('.ip-dashboard table');
    await h.create(
      'Stories/Night shift handover.md',
      [
        '---',
        'tags: [story]',
        `principles: [${gap.name}]`,
        '---',
        '# Night shift handover',
        '',
        '**S:** Handovers between shifts lost about 1 in 10 open incidents.',
        '**T:** I had to make every open incident reach the next shift.',
        '**A:** I wrote a one-page handover checklist and I ran the first 5 handovers myself.',
        '**R:** Lost incidents went from 10% to 0 in 6 weeks.',
        '',
      ].join('\n'),
    );
    await waitForTotal(h, column, '1');
    expect((await readMatrix(h.page)).rows.map((r) => r.title)).toContain('Night shift handover');
    await h.screenshot('live-edit-new-story-dark');
  });
});
