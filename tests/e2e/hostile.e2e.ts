// A hostile vault: titles, headings, questions, follow-ups and unknown names carrying <script>,
// <img onerror>, <svg onload>, inline event handlers and javascript: links. Nothing may execute
// (window.__pwned stays unset, no request leaves the page, no such element is created), and the text
// shows literally, exactly as the CLI reads it.
import { join } from 'path';
import { cliIndex, type CliIndex } from './support/cli-oracle';
import type { Harness } from './support/harness';
import { readVaultFolder } from './support/vault-fixture';
import { useBrowser, whenBuilt, withHarness } from './support/scenario';

const browser = useBrowser();
const HOSTILE = join(__dirname, 'fixtures/hostile-vault');
const vault = readVaultFolder(HOSTILE);

let index: CliIndex;
beforeAll(() => {
  index = cliIndex(HOSTILE);
});

/** No payload ran, and none of its elements or links exist anywhere in the page. */
async function expectInert(h: Harness): Promise<void> {
  const state = await h.page.evaluate(() => ({
    pwned: window.__pwned,
    injected: document.querySelectorAll(
      '.workspace img, .modal-container img, .workspace svg:not(.ip-progress-calendar):not(.ip-progress-sparkline), .modal-container svg, .workspace script, .modal-container script, [onerror], [onload], [onmouseover]',
    ).length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    url: location.href,
  }));
  expect(state).toEqual({ pwned: undefined, injected: 0, jsLinks: 0, url: 'http://obsidian.test/' });
}

whenBuilt('interview-prep:open-coverage-dashboard', 'the coverage dashboard (issue 3)')(
  'dashboard: hostile titles, headings and names show literally and run nothing, even when clicked and hovered',
  async () => {
    await withHarness(browser(), { vault }, async (h) => {
      await h.runCommand('interview-prep:open-coverage-dashboard');
      await h.page.waitForSelector('.ip-dashboard table');
      const text = await h.page.locator('.ip-dashboard').innerText();
      for (const s of index.stories) expect(text).toContain(s.title);
      for (const w of index.warnings) expect(text).toContain(w.message);
      const labels = await h.page.locator('.ip-dashboard thead [aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      expect(labels).toEqual(expect.arrayContaining(index.principles.map((p) => p.name)));
      await expectInert(h);
      await h.screenshot('hostile-dashboard');
      // Hover and click everything clickable in the dashboard.
      const targets = h.page.locator('.ip-dashboard [data-ip-path]');
      const n = await targets.count();
      expect(n).toBeGreaterThan(3);
      for (let i = 0; i < n; i++) {
        await targets.nth(i).hover();
        await targets.nth(i).click();
      }
      expect((await h.openedFiles()).length).toBe(n);
      await expectInert(h);
      await h.screenshot('hostile-after-clicks');
    });
  },
);

whenBuilt('interview-prep:start-random-drill', 'drills (issue 4)')(
  'drill: hostile questions and follow-ups show literally and run nothing',
  async () => {
    await withHarness(browser(), { vault }, async (h) => {
      await h.page.waitForFunction(() => (document.querySelector('.status-bar')?.textContent ?? '').trim() !== '');
      await h.runCommand('interview-prep:start-random-drill');
      await h.page.waitForSelector('.ip-drill-modal .ip-drill-question');
      const shown: string[] = [];
      while ((await h.page.locator('.ip-drill-modal .ip-drill-question').count()) > 0) {
        const text = await h.page.locator('.ip-drill-question').innerText();
        shown.push(text);
        const q = index.questions.find((x) => x.text === text);
        expect(q).toBeDefined();
        for (let i = 0; i < q!.followUps.length; i++) await h.page.click('.ip-drill-followups button');
        if (q!.followUps.length > 0) {
          expect(await h.page.locator('.ip-drill-followups li').allInnerTexts()).toEqual(q!.followUps);
          await h.page.locator('.ip-drill-followups li').first().hover();
          await h.screenshot('hostile-drill');
        }
        await h.page.keyboard.press('2');
        await h.page.click('.ip-drill-modal .ip-drill-nav button.mod-cta');
      }
      expect(shown.sort()).toEqual(index.questions.map((q) => q.text).sort());
      await expectInert(h);
    });
  },
);

whenBuilt('interview-prep:open-coverage-dashboard', 'the interview-prep code block (issue 3)')(
  'code block: a hostile set name in the options is echoed as text',
  async () => {
    const note = '# Embed\n\n```interview-prep\nset: <img src=x onerror="window.__pwned=\'block\'">\n```\n';
    await withHarness(browser(), { vault: { ...vault, 'Embed.md': note } }, async (h) => {
      await h.page.waitForFunction(() => (document.querySelector('.status-bar')?.textContent ?? '').trim() !== '');
      await h.renderNote('Embed.md');
      expect(await h.page.locator('.block-language-interview-prep').innerText()).toContain(
        'No principle set named "<img src=x onerror="window.__pwned=\'block\'">"',
      );
      await expectInert(h);
    });
  },
);
