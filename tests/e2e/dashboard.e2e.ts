// The coverage dashboard on the demo vault, in light and dark themes and on a phone, checked against
// the CLI's reading of the same folder; clicking stories and principles opens them at their line.
import { cliCoverage, cliIndex, type CliCoverage, type CliIndex } from './support/cli-oracle';
import { DEMO_VAULT } from './support/paths';
import { contrastOf, readMatrix } from './support/read-dashboard';
import { useBrowser, whenBuilt, withHarness } from './support/scenario';
import type { Harness } from './support/harness';

const browser = useBrowser();
const OPEN = 'interview-prep:open-coverage-dashboard';
const it = whenBuilt(OPEN, 'the coverage dashboard (issue 3)');

let index: CliIndex;
let coverage: CliCoverage;
beforeAll(() => {
  index = cliIndex(DEMO_VAULT);
  coverage = cliCoverage(DEMO_VAULT);
});

async function openDashboard(h: Harness): Promise<void> {
  await h.runCommand(OPEN);
  await h.page.waitForSelector('.ip-dashboard table');
}

/** The role the CLI gives `storyTitle` for each principle of the set, in column order. */
function expectedMarks(storyTitle: string): string[] {
  const story = index.stories.find((s) => s.title === storyTitle);
  if (!story) throw new Error(`the CLI has no story titled ${storyTitle}`);
  return coverage.principles.map((p) => story.principles.find((r) => r.id === p.id)?.role ?? '');
}

it('light theme: summary, matrix cells and totals agree with the CLI on the demo vault', async () => {
  await withHarness(browser(), { theme: 'light' }, async (h) => {
    await openDashboard(h);
    const matrix = await readMatrix(h.page);
    expect(matrix.columns).toEqual(coverage.principles.map((p) => p.name));
    expect(matrix.totals).toEqual(coverage.principles.map((p) => ({ text: String(p.count), status: p.status })));
    const inSet = index.stories.filter((s) => s.principles.some((r) => coverage.principles.some((p) => p.id === r.id)));
    expect(matrix.rows.map((r) => r.title).sort()).toEqual(inSet.map((s) => s.title).sort());
    for (const row of matrix.rows) {
      // Suggested marks are never mappings: compare only primary/secondary with the CLI's mappings.
      expect([row.title, row.marks.map((m) => (m === 'suggested' ? '' : m))]).toEqual([row.title, expectedMarks(row.title)]);
    }
    const summary = await h.page.textContent('.ip-dashboard');
    expect(summary).toContain(`${coverage.atTarget} of ${coverage.principles.length} principles at target`);
    expect(summary).toContain(`${index.stories.length} stories`);
    // The demo vault's one unknown name shows in the warnings panel with its suggestion.
    for (const w of index.warnings) expect(summary).toContain(w.message);
    expect(await h.page.textContent('.status-bar')).toContain(`${coverage.set.name} ${coverage.atTarget}/${coverage.principles.length}`);
    expect(await contrastOf(h.page, '.ip-dashboard table tbody th')).toBeGreaterThanOrEqual(4.5);
    await h.screenshot('dashboard-light');
  });
});

it('dark theme: the same dashboard, readable on a dark background', async () => {
  await withHarness(browser(), { theme: 'dark' }, async (h) => {
    await openDashboard(h);
    const bg = await h.page.evaluate(() => getComputedStyle(document.querySelector('.ip-dashboard')!.closest('.view-content')!).backgroundColor);
    expect(bg).toBe('rgb(30, 30, 30)');
    expect(await contrastOf(h.page, '.ip-dashboard table tbody th')).toBeGreaterThanOrEqual(4.5);
    expect(await contrastOf(h.page, '.ip-dashboard table thead th')).toBeGreaterThanOrEqual(3);
    expect((await readMatrix(h.page)).totals.map((t) => t.text)).toEqual(coverage.principles.map((p) => String(p.count)));
    await h.screenshot('dashboard-dark');
  });
});

