// "Plan my loop" on the demo vault: typed interviewers and a proposed loop, in light, dark and on a
// phone. The proposed plan must name the same stories, for the same principles, as the CLI's
// `plan --json` on the same folder; every story it names is linked; a second run never overwrites.
import { execFileSync } from 'child_process';
import { join } from 'path';
import type { Harness } from './support/harness';
import { DEMO_VAULT, REPO_ROOT } from './support/paths';
import { useBrowser, whenBuilt, withHarness } from './support/scenario';

const browser = useBrowser();
const FIRST = 'Interview Prep/Loop plan amazon.md';
const SECOND = 'Interview Prep/Loop plan amazon 1.md';

interface CliPlan {
  interviewers: { name: string; principles: { name: string; story: { title: string } | null; backup: { title: string } | null }[] }[];
}

const cliPlan = (): CliPlan => JSON.parse(execFileSync(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), 'plan', DEMO_VAULT, '--json'], { encoding: 'utf8' })) as CliPlan;

async function ready(h: Harness): Promise<void> {
  await h.page.waitForFunction(() => (document.querySelector('.status-bar')?.textContent ?? '').trim() !== '');
}

async function openModal(h: Harness): Promise<void> {
  await ready(h);
  await h.runCommand('interview-prep:plan-my-loop');
  await h.page.waitForSelector('.ip-loop-plan-modal textarea');
}

async function written(h: Harness, path: string): Promise<string> {
  await h.page.waitForFunction((p) => window.ipHarness.read(p).then((t) => t !== null), path);
  return (await h.read(path)) ?? '';
}

const plan = whenBuilt('interview-prep:plan-my-loop', 'loop plan (issue 16)');

plan('typed interviewers: one story each, linked, with the Result numbers; light theme', async () => {
  await withHarness(browser(), {}, async (h) => {
    await openModal(h);
    await h.page.fill('.ip-loop-plan-modal textarea', 'Alex: Customer Obsession, Ownership\nSam: Dive Deep, Bias for Action');
    await h.screenshot('loop-plan-modal-light');
    await h.page.click('.ip-loop-plan-modal button.mod-cta');
    const note = await written(h, FIRST);
    expect(note).toContain('## Alex\n\n### Customer Obsession\n');
    expect(note).toContain('## Sam\n\n### Dive Deep\n');
    const mains = [...note.matchAll(/- \*\*Story:\*\* \[\[[^|\]]+\|([^\]]+)\]\]/g)].map((m) => m[1]);
    expect(mains.length).toBeGreaterThan(0);
    expect(new Set(mains).size).toBe(mains.length);
    expect(note).toMatch(/- \*\*Key numbers:\*\* \S/);
    expect(await h.notices()).toContain(`Loop plan written to ${FIRST}.`);
    await h.renderNote(FIRST);
    await h.screenshot('loop-plan-note-light');
  });
});

plan('proposed loop: the same plan as `obsidian-interview-prep plan --json`; re-run writes a new note; dark theme', async () => {
  const expected = cliPlan();
  await withHarness(browser(), { theme: 'dark' }, async (h) => {
    await openModal(h);
    await h.screenshot('loop-plan-modal-dark');
    await h.page.click('.ip-loop-plan-modal button:not(.mod-cta)');
    const note = await written(h, FIRST);
    for (const iv of expected.interviewers) {
      expect(note).toContain(`## ${iv.name}\n`);
      for (const p of iv.principles) {
        const section = note.slice(note.indexOf(`### ${p.name}\n`));
        const body = section.slice(0, section.indexOf('\n### ') > 0 ? section.indexOf('\n### ') : undefined);
        if (p.story) expect(body).toContain(`|${p.story.title}]]`);
        else expect(body).toContain('- **Story:** none');
        if (p.backup) expect(body).toContain(`- **Backup:** [[`);
      }
    }
    await h.renderNote(FIRST);
    await h.screenshot('loop-plan-note-dark');
    await openModal(h);
    await h.page.click('.ip-loop-plan-modal button:not(.mod-cta)');
    expect(await written(h, SECOND)).toBe(note);
    expect(await h.read(FIRST)).toBe(note);
  });
});

plan('phone (390×844): the modal fits, an unknown principle is named and nothing is written', async () => {
  await withHarness(browser(), { viewport: { width: 390, height: 844 }, mobile: true }, async (h) => {
    await openModal(h);
    await h.page.fill('.ip-loop-plan-modal textarea', 'Alex: Customer Obsession, Lunch');
    await h.page.click('.ip-loop-plan-modal button.mod-cta');
    await h.page.waitForSelector('.ip-loop-plan-problem:not(:empty)');
    expect(await h.page.textContent('.ip-loop-plan-problem')).toBe('Not a principle of amazon: "Lunch" (line 1).');
    const width = await h.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await h.screenshot('loop-plan-modal-phone');
    expect(await h.read(FIRST)).toBeNull();
  });
});
