// "Export coverage": a Markdown note or a CSV file at a free name, never over an existing file, opened
// after writing, with the counts the CLI computes.
import { cliCoverage, type CliCoverage } from './support/cli-oracle';
import { demoVaultFiles } from './support/harness';
import { DEMO_VAULT } from './support/paths';
import { useBrowser, whenBuilt, withHarness } from './support/scenario';

const browser = useBrowser();
const it = whenBuilt('interview-prep:export-coverage', 'export coverage (issue 3)');

let coverage: CliCoverage;
beforeAll(() => {
  coverage = cliCoverage(DEMO_VAULT);
});

it('exports Markdown next to a taken name and CSV, each opened, with the CLI counts', async () => {
  const taken = 'My own notes about coverage.\n';
  await withHarness(browser(), { vault: { ...demoVaultFiles(), 'Coverage export.md': taken } }, async (h) => {
    await h.page.waitForFunction(() => (document.querySelector('.status-bar')?.textContent ?? '').trim() !== '');
    await h.runCommand('interview-prep:export-coverage');
    await h.screenshot('export-choose');
    await h.page.click('.modal-container button:has-text("Markdown note")');
    await h.page.waitForFunction(() => window.ipHarness.openedFiles().length === 1);
    const md = (await h.openedFiles())[0].path;
    expect(md).toBe('Coverage export 1.md');
    expect(await h.read('Coverage export.md')).toBe(taken);
    const mdText = (await h.read(md)) ?? '';
    const mdLines = mdText.split('\n');
    for (const p of coverage.principles) {
      const row = mdLines.find((l) => l.startsWith('|') && l.includes(p.name));
      expect([p.name, row?.split('|').map((c) => c.trim()).includes(String(p.count))]).toEqual([p.name, true]);
    }

    await h.runCommand('interview-prep:export-coverage');
    await h.page.click('.modal-container button:has-text("CSV file")');
    await h.page.waitForFunction(() => window.ipHarness.openedFiles().length === 2);
    const csv = (await h.openedFiles())[1].path;
    expect(csv).toBe('Coverage export.csv');
    const csvText = (await h.read(csv)) ?? '';
    // The matrix as CSV: a header naming every principle, then a totals row with the CLI's counts.
    const csvLines = csvText.split(/\r?\n/).filter((l) => l.trim() !== '');
    for (const p of coverage.principles) expect(csvLines[0]).toContain(p.name.includes(',') ? `"${p.name}"` : p.name);
    expect(csvLines.at(-1)).toBe(`Total,,,${coverage.principles.map((p) => p.count).join(',')},,`);
    expect(await h.notices()).toEqual(expect.arrayContaining([`Coverage exported to ${md}.`, `Coverage exported to ${csv}.`]));
  });
});
