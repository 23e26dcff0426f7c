// Recording spoken answers with Chromium's fake microphone (a tone, granted without a prompt): turn
// the setting on in the settings tab, record a few seconds, stop, rate, and find the file in the
// attachment folder, its link in the drill log (read back by the CLI's history), and a player in the
// summary that plays it. Closing while recording releases the microphone; a denied one gives a notice.
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { parseLog } from '../../src/core/drill/log-format';
import { FAKE_MICROPHONE, type Harness } from './support/harness';
import { REPO_ROOT } from './support/paths';
import { useBrowser, whenBuilt, withHarness } from './support/scenario';

const browser = useBrowser(FAKE_MICROPHONE);
const it = whenBuilt('Record spoken answers', 'recording spoken answers (issue 16)');
const LOG = 'Interview Prep/Drill log.md';
const ATTACHMENTS = 'Attachments';

async function ready(h: Harness): Promise<void> {
  await h.page.waitForFunction(() => (document.querySelector('.status-bar')?.textContent ?? '').trim() !== '');
}

/** Wraps getUserMedia so the test can see every stream the plugin was given (and whether its tracks ended). */
async function watchStreams(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { ipStreams: MediaStream[] };
    w.ipStreams = [];
    const media = navigator.mediaDevices;
    const original = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      w.ipStreams.push(stream);
      return stream;
    };
  });
}

const liveTracks = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { ipStreams: MediaStream[] }).ipStreams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length);

/** Starts a random drill, records for `ms` of real time, stops with the key r and rates Good. */
async function recordOne(h: Harness, ms: number, screenshot?: string): Promise<void> {
  await h.runCommand('interview-prep:start-random-drill');
  await h.page.waitForSelector('.ip-drill-modal .ip-drill-record-button');
  expect(await h.page.locator('.ip-drill-record-button').innerText()).toBe('Record answer');
  await h.page.click('.ip-drill-record-button');
  await h.page.waitForSelector('.ip-drill-record.is-recording');
  expect(await h.page.locator('.ip-drill-record-button').innerText()).toBe('Stop recording');
  await h.page.waitForTimeout(ms);
  await h.page.waitForFunction(() => /^Recording 0:0[1-9]$/.test(document.querySelector('.ip-drill-record-status')?.textContent ?? ''));
  if (screenshot) await h.screenshot(screenshot);
  await h.page.keyboard.press('r');
  await h.page.waitForFunction(() => (document.querySelector('.ip-drill-record-status')?.textContent ?? '').startsWith('Recorded '));
  await h.page.keyboard.press('3');
}

/** The log's one attempt, once written (the recording is saved first). */
async function loggedAttempt(h: Harness) {
  await h.page.waitForFunction((p) => window.ipHarness.read(p).then((t) => t !== null), LOG);
  const log = parseLog((await h.read(LOG)) ?? '');
  expect(log.malformed).toEqual([]);
  expect(log.attempts).toHaveLength(1);
  return log.attempts[0];
}

/** The summary's player: its metadata loads, it has a length, and it plays. */
async function playsBack(page: Page): Promise<{ readyState: number; duration: number; played: number }> {
  await page.waitForSelector('.ip-drill-recordings audio');
  await page.waitForFunction(() => (document.querySelector('.ip-drill-recordings audio') as HTMLAudioElement).readyState >= 1);
  // The player knows the length (MediaRecorder's WebM has none in its header: the plugin makes the player find it).
  await page.waitForFunction(() => {
    const audio = document.querySelector('.ip-drill-recordings audio') as HTMLAudioElement;
    return Number.isFinite(audio.duration) && audio.currentTime === 0;
  });
  return page.evaluate(async () => {
    const audio = document.querySelector('.ip-drill-recordings audio') as HTMLAudioElement;
    await audio.play();
    await new Promise<void>((resolve) => {
      const done = () => resolve();
      audio.addEventListener('timeupdate', () => audio.currentTime > 0.2 && done());
      audio.addEventListener('ended', done);
    });
    audio.pause();
    return { readyState: audio.readyState, duration: audio.duration, played: audio.currentTime };
  });
}

