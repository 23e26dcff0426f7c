// Shared scenario plumbing: one Chromium per test file, a harness per test, and loud skips for features
// that have not landed (a skipped scenario says why; it never passes silently).
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { Harness, launchChromium, type OpenOptions } from './harness';
import { REPO_ROOT } from './paths';

export function useBrowser(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
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
 * `test`, or a loud skip naming what is missing when the built plugin lacks `marker`: a command id
 * (`interview-prep:x`, found as `'x'` in main.js, since Obsidian adds the prefix) or any other string.
 */
export function whenBuilt(marker: string, feature: string): jest.It {
  const needle = marker.startsWith('interview-prep:') ? marker.slice('interview-prep:'.length) : marker;
  if (builtPlugin().includes(`"${needle}"`) || builtPlugin().includes(`'${needle}'`)) return test;
  const skip = ((name: string, fn?: jest.ProvidesCallback, timeout?: number) =>
    test.skip(`${name} [SKIPPED: ${feature} has not landed — main.js has no "${marker}"]`, fn, timeout)) as unknown as jest.It;
  return skip;
}