it('phone (390×844): the matrix scrolls sideways inside its box, the page does not, panels stack', async () => {
  await withHarness(browser(), { viewport: { width: 390, height: 844 }, mobile: true }, async (h) => {
    await openDashboard(h);
    const layout = await h.page.evaluate(() => {
      const table = document.querySelector('.ip-dashboard table') as HTMLElement;
      let scroller: HTMLElement | null = table.parentElement;
      while (scroller && getComputedStyle(scroller).overflowX !== 'auto' && getComputedStyle(scroller).overflowX !== 'scroll') {
        scroller = scroller.parentElement;
      }
      const panels = Array.from(document.querySelectorAll('.ip-panels > *')).map((p) => p.getBoundingClientRect());
      return {
        pageWidth: document.documentElement.scrollWidth,
        dashboardWidth: document.querySelector('.ip-dashboard')!.getBoundingClientRect().width,
        scrollerIsDashboard: scroller?.classList.contains('view-content') ?? false,
        scrolls: scroller ? scroller.scrollWidth > scroller.clientWidth : false,
        panels: panels.map((r) => ({ left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width) })),
      };
    });
    expect(layout.pageWidth).toBeLessThanOrEqual(390);
    expect(layout.dashboardWidth).toBeLessThanOrEqual(390);
    expect(layout.scrolls).toBe(true);
    expect(layout.scrollerIsDashboard).toBe(false);
    expect(layout.panels.length).toBeGreaterThanOrEqual(2);
    for (const p of layout.panels.slice(1)) expect(p.left).toBe(layout.panels[0].left);
    for (let i = 1; i < layout.panels.length; i++) expect(layout.panels[i].top).toBeGreaterThan(layout.panels[i - 1].top);
    await h.screenshot('dashboard-phone');
    await h.page.evaluate(() => document.querySelector('.ip-panels')?.scrollIntoView());
    await h.screenshot('dashboard-phone-panels');
  });
});

it('clicking a story opens its note at its line; clicking a principle opens its heading', async () => {
  await withHarness(browser(), {}, async (h) => {
    await openDashboard(h);
    const inline = index.stories.find((s) => s.line > 1 && coverage.principles.some((p) => s.principles.some((r) => r.id === p.id)));
    const note = index.stories.find((s) => s.line === 1);
    for (const story of [note, inline]) {
      if (!story) throw new Error('the demo vault should hold a story note and an inline story');
      await h.page.click(`.ip-dashboard tbody th [data-ip-path="${story.path}"][data-ip-line="${story.line}"]`);
      // Obsidian's eState line is 0-based; the index's lines are 1-based.
      expect((await h.openedFiles()).at(-1)).toEqual({ path: story.path, line: story.line - 1 });
    }
    await h.screenshot('dashboard-open-story');
    const principle = index.principles.find((p) => p.id === coverage.principles[2].id)!;
    await h.page.click(`.ip-dashboard thead [aria-label="${principle.name}"]`);
    expect((await h.openedFiles()).at(-1)).toEqual({ path: principle.path, line: principle.line - 1 });
    const target = await h.page.textContent('.ip-harness-line.is-target');
    expect(target).toBe(`### ${principle.name}`);
    await h.screenshot('dashboard-open-principle');
  });
});

it('changing the set redraws the matrix with the other set, and the status bar follows', async () => {
  const sets = [...new Set(index.principles.map((p) => p.set))];
  const other = sets.find((s) => s !== coverage.set.id);
  if (!other) throw new Error('the demo vault should hold two sets');
  const otherCoverage = cliCoverage(DEMO_VAULT, other);
  await withHarness(browser(), {}, async (h) => {
    await openDashboard(h);
    await h.page.selectOption('.ip-dashboard select', other);
    await h.page.waitForFunction(
      (n) => document.querySelectorAll('.ip-dashboard table thead th').length === n + 1,
      otherCoverage.principles.length,
    );
    const matrix = await readMatrix(h.page);
    expect(matrix.columns).toEqual(otherCoverage.principles.map((p) => p.name));
    expect(matrix.totals).toEqual(otherCoverage.principles.map((p) => ({ text: String(p.count), status: p.status })));
    expect(await h.page.textContent('.status-bar')).toContain(
      `${otherCoverage.set.name} ${otherCoverage.atTarget}/${otherCoverage.principles.length}`,
    );
    await h.screenshot('dashboard-other-set');
  });
});

it('the ribbon icon and the status bar open the one dashboard tab', async () => {
  await withHarness(browser(), {}, async (h) => {
    await h.page.click('.side-dock-ribbon-action[aria-label="Open coverage dashboard"]');
    await h.page.waitForSelector('.ip-dashboard table');
    await h.page.click('.status-bar .ip-status-bar');
    await h.runCommand(OPEN);
    expect(await h.page.locator('.ip-dashboard').count()).toBe(1);
  });
});
