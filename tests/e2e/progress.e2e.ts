// Progress on the dashboard, drawn from a drill log over the last weeks: due counts, the countdown,
// a practice calendar and rating trends as SVG, in light, dark and on a phone. The figures must be
// the ones `obsidian-interview-prep history --json` prints for the same folder (the real clock on both sides).
import { execFileSync } from 'child_process';
import { format } from 'date-fns';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { formatAttempt } from '../../src/core/drill/log-format';
import { RATINGS } from '../../src/core/drill/types';
import { cliIndex } from './support/cli-oracle';
import { demoVaultFiles, type Harness } from './support/harness';
import { DEMO_VAULT, REPO_ROOT } from './support/paths';
import { useBrowser, whenBuilt, withHarness } from './support/scenario';

const browser = useBrowser();
const OPEN = 'interview-prep:open-coverage-dashboard';
const it = whenBuilt('ip-progress-calendar', 'dashboard progress (issue 16)');
const LOG = 'Interview Prep/Drill log.md';

interface CliProgress {
  set: string;
  calendar: { date: string; attempts: number }[];
  dueToday: number;
  dueTomorrow: number;
  activeDays: number;
  trends: { principle: string; scores: number[] }[];
  interview: { date: string; daysLeft: number } | null;
}

let files: Record<string, string>;
let data: Record<string, unknown>;
let progress: CliProgress;
let names: Map<string, string>;
const root = mkdtempSync(join(tmpdir(), 'ip-progress-'));

beforeAll(() => {
  const index = cliIndex(DEMO_VAULT);
  names = new Map(index.principles.map((p) => [p.id, p.name]));
  const questions = index.questions.filter((q) => q.principles.some((r) => r.id.startsWith('amazon/')));
  const now = new Date();
  const lines: string[] = [];
  // Three weeks of practice: most days, a few questions, ratings improving over time.
  for (let back = 20; back >= 1; back--) {
    if (back % 4 === 0) continue;
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 8, 0);
    for (let k = 0; k < 1 + (back % 3); k++) {
      const q = questions[(back * 3 + k) % questions.length];
      const rating = RATINGS[Math.min(3, Math.floor((20 - back) / 6) + (k % 2))];
      lines.push(formatAttempt({ at: new Date(at.getTime() + k * 600_000), questionId: q.id, text: q.text, principles: q.principles.map((r) => r.id), rating, seconds: 100, story: null }));
    }
  }
  const interview = format(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 6), 'yyyy-MM-dd');
  data = { interviewDates: { amazon: interview } };
  files = { ...demoVaultFiles(), [LOG]: `# Drill log\n\n${lines.join('\n')}\n` };
  for (const [path, text] of Object.entries({ ...files, '.vaultconfig/plugins/interview-prep/data.json': JSON.stringify(data) })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const history = JSON.parse(execFileSync(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), 'history', root, '--json'], { encoding: 'utf8' })) as { progress: CliProgress[] };
  progress = history.progress.find((p) => p.set === 'amazon')!;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function openProgress(h: Harness): Promise<void> {
  await h.runCommand(OPEN);
  await h.page.waitForSelector('.ip-progress-calendar rect');
  await h.page.evaluate(() => document.querySelector('.ip-progress-panel')?.scrollIntoView());
}

async function checkAgainstCli(h: Harness): Promise<void> {
  const tiles = await h.page.locator('.ip-progress-tile').allInnerTexts();
  expect(tiles.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
    `${progress.dueToday} due today`,
    `${progress.dueTomorrow} due tomorrow`,
    `${progress.activeDays} days practised`,
    `${progress.interview!.daysLeft} days to the interview`,
  ]);
  const cells = await h.page.$$eval('.ip-progress-calendar rect', (rs) => rs.map((r) => [r.getAttribute('data-date'), Number(r.getAttribute('data-attempts')), r.namespaceURI]));
  expect(cells.map(([d, n]) => [d, n])).toEqual(progress.calendar.map((d) => [d.date, d.attempts]));
  expect(cells.every((c) => c[2] === 'http://www.w3.org/2000/svg')).toBe(true);
  const trends = await h.page.locator('.ip-progress-trend-name').allInnerTexts();
  expect(trends).toEqual(progress.trends.map((t) => names.get(t.principle) ?? t.principle));
  const labels = await h.page.$$eval('.ip-progress-sparkline', (ss) => ss.map((s) => s.getAttribute('aria-label')));
  expect(labels).toEqual(progress.trends.map((t) => `${names.get(t.principle)}: last ${t.scores.length} ratings, average ${(t.scores.reduce((a, b) => a + b, 0) / t.scores.length).toFixed(1)}`));
}

it('light theme: due counts, countdown, calendar and trends are the CLI history figures', async () => {
  expect(progress.activeDays).toBeGreaterThan(10);
  await withHarness(browser(), { vault: files, data, now: null }, async (h) => {
    await openProgress(h);
    await checkAgainstCli(h);
    // Drilled days are filled with the accent colour, empty days are not.
    const fills = await h.page.$$eval('.ip-progress-calendar rect', (rs) => rs.map((r) => [r.getAttribute('data-attempts'), getComputedStyle(r).fill]));
    const busy = fills.filter(([n]) => n !== '0').map(([, f]) => f);
    const idle = fills.filter(([n]) => n === '0').map(([, f]) => f);
    expect(new Set(busy).size).toBe(1);
    expect(busy[0]).not.toBe(idle[0]);
    await h.page.locator('.ip-progress-panel').screenshot({ path: join(REPO_ROOT, 'test-results/screens/progress-light-panel.png') });
    await h.screenshot('progress-light');
  });
});

it('dark theme: the same figures on a dark background', async () => {
  await withHarness(browser(), { vault: files, data, now: null, theme: 'dark' }, async (h) => {
    await openProgress(h);
    await checkAgainstCli(h);
    await h.screenshot('progress-dark');
  });
});

it('phone (390×844): the calendar scales to the screen and nothing scrolls sideways', async () => {
  await withHarness(browser(), { vault: files, data, now: null, viewport: { width: 390, height: 844 }, mobile: true }, async (h) => {
    await openProgress(h);
    const box = await h.page.locator('.ip-progress-calendar').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(box!.width).toBeGreaterThan(200);
    expect(await h.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await h.screenshot('progress-phone');
  });
});
