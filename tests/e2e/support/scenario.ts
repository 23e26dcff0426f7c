// Shared scenario plumbing: one Chromium per test file, a harness per test, and scenarios that fail,
// naming what is missing, when the built plugin lacks the command they drive.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { Harness, launchChromium, type OpenOptions } from './harness';
import { REPO_ROOT } from './paths';

/** `extraArgs`: Chromium switches this file's scenarios need (e.g. FAKE_MICROPHONE). */
export function useBrowser(extraArgs: readonly string[] = []): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchChromium(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not started');
    return browser;
  };
}

/** Opens a harness, runs the scenario, and always checks the page stayed clean (no errors, no network). */
export async function withHarness(browser: Browser, options: OpenOptions, run: (h: Harness) => Promise<void>): Promise<void> {
  const h = await Harness.open(browser, options);
  try {
    await run(h);
    expect(h.errors).toEqual([]);
    expect(h.blockedRequests).toEqual([]);
  } finally {
    await h.close();
  }
}

const builtPlugin = (): string => {
  const path = join(REPO_ROOT, 'main.js');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};

/**
 * `test` when the built plugin has `marker`: a command id (`interview-prep:x`, found as `'x'` in
 * main.js, since Obsidian adds the prefix) or any other string. Otherwise each scenario fails with
 * the reason: a renamed or removed command must not turn its scenarios into skips that pass a run.
 */
export function whenBuilt(marker: string, feature: string): jest.It {
  const needle = marker.startsWith('interview-prep:') ? marker.slice('interview-prep:'.length) : marker;
  if (builtPlugin().includes(`"${needle}"`) || builtPlugin().includes(`'${needle}'`)) return test;
  const failing = ((name: string, _fn?: jest.ProvidesCallback, timeout?: number) =>
    test(
      name,
      () => {
        throw new Error(`${feature}: main.js has no "${marker}" (renamed or removed? run npm run build first)`);
      },
      timeout,
    )) as unknown as jest.It;
  return failing;
}
