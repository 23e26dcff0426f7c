// Drills and the mock interview loop on the demo vault: pick a principle, reveal follow-ups, watch the
// timer run into overtime, rate with the keyboard, finish, read the summary, and find the attempts in
// the drill log note. The questions shown must be the ones the CLI indexes for that principle.
import { cliIndex, type CliIndex } from './support/cli-oracle';
import type { Harness } from './support/harness';
import { DEMO_VAULT } from './support/paths';
import { useBrowser, whenBuilt, withHarness } from './support/scenario';

const browser = useBrowser();
const LOG = 'Interview Prep/Drill log.md';
const RATING_KEYS = { again: '1', hard: '2', good: '3', easy: '4' } as const;

let index: CliIndex;
beforeAll(() => {
  index = cliIndex(DEMO_VAULT);
});

async function ready(h: Harness): Promise<void> {
  // The index is built after layout-ready; the status bar shows its first figure when it is done.
  await h.page.waitForFunction(() => (document.querySelector('.status-bar')?.textContent ?? '').trim() !== '');
}

const questionText = (h: Harness): Promise<string> => h.page.locator('.ip-drill-modal .ip-drill-question').innerText();

whenBuilt('interview-prep:drill-principle', 'drills (issue 4)')(
  'drill a principle: follow-ups, overtime, keys 1–4, summary and the log',
  async () => {
    const principle = index.principles.find((p) => p.name === 'Hire and Develop the Best')!;
    const questions = index.questions.filter((q) => q.principles.some((r) => r.id === principle.id));
    expect(questions.length).toBeGreaterThan(1);
    await withHarness(browser(), {}, async (h) => {
      await ready(h);
      await h.runCommand('interview-prep:drill-principle');
      await h.page.keyboard.type('hire and develop');
      await h.screenshot('drill-choose-principle');
      await h.page.keyboard.press('Enter');
      await h.page.waitForSelector('.ip-drill-modal .ip-drill-question');

      const keys = [RATING_KEYS.good, RATING_KEYS.hard, RATING_KEYS.easy, RATING_KEYS.again];
      const seen: string[] = [];
      let sawFollowUp = false;
      for (let i = 0; i < questions.length; i++) {
        const text = await questionText(h);
        const q = questions.find((x) => x.text === text);
        expect(q).toBeDefined();
        seen.push(text);
        expect(await h.page.textContent('.ip-drill-modal .modal-title')).toContain(`question ${i + 1} of ${questions.length}`);
        if (q!.followUps.length > 0) {
          await h.page.click('.ip-drill-modal .ip-drill-followups button');
          expect(await h.page.locator('.ip-drill-followups li').allInnerTexts()).toEqual([q!.followUps[0]]);
          if (q!.followUps.length > 1) {
            await h.page.click('.ip-drill-modal .ip-drill-followups button');
            expect(await h.page.locator('.ip-drill-followups li').allInnerTexts()).toEqual(q!.followUps.slice(0, 2));
          }
          if (!sawFollowUp) {
            // Past the 2:00 target the timer says so.
            await h.page.clock.runFor(135_000);
            await h.page.waitForSelector('.ip-drill-timer.ip-drill-overtime');
            await h.screenshot('drill-follow-ups-overtime');
          }
          sawFollowUp = true;
        }
        await h.page.keyboard.press(keys[i]);
        const rated = await h.page.getAttribute('.ip-drill-rating.is-active', 'data-rating');
        expect(RATING_KEYS[rated as keyof typeof RATING_KEYS]).toBe(keys[i]);
        await h.page.click(`.ip-drill-modal .ip-drill-nav button.mod-cta`);
      }
      expect(sawFollowUp).toBe(true);
      expect(new Set(seen).size).toBe(questions.length);

      const summary = await h.page.locator('.ip-drill-modal .ip-drill-summary').innerText();
      expect(summary).toContain(`${questions.length} questions rated in`);
      expect(summary).toContain(principle.name);
      await h.screenshot('drill-summary');

      // One log line per rated attempt, each naming its question.
      await h.page.waitForFunction((p) => window.ipHarness.read(p).then((t) => t !== null), LOG);
      const log = (await h.read(LOG)) ?? '';
      for (const text of seen) expect(log).toContain(text.slice(0, 30));
      await h.page.click('.ip-drill-modal .ip-drill-summary button.mod-cta');
      expect(await h.page.locator('.modal-container').count()).toBe(0);
    });
  },
);

