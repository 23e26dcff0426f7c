// The dashboard's "Read as" panel on a set note whose questions read as other principles than their
// heading: Accept on a question appends `#lp/<principle>` to that one line (every other byte kept)
// and the index then maps the question; Dismiss hides an entry and is saved in the plugin's data.
import { readFileSync } from 'fs';
import { join } from 'path';
import { REPO_ROOT } from './support/paths';
import { useBrowser, whenBuilt, withHarness } from './support/scenario';

const browser = useBrowser();
const OPEN = 'interview-prep:open-coverage-dashboard';
const it = whenBuilt(OPEN, 'the Read as panel (issue 13)');
const NOTE = 'Acme Principles.md';
const TEXT = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'notes', NOTE), 'utf8');

const item = (line: number) => `.ip-read-as-item:has([data-ip-line="${line}"])`;

it('Accept tags only the question line and the index maps it; Dismiss hides an entry and is saved', async () => {
  await withHarness(browser(), { vault: { [NOTE]: TEXT } }, async (h) => {
    await h.runCommand(OPEN);
    await h.page.waitForSelector(`.ip-read-as ${item(59)}`);
    expect(await h.page.textContent(item(59))).toContain('Question: Tell me about a time a quick call turned out wrong.');
    expect(await h.page.textContent('.ip-gaps')).toContain('+2 read as');
    await h.screenshot('readas-panel');

    await h.page.click(`${item(59)} .ip-read-as-accept`);
    await h.page.waitForFunction((p) => window.ipHarness.read(p).then((t) => (t ?? '').includes('#lp/are-right-a-lot')), NOTE);
    const after = (await h.read(NOTE)) ?? '';
    const a = TEXT.split('\n');
    const b = after.split('\n');
    expect(b.length).toBe(a.length);
    b.forEach((l, i) => expect(l).toBe(i === 58 ? `${a[58]}${/\s$/.test(a[58]) ? '' : ' '}#lp/are-right-a-lot` : a[i]));
    // The index maps the question now: it leaves the panel, and the count beside the gap drops.
    await h.page.waitForSelector(item(59), { state: 'detached' });
    await h.page.waitForFunction(() => (document.querySelector('.ip-gaps')?.textContent ?? '').includes('+1 read as'));

    await h.page.waitForSelector(item(78));
    await h.page.click(`${item(78)} .ip-read-as-dismiss`);
    await h.page.waitForSelector(item(78), { state: 'detached' });
    const saved = (await h.page.evaluate(() => window.ipHarness.savedData())) as { dismissedReadings?: string[] };
    expect(saved.dismissedReadings).toEqual([expect.stringMatching(/^acme\/q-[a-z0-9]+\|acme\/are-right-a-lot$/)]);
    expect(await h.read(NOTE)).toBe(after);
    await h.screenshot('readas-after-accept-and-dismiss');
  });
});
