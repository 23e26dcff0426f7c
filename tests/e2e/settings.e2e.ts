// The settings tab in Obsidian's settings window: changing the target redraws the dashboard, and
// excluding a folder re-indexes so its stories leave; both are saved with the plugin's data.
import { cliCoverage, cliIndex, type CliCoverage, type CliIndex } from './support/cli-oracle';
import { DEMO_VAULT } from './support/paths';
import { readMatrix } from './support/read-dashboard';
import { useBrowser, whenBuilt, withHarness } from './support/scenario';

const browser = useBrowser();
const it = whenBuilt('interview-prep:open-coverage-dashboard', 'the settings tab (issue 3)');

let index: CliIndex;
let coverage: CliCoverage;
beforeAll(() => {
  index = cliIndex(DEMO_VAULT);
  coverage = cliCoverage(DEMO_VAULT);
});

it('a lower target and an excluded folder change what the open dashboard shows, and are saved', async () => {
  await withHarness(browser(), { theme: 'dark' }, async (h) => {
    await h.runCommand('interview-prep:open-coverage-dashboard');
    await h.page.waitForSelector('.ip-dashboard table');
    await h.page.evaluate(() => window.ipHarness.openSettings());
    const setting = (name: string) => h.page.locator('.mod-settings .setting-item', { has: h.page.locator('.setting-item-name', { hasText: name }) });

    // Target 1: every principle with a story is at target (counts as the CLI reads them).
    await setting('Stories per principle').locator('input').fill('1');
    const atOne = coverage.principles.filter((p) => p.count >= 1).length;
    await h.page.waitForFunction(
      (text) => document.querySelector('.ip-dashboard')?.textContent?.includes(text),
      `${atOne} of ${coverage.principles.length} principles at target (1 story each)`,
    );
    await h.screenshot('settings-dark');

    // Excluding the story folder re-indexes: only the stories written elsewhere remain.
    await setting('Excluded folders').locator('textarea').fill('Stories');
    const elsewhere = index.stories.filter((s) => !s.path.startsWith('Stories/') && coverage.principles.some((p) => s.principles.some((r) => r.id === p.id)));
    await h.page.waitForFunction((n) => document.querySelectorAll('.ip-dashboard tbody tr').length === n, elsewhere.length);
    expect((await readMatrix(h.page)).rows.map((r) => r.title).sort()).toEqual(elsewhere.map((s) => s.title).sort());

    const saved = await h.page.evaluate(() => window.ipHarness.savedData());
    expect(saved).toMatchObject({ target: 1, excludedFolders: ['Stories'] });
  });
});