whenBuilt('interview-prep:start-random-drill', 'drills (issue 4)')(
  'random drill: "My stories for this principle" opens the story at its line; Escape closes',
  async () => {
    await withHarness(browser(), { theme: 'dark' }, async (h) => {
      await ready(h);
      await h.runCommand('interview-prep:start-random-drill');
      await h.page.waitForSelector('.ip-drill-modal .ip-drill-question');
      // Move on until a question with a mapped story comes up.
      while ((await h.page.locator('.ip-drill-story-link').count()) === 0) {
        await h.page.keyboard.press('3');
        await h.page.click('.ip-drill-modal .ip-drill-nav button.mod-cta');
        if ((await h.page.locator('.ip-drill-question').count()) === 0) throw new Error('no drilled question had a story');
      }
      expect(index.questions.map((q) => q.text)).toContain(await questionText(h));
      await h.screenshot('drill-random-dark');
      const title = await h.page.locator('.ip-drill-story-link').first().innerText();
      const story = index.stories.find((s) => s.title === title)!;
      await h.page.locator('.ip-drill-story-link').first().click();
      expect((await h.openedFiles()).at(-1)).toEqual({ path: story.path, line: story.line - 1 });
      await h.page.keyboard.press('Escape');
      expect(await h.page.locator('.modal-container').count()).toBe(0);
    });
  },
);

whenBuilt('interview-prep:mock-interview-loop', 'the mock interview loop (issue 4)')(
  'mock loop: the summary flags a story told to two interviewers and answers with no story',
  async () => {
    await withHarness(browser(), { viewport: { width: 390, height: 844 }, mobile: true }, async (h) => {
      await ready(h);
      await h.runCommand('interview-prep:mock-interview-loop');
      await h.page.waitForSelector('.ip-drill-modal .ip-drill-question');
      await h.screenshot('mock-loop-phone');
      // Large touch targets on a phone: every rating and action button at least 44 px tall, inside the screen.
      const boxes = await h.page.locator('.ip-drill-modal button').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { text: e.textContent, height: Math.round(r.height), right: Math.round(r.right) };
        }),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(5);
      for (const b of boxes) expect([b.text, b.height >= 44, b.right <= 390]).toEqual([b.text, true, true]);
      let told = '';
      let round = 0;
      const noStory: string[] = [];
      while ((await h.page.locator('.ip-drill-modal .ip-drill-question').count()) > 0) {
        round++;
        const roundText = await h.page.locator('.ip-drill-round').innerText();
        await h.page.keyboard.press('3');
        await h.page.click('.ip-drill-modal .ip-drill-nav button.mod-cta');
        await h.page.waitForSelector('.ip-drill-story-choice, .ip-drill-no-story');
        if (round === 1) {
          const first = h.page.locator('.ip-drill-story-choice').first();
          told = (await first.innerText()).trim();
          await first.click();
        } else if (round === 3) {
          // Interviewer 2 hears the story interviewer 1 heard; the button says so.
          const again = h.page.locator('.ip-drill-story-choice', { hasText: told });
          expect(await again.innerText()).toContain('told to interviewer 1');
          await h.screenshot('mock-loop-story-choice');
          await again.click();
        } else {
          noStory.push(roundText.split(',')[0]);
          await h.page.click('.ip-drill-no-story');
        }
      }
      expect(round).toBeGreaterThanOrEqual(3);
      const summary = await h.page.locator('.ip-drill-modal .ip-drill-summary').innerText();
      expect(summary).toContain(`"${told}" was told to interviewers 1 and 2`);
      for (const name of noStory) expect(summary).toContain(`${name} (interviewer`);
      await h.screenshot('mock-loop-summary');
    });
  },
);
