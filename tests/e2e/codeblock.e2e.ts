// The ```interview-prep``` code block in a note's reading view: the parts it asks for, a clear message
// for bad options, and live updates when the vault changes while the note is shown.
import { cliCoverage, type CliCoverage } from './support/cli-oracle';
import { demoVaultFiles } from './support/harness';
import { DEMO_VAULT } from './support/paths';
import { useBrowser, whenBuilt, withHarness } from './support/scenario';

const browser = useBrowser();
const it = whenBuilt('interview-prep:open-coverage-dashboard', 'the coverage dashboard and its code block (issue 3)');
const NOTE = 'Weekly review.md';

let coverage: CliCoverage;
beforeAll(() => {
  coverage = cliCoverage(DEMO_VAULT);
});

const note = (set: string): string =>
  [
    '# Weekly review',
    '',
    'Where the prep stands this week:',
    '',
    '```interview-prep',
    `set: ${set}`,
    'show: summary, gaps',
    '```',
    '',
    'A block with a typo:',
    '',
    '```interview-prep',
    'show: sumary',
    '```',
    '',
    '```interview-prep',
    'set: no such company',
    '```',
    '',
  ].join('\n');

it('renders the parts asked for, explains bad options in place, and follows edits', async () => {
  const vault = { ...demoVaultFiles(), [NOTE]: note(coverage.set.name) };
  await withHarness(browser(), { vault }, async (h) => {
    await h.page.waitForFunction(() => (document.querySelector('.status-bar')?.textContent ?? '').trim() !== '');
    await h.renderNote(NOTE);
    const blocks = h.page.locator('.ip-harness-note .block-language-interview-prep');
    expect(await blocks.count()).toBe(3);
    const first = blocks.nth(0);
    await first.locator('.ip-summary').waitFor();
    expect(await first.innerText()).toContain(`${coverage.atTarget} of ${coverage.principles.length} principles at target`);
    expect(await first.locator('table').count()).toBe(0);
    const gaps = coverage.principles.filter((p) => p.status !== 'ok');
    for (const p of gaps) expect(await first.innerText()).toContain(p.name);
    expect(await blocks.nth(1).innerText()).toContain('Unknown value "sumary"');
    expect(await blocks.nth(2).innerText()).toContain('No principle set named "no such company"');
    await h.screenshot('codeblock');

    // A thin principle gets its second story while the note is open: the block's summary moves.
    const thin = coverage.principles.find((p) => p.status === 'thin')!;
    await h.create(
      'Stories/Second look.md',
      `---\ntags: [story]\nprinciples: [${thin.name}]\n---\n# Second look\n\n**S:** A report was late.\n**T:** I owned it.\n**A:** I fixed the query.\n**R:** It ran 3 times faster.\n`,
    );
    await h.page.waitForFunction(
      (text) => document.querySelector('.block-language-interview-prep')?.textContent?.includes(text),
      `${coverage.atTarget + 1} of ${coverage.principles.length} principles at target`,
    );
    // Clicking a gap entry opens the principle's heading.
    const gap = gaps.find((p) => p.count === 0)!;
    await first.locator('[data-ip-path]', { hasText: gap.name }).first().click();
    expect((await h.openedFiles()).at(-1)?.path).toBe(coverage.set.path);
  });
});