it('records an answer: saved in the attachment folder, linked from the log, played back in the summary', async () => {
  await withHarness(browser(), { config: { attachmentFolderPath: ATTACHMENTS } }, async (h) => {
    await ready(h);
    // Off by default; on from the settings tab's Drills section.
    await h.page.evaluate(() => window.ipHarness.openSettings());
    const row = h.page.locator('.mod-settings .setting-item', { has: h.page.locator('.setting-item-name', { hasText: 'Record spoken answers' }) });
    expect(await row.locator('.checkbox-container.is-enabled').count()).toBe(0);
    await row.locator('.checkbox-container').click();
    expect(await h.page.evaluate(() => window.ipHarness.savedData())).toMatchObject({ recordAnswers: true });
    await h.page.locator('.modal-container.mod-settings > .modal-bg').click({ position: { x: 5, y: 5 } });

    await watchStreams(h.page);
    await recordOne(h, 2500, 'recording-light');
    await h.page.locator('.ip-drill-modal .ip-drill-nav button', { hasText: 'Finish now' }).click();
    expect(await liveTracks(h.page)).toBe(0);

    const attempt = await loggedAttempt(h);
    expect(attempt.recording).toMatch(/^Attachments\/Drill 2026-11-20 \d{4} .+\.webm$/);
    // The log's seconds are the recording's length (about 2.5 s of speaking), not the time on screen.
    expect(attempt.seconds).toBeGreaterThanOrEqual(2);
    expect(attempt.seconds).toBeLessThanOrEqual(4);
    const size = await h.fileSize(attempt.recording as string);
    expect(size).toBeGreaterThan(1000);
    expect(await h.read(attempt.recording as string)).toBeNull(); // a binary file, not a note
    expect(await h.read(LOG)).toContain(`| recording: [[${attempt.recording}]] |`);

    const summary = await h.page.locator('.ip-drill-recordings').innerText();
    expect(summary).toContain(attempt.recording);
    const played = await playsBack(h.page);
    expect(played.readyState).toBeGreaterThanOrEqual(1);
    // The player's length is the recording's (about 2.5 s).
    expect(played.duration).toBeGreaterThan(1.5);
    expect(played.duration).toBeLessThan(5);
    expect(played.played).toBeGreaterThan(0);
    await h.screenshot('recording-summary-light');
  });
});

it('dark theme: the summary with its player; the CLI history reads the link the plugin wrote', async () => {
  await withHarness(browser(), { theme: 'dark', data: { recordAnswers: true } }, async (h) => {
    await ready(h);
    await recordOne(h, 1500, 'recording-dark');
    await h.page.click('.ip-drill-modal .ip-drill-nav button.mod-cta');
    const attempt = await loggedAttempt(h);
    // Obsidian's default attachment location: the vault's root.
    expect(attempt.recording).toMatch(/^Drill 2026-11-20 \d{4} .+\.webm$/);
    while ((await h.page.locator('.ip-drill-summary').count()) === 0) await h.page.click('.ip-drill-modal .ip-drill-nav button.mod-cta');
    await playsBack(h.page);
    await h.screenshot('recording-summary-dark');

    const root = mkdtempSync(join(tmpdir(), 'ip-recording-'));
    try {
      mkdirSync(join(root, 'Interview Prep'));
      writeFileSync(join(root, LOG), (await h.read(LOG)) ?? '');
      const history = JSON.parse(execFileSync(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), 'history', root, '--json'], { encoding: 'utf8' })) as {
        malformed: unknown[];
        questions: { id: string; recordings: string[] }[];
      };
      expect(history.malformed).toEqual([]);
      expect(history.questions).toEqual([expect.objectContaining({ id: attempt.questionId, recordings: [attempt.recording] })]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

it('phone: large record button; closing while recording releases the microphone and keeps nothing unrated', async () => {
  await withHarness(browser(), { viewport: { width: 390, height: 844 }, mobile: true, data: { recordAnswers: true } }, async (h) => {
    await ready(h);
    await watchStreams(h.page);
    await h.runCommand('interview-prep:start-random-drill');
    await h.page.keyboard.press('r');
    await h.page.waitForSelector('.ip-drill-record.is-recording');
    await h.page.waitForTimeout(1200);
    await h.screenshot('recording-phone');
    const box = await h.page.locator('.ip-drill-record-button').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await liveTracks(h.page)).toBe(1);
    await h.page.keyboard.press('Escape');
    expect(await h.page.locator('.modal-container').count()).toBe(0);
    await h.page.waitForFunction(() => (window as unknown as { ipStreams: MediaStream[] }).ipStreams.every((s) => s.getTracks().every((t) => t.readyState === 'ended')));
    expect(await liveTracks(h.page)).toBe(0);
    expect(await h.read(LOG)).toBeNull();
  });
});

it('a denied microphone: a notice says so and the drill goes on without recording', async () => {
  await withHarness(browser(), { data: { recordAnswers: true } }, async (h) => {
    await ready(h);
    await h.page.evaluate(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await h.runCommand('interview-prep:start-random-drill');
    await h.page.click('.ip-drill-record-button');
    await h.page.waitForSelector('.ip-drill-record-status', { state: 'attached' });
    await h.page.waitForFunction(() => document.querySelector('.ip-drill-record-button') === null);
    expect(await h.notices()).toContain(
      'Microphone access was denied, so this drill goes on without recording. Allow the microphone for Obsidian in your system settings to record answers.',
    );
    await h.screenshot('recording-denied');
    await h.page.keyboard.press('2');
    await h.page.click('.ip-drill-modal .ip-drill-nav button.mod-cta');
    const attempt = await loggedAttempt(h);
    expect(attempt.rating).toBe('hard');
    expect(attempt.recording).toBeUndefined();
  });
});
