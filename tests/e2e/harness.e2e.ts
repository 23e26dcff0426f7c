// The harness itself, with a tiny probe plugin: if these fail, the scenario failures mean nothing.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { Harness, launchChromium } from './support/harness';

const probe = readFileSync(join(__dirname, 'fixtures/probe-plugin.cjs'), 'utf8');
const vault = {
  'Set.md': '# Set\n\n### First\nOne.\n\n### Second\nTwo.\n',
  'Embed.md': 'Before the block.\n\n```probe\nhello block\n```\n\nAfter <b>the</b> block.\n',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

test('loads a CommonJS plugin where only obsidian resolves, and runs its commands', async () => {
  const h = await Harness.open(browser, { vault, mainJs: probe });
  expect(await h.commandIds()).toEqual(['interview-prep:never', 'interview-prep:open', 'interview-prep:pick']);
  expect(await h.page.evaluate(() => window.ipHarness.pluginField('requireError'))).toContain("Cannot find module 'gray-matter'");
  await expect(h.runCommand('interview-prep:never')).rejects.toThrow('not available');
  await h.runCommand('interview-prep:open');
  await h.page.waitForSelector('.probe-title');
  expect(await h.page.textContent('.status-bar')).toContain('Probe ready');
  expect(await h.page.textContent('.probe-platform')).toBe('desktop');
  await h.page.click('.probe-link');
  expect(await h.openedFiles()).toEqual([{ path: 'Set.md', line: 5 }]);
  expect(await h.page.textContent('.ip-harness-line.is-target')).toBe('### Second');
  await h.screenshot('harness-view');
  expect(h.errors).toEqual([]);
  expect(h.blockedRequests).toEqual([]);
  await h.close();
});

test('suggest modals answer typing, arrows, Enter and clicks; Escape closes a modal; notices show', async () => {
  const h = await Harness.open(browser, { vault, mainJs: probe });
  await h.runCommand('interview-prep:pick');
  await h.page.keyboard.type('a');
  await h.page.keyboard.press('ArrowDown');
  await h.page.keyboard.press('ArrowDown');
  expect(await h.page.textContent('.suggestion-item.is-selected')).toBe('gamma');
  await h.screenshot('harness-suggest');
  await h.page.keyboard.press('Enter');
  expect(await h.notices()).toEqual(['Picked gamma']);
  expect(await h.page.textContent('.notice-container')).toContain('Picked gamma');
  await h.runCommand('interview-prep:pick');
  await h.page.click('.suggestion-item >> text=beta');
  expect(await h.notices()).toEqual(['Picked gamma', 'Picked beta']);
  await h.runCommand('interview-prep:pick');
  await h.page.keyboard.press('Escape');
  expect(await h.page.locator('.modal-container').count()).toBe(0);
  expect(h.errors).toEqual([]);
  await h.close();
});

test('the reading view runs code block processors and shows other text literally; phones report mobile', async () => {
  const h = await Harness.open(browser, { vault, mainJs: probe, mobile: true, viewport: { width: 390, height: 844 } });
  await h.page.evaluate(() => window.ipHarness.renderNote('Embed.md'));
  expect(await h.page.textContent('.probe-block')).toBe('HELLO BLOCK');
  expect(await h.page.locator('.ip-harness-note b').count()).toBe(0);
  expect(await h.page.textContent('.ip-harness-note')).toContain('After <b>the</b> block.');
  await h.runCommand('interview-prep:open');
  expect(await h.page.textContent('.probe-platform')).toBe('mobile');
  expect(h.errors).toEqual([]);
  await h.close();
});

test('with a vault folder, the plugin reads note bodies from disk; a note the vault wrote is read from memory', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ip-harness-vault-'));
  try {
    // The disk holds a newer body than the metadata's text: a read that went to memory would show the old one.
    mkdirSync(join(dir, 'Sub folder'));
    writeFileSync(join(dir, 'Set.md'), '# Set\n\n### First\nOne, from disk.\n');
    writeFileSync(join(dir, 'Sub folder', 'Ünïcode #1.md'), 'Read through the origin.\n');
    const h = await Harness.open(browser, { vault: { ...vault, 'Sub folder/Ünïcode #1.md': 'in memory' }, vaultDir: dir, mainJs: probe });
    expect(await h.cachedRead('Set.md')).toBe('# Set\n\n### First\nOne, from disk.\n');
    expect(await h.cachedRead('Sub folder/Ünïcode #1.md')).toBe('Read through the origin.\n');
    await expect(h.cachedRead('Embed.md')).rejects.toThrow('ENOENT: Embed.md');
    await h.modify('Set.md', '# Set\n\nEdited in the app.\n');
    expect(await h.cachedRead('Set.md')).toBe('# Set\n\nEdited in the app.\n');
    expect(await h.page.evaluate(() => window.ipHarness.readPaths())).toEqual(['Set.md', 'Sub folder/Ünïcode #1.md', 'Embed.md', 'Set.md']);
    expect(h.errors.filter((e) => !e.includes('404'))).toEqual([]);
    expect(h.blockedRequests).toEqual([]);
    await h.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
