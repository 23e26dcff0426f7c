// Story authoring on the demo vault: tag a story (command and file menu) and watch the matrix follow,
// start a new story from a gap row, check a story, insert a starter set. Every write leaves the rest
// of the note as it was.
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { cliCoverage, cliIndex, type CliCoverage, type CliIndex } from './support/cli-oracle';
import type { Harness } from './support/harness';
import { demoVaultFiles } from './support/harness';
import { DEMO_VAULT } from './support/paths';
import { readMatrix } from './support/read-dashboard';
import { useBrowser, whenBuilt, withHarness } from './support/scenario';

const browser = useBrowser();
const STORY = 'Stories/Data pipeline cost cut.md';

let index: CliIndex;
let coverage: CliCoverage;
beforeAll(() => {
  index = cliIndex(DEMO_VAULT);
  coverage = cliCoverage(DEMO_VAULT);
});

async function openDashboard(h: Harness): Promise<void> {
  await h.runCommand('interview-prep:open-coverage-dashboard');
  await h.page.waitForSelector('.ip-dashboard table');
}

function waitForTotal(h: Harness, column: number, text: string): Promise<unknown> {
  return h.page.waitForFunction(
    ([i, t]) => document.querySelectorAll('.ip-dashboard tfoot tr.ip-totals td')[i]?.textContent === t,
    [column, text] as const,
  );
}

/** The note's body (after the frontmatter block) is untouched. */
function bodyOf(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

whenBuilt('interview-prep:tag-story', 'story authoring (issue 5)')(
  'tag the active story with a principle: the frontmatter gains it, the body is untouched, the matrix follows',
  async () => {
    const gap = coverage.principles.find((p) => p.count === 0)!;
    const column = coverage.principles.indexOf(gap);
    const before = demoVaultFiles()[STORY];
    await withHarness(browser(), {}, async (h) => {
      await openDashboard(h);
      await h.page.evaluate((p) => window.ipHarness.openNote(p), STORY);
      await h.runCommand('interview-prep:tag-story');
      await h.page.waitForSelector('.ip-tag-filter');
      await h.page.fill('.ip-tag-filter', gap.name.split(' ')[0]);
      const row = h.page.locator('.ip-tag-row', { hasText: gap.name });
      await row.locator('input[type="checkbox"]').check();
      await h.screenshot('authoring-tag-modal');
      await h.page.click('.modal-container button.mod-cta');
      await waitForTotal(h, column, '1');
      const after = (await h.read(STORY)) ?? '';
      expect(after).toContain(`[[${coverage.set.path.replace(/\.md$/, '')}#${gap.name}]]`);
      expect(bodyOf(after)).toBe(bodyOf(before));
      const marks = (await readMatrix(h.page)).rows.find((r) => r.title === 'Data pipeline cost cut')!.marks;
      expect(marks[column]).toBe('primary');
      await h.screenshot('authoring-tagged-matrix');
    });
  },
);

whenBuilt('interview-prep:tag-story', 'story authoring (issue 5)')(
  'the file menu of a story note offers tagging and checking; the check lists the parts and what to improve',
  async () => {
    const story = index.stories.find((s) => s.path === STORY)!;
    await withHarness(browser(), { theme: 'dark' }, async (h) => {
      await h.page.waitForFunction(() => (document.querySelector('.status-bar')?.textContent ?? '').trim() !== '');
      await h.fileMenu(STORY);
      expect(await h.page.locator('.menu .menu-item').allInnerTexts()).toEqual(['Tag story with principles', 'Check this story']);
      await h.page.click('.menu .menu-item >> text=Check this story');
      await h.page.waitForSelector('.ip-check-parts');
      const text = await h.page.locator('.modal-container').innerText();
      expect(text).toContain(story.title);
      for (const part of ['Situation', 'Task', 'Action', 'Result']) expect(text).toContain(part);
      expect(text).toMatch(/Action share: \d+% of the words\./);
      await h.screenshot('authoring-check-dark');
      await h.page.keyboard.press('Escape');
      // Not a story note: no menu items from us.
      await h.fileMenu('Journal/2026-11-02.md');
      expect(await h.page.locator('.menu .menu-item').count()).toBe(0);
    });
  },
);

whenBuilt('interview-prep:extract-story', 'extracting inline stories (issue 5)')(
  'extract an inline story: a new note holds its lines unchanged, one edit puts an embed in their place, undo restores',
  async () => {
    const story = index.stories.find((s) => s.kind === 'inline' && s.path === coverage.set.path)!;
    const source = demoVaultFiles()[story.path];
    const lines = source.split('\n');
    await withHarness(browser(), {}, async (h) => {
      await openDashboard(h);
      // The cursor inside the story (0-based editor line one below its first line).
      await h.page.evaluate(([p, l]) => window.ipHarness.openNote(p, l), [story.path, story.line] as const);
      await h.runCommand('interview-prep:extract-story');
      // Nothing is written before the confirmation, which names the exact lines.
      await h.page.waitForSelector('.modal-container button:has-text("Extract")');
      expect(await h.page.textContent('.modal-container p')).toContain(`Move lines ${story.line}–${story.endLine} of "${story.path}"`);
      const first = await h.page.locator('.modal-container .ip-confirm-details li').first().textContent();
      expect(first).toContain(`Line ${story.line}: ${lines[story.line - 1].trim().slice(0, 30)}`);
      expect(await h.read(story.path)).toBe(source);
      await h.page.click('.modal-container button:has-text("Extract")');
      await h.page.waitForFunction(() => window.ipHarness.notices().some((n) => n.startsWith('Story moved to')));
      const notice = (await h.notices()).find((n) => n.startsWith('Story moved to'))!;
      const newPath = /"(.+)"/.exec(notice)![1];

      const block = lines.slice(story.line - 1, story.endLine);
      expect((await h.read(newPath)) ?? '').toContain(block.join('\n'));
      const after = ((await h.read(story.path)) ?? '').split('\n');
      expect(after.slice(0, story.line - 1)).toEqual(lines.slice(0, story.line - 1));
      expect(after.slice(story.line)).toEqual(lines.slice(story.endLine));
      expect(after[story.line - 1]).toContain(`![[${newPath.replace(/^.*\//, '').replace(/\.md$/, '')}]]`);
      expect(await h.page.evaluate(() => window.ipHarness.editorTransactions())).toBe(1);

      // The index holds the story once, now in its own note.
      await h.page.waitForSelector(`.ip-dashboard tbody [data-ip-path="${newPath}"]`);
      const titles = (await readMatrix(h.page)).rows.map((r) => r.title);
      expect(titles.filter((t) => t === story.title)).toHaveLength(1);
      expect(await h.page.locator(`.ip-dashboard tbody [data-ip-path="${story.path}"][data-ip-line="${story.line}"]`).count()).toBe(0);
      await h.screenshot('authoring-extracted');

      // One undo step restores the source byte for byte.
      await h.page.evaluate(() => window.ipHarness.editorUndo());
      expect(await h.read(story.path)).toBe(source);
    });
  },
);

whenBuilt('interview-prep:tag-story', 'story authoring (issue 5)')(
  'tagging with the cursor in an inline story offers to extract it first, then tags the new note',
  async () => {
    const story = index.stories.find((s) => s.kind === 'inline' && s.path === coverage.set.path)!;
    const gap = coverage.principles.find((p) => p.count === 0)!;
    await withHarness(browser(), {}, async (h) => {
      await openDashboard(h);
      await h.page.evaluate(([p, l]) => window.ipHarness.openNote(p, l), [story.path, story.line] as const);
      await h.runCommand('interview-prep:tag-story');
      await h.page.waitForSelector('.modal-container button:has-text("Extract and tag")');
      expect(await h.page.textContent('.modal-container p')).toContain(`Move lines ${story.line}–${story.endLine} of "${story.path}"`);
      await h.screenshot('authoring-extract-first');
      await h.page.click('.modal-container button:has-text("Extract and tag")');
      await h.page.waitForSelector('.ip-tag-filter');
      expect(await h.page.textContent('.ip-tag-story-title')).toBe(story.title);
      await h.page.locator('.ip-tag-row', { hasText: gap.name }).locator('input[type="checkbox"]').check();
      await h.page.click('.modal-container button.mod-cta');
      const newPath = /"(.+)"/.exec((await h.notices()).find((n) => n.startsWith('Story moved to'))!)![1];
      await h.page.waitForFunction(
        ([p, name]) => window.ipHarness.read(p).then((t) => (t ?? '').includes(name)),
        [newPath, gap.name] as const,
      );
      const row = h.page.locator('.ip-dashboard tbody tr', { has: h.page.locator(`[data-ip-path="${newPath}"]`) });
      await row.locator('td').nth(coverage.principles.indexOf(gap)).and(h.page.locator('.ip-cell-primary')).waitFor();
    });
  },
);

whenBuilt('ip-new-story-button', 'the "New story" button on gap rows (issue 5)')(
  '"New story" on a gap row creates a prefilled story note, opens it, and shows it as a draft until a part is written',
  async () => {
    const gap = coverage.principles.find((p) => p.count === 0)!;
    const column = coverage.principles.indexOf(gap);
    await withHarness(browser(), {}, async (h) => {
      await openDashboard(h);
      await h.page.click(`.ip-dashboard .ip-new-story-button[aria-label="New story for ${gap.name}"]`);
      await h.page.waitForSelector('.ip-new-story-title');
      expect(await h.page.inputValue('.ip-new-story-principle')).toBe(gap.id);
      await h.page.fill('.ip-new-story-title', 'Checkout latency rescue');
      await h.screenshot('authoring-new-story');
      await h.page.click('.modal-container button.mod-cta');
      // The name is taken: a free one is chosen, the existing note is untouched.
      await h.page.waitForFunction(() => window.ipHarness.openedFiles().length > 0);
      const opened = (await h.openedFiles()).at(-1)!;
      expect(opened.path).not.toBe('Stories/Checkout latency rescue.md');
      expect(opened.path.startsWith('Stories/Checkout latency rescue')).toBe(true);
      expect(await h.read('Stories/Checkout latency rescue.md')).toBe(demoVaultFiles()['Stories/Checkout latency rescue.md']);
      const created = (await h.read(opened.path)) ?? '';
      for (const part of ['Situation', 'Task', 'Action', 'Result', 'Learning']) expect(created).toContain(`## ${part}`);
      // Only prompts in comments: a draft row, and the gap stays a gap (issue 15 item 2).
      const row = h.page.locator('.ip-dashboard tbody tr', { has: h.page.locator(`[data-ip-path="${opened.path}"]`) });
      await row.locator('.ip-badge-draft').waitFor();
      await waitForTotal(h, column, '0');
      await h.modify(opened.path, created.replace('## Action\n', '## Action\nI profiled the checkout and cached the slow call.\n'));
      await waitForTotal(h, column, '1');
    });
  },
);

whenBuilt('ip-drill-dashboard-button', 'the "Drill" button on gap rows (issue 4)')(
  '"Drill" on a gap row drills that principle',
  async () => {
    const gap = coverage.principles.find((p) => p.status !== 'ok' && index.questions.some((q) => q.principles.some((r) => r.id === p.id)))!;
    await withHarness(browser(), {}, async (h) => {
      await openDashboard(h);
      await h.page.click(`.ip-dashboard .ip-gaps .ip-drill-dashboard-button[aria-label="Drill ${gap.name}"]`);
      await h.page.waitForSelector('.ip-drill-modal .ip-drill-question');
      expect(await h.page.textContent('.ip-drill-modal .modal-title')).toContain(gap.name);
      const q = await h.page.locator('.ip-drill-question').innerText();
      expect(index.questions.find((x) => x.text === q)?.principles.map((r) => r.id)).toContain(gap.id);
    });
  },
);

whenBuilt('interview-prep:insert-starter-set', 'starter sets (issue 5)')(
  'inserting a starter set adds a set the dashboard can switch to',
  async () => {
    await withHarness(browser(), {}, async (h) => {
      await openDashboard(h);
      const before = await h.page.locator('.ip-dashboard select option').allInnerTexts();
      await h.runCommand('interview-prep:insert-starter-set');
      await h.page.keyboard.type('meta');
      await h.page.keyboard.press('Enter');
      await h.page.waitForFunction((n) => document.querySelectorAll('.ip-dashboard select option').length === n + 1, before.length);
      const added = (await h.page.locator('.ip-dashboard select option').allInnerTexts()).filter((o) => !before.includes(o));
      expect(added).toHaveLength(1);
      // The note the plugin wrote, read by the CLI: the dashboard must show the same set.
      const note = (await h.openedFiles()).at(-1)!.path;
      const dir = mkdtempSync(join(tmpdir(), 'ip-starter-'));
      mkdirSync(join(dir, dirname(note)), { recursive: true });
      writeFileSync(join(dir, note), (await h.read(note)) ?? '');
      const starter = cliIndex(dir);
      expect(starter.sets).toHaveLength(1);
      expect(added[0]).toBe(starter.sets[0].name);
      await h.page.selectOption('.ip-dashboard select', { label: added[0] });
      await h.page.waitForFunction(
        (text) => document.querySelector('.ip-dashboard')?.textContent?.includes(text),
        `0 of ${starter.principles.length} principles at target`,
      );
      expect(await h.page.textContent('.status-bar')).toContain(`${starter.sets[0].name} 0/${starter.principles.length}`);
      await h.screenshot('authoring-starter-set');
    });
  },
);
