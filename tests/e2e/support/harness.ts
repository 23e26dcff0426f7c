// Node side of the browser tests: launches Debian's Chromium through playwright-core, serves the harness
// page from an in-process route (no server, no network: every other request is aborted and recorded),
// boots the built plugin in it and offers the few helpers the scenarios share.
import { mkdirSync } from 'fs';
import { readFile } from 'fs/promises';
import { join, relative, resolve } from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { BootOptions, OpenedFile } from '../harness/api';
import { loadAssets } from './assets';
import { CHROMIUM, DEMO_VAULT, SCREENS_DIR } from './paths';
import { readVaultFolder, type VaultFiles } from './vault-fixture';

const ORIGIN = 'http://obsidian.test';

/**
 * playwright-core's launch() gives every browser a fresh temporary --user-data-dir of its own.
 * `extraArgs`: switches one scenario file needs (e.g. FAKE_MICROPHONE), added after the shared ones.
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * A microphone without a microphone: Chromium's fake capture device (a beeping tone) granted without
 * a prompt. getUserMedia needs a secure context, which the harness's http origin is not, so that
 * origin is treated as one; and the page may play audio without a click.
 */
export const FAKE_MICROPHONE: readonly string[] = [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--unsafely-treat-insecure-origin-as-secure=${ORIGIN}`,
  '--autoplay-policy=no-user-gesture-required',
];

export interface OpenOptions {
  /** Vault files; the demo vault when omitted. */
  vault?: VaultFiles;
  theme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** A phone: touch events and a mobile user agent flag. */
  mobile?: boolean;
  /** What loadData() returns. */
  data?: Record<string, unknown> | null;
  /** The page's wall clock at start (Playwright's clock; time flows from there); null for the real clock. */
  now?: string | null;
  /** Plugin code to load instead of the built main.js (harness self-tests only). */
  mainJs?: string;
  /** Seed of the page's Math.random (drills draw with it), so a run is repeatable; default 42. */
  seed?: number;
  /** Generate a vault of this size in the page instead of `vault`. */
  generate?: { stories: number; principles: number };
  /**
   * A folder on disk holding `vault`'s files: the page then reads every note body from it through
   * the harness origin (`/vault/<path>`, read with fs.promises.readFile per request), as Obsidian
   * reads a body from disk; `vault` only fills the metadata cache.
   */
  vaultDir?: string;
  /** The vault's options (Obsidian's .obsidian/app.json), e.g. `attachmentFolderPath`. */
  config?: Record<string, unknown>;
}

let demoVault: VaultFiles | null = null;
export function demoVaultFiles(): VaultFiles {
  demoVault ??= readVaultFolder(DEMO_VAULT);
  return { ...demoVault };
}

export class Harness {
  /** Page errors and console errors: a scenario ends by asserting this is empty. */
  readonly errors: string[] = [];
  /** Requests the page tried to make outside the harness origin (must stay empty). */
  readonly blockedRequests: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, options: OpenOptions = {}): Promise<Harness> {
    const assets = await loadAssets();
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      isMobile: options.mobile ?? false,
      hasTouch: options.mobile ?? false,
      locale: 'en-US',
      timezoneId: 'UTC',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const harness = new Harness(context, page);
    page.on('pageerror', (error) => harness.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') harness.errors.push(`console.error: ${message.text()}`);
    });
    const theme = options.theme ?? 'light';
    const pages: Record<string, { body: string; type: string }> = {
      '/': { body: pageHtml(theme), type: 'text/html' },
      '/theme.css': { body: assets.themeCss, type: 'text/css' },
      '/styles.css': { body: assets.stylesCss, type: 'text/css' },
      '/harness.js': { body: assets.harnessJs, type: 'text/javascript' },
      // main.js unchanged, wrapped as Obsidian wraps a plugin's code: a function of require, module, exports.
      '/plugin.js': {
        body: `window.ipPluginModule = function (require, module, exports) {\n${options.mainJs ?? assets.mainJs}\n};\n`,
        type: 'text/javascript',
      },
    };
    const vaultDir = options.vaultDir;
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (vaultDir && url.origin === ORIGIN && url.pathname.startsWith('/vault/')) return route.fulfill(await bodyFrom(vaultDir, url.pathname));
      const served = url.origin === ORIGIN ? pages[url.pathname] : undefined;
      if (served) return route.fulfill({ body: served.body, contentType: `${served.type}; charset=utf-8` });
      harness.blockedRequests.push(route.request().url());
      return route.abort();
    });
    // A seeded Math.random (mulberry32): the same drills and mock loops on every run.
    await page.addInitScript((seed: number) => {
      let a = seed >>> 0;
      Math.random = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }, options.seed ?? 42);
    if (options.now !== null) await page.clock.install({ time: new Date(options.now ?? '2026-11-20T09:00:00Z') });
    await page.goto(`${ORIGIN}/`);
    const boot: BootOptions = {
      files: options.vault ?? demoVaultFiles(),
      data: options.data ?? null,
      manifest: assets.manifest,
      mobile: options.mobile ?? false,
      generate: options.generate,
      bodiesFromDisk: vaultDir !== undefined,
      config: options.config,
    };
    await page.evaluate((b) => window.ipHarness.boot(b), boot);
    return harness;
  }

  commandIds(): Promise<string[]> {
    return this.page.evaluate(() => window.ipHarness.commandIds());
  }

  async runCommand(id: string): Promise<void> {
    const ran = await this.page.evaluate((i) => window.ipHarness.runCommand(i), id);
    if (!ran) throw new Error(`command ${id} is not available`);
  }

  openedFiles(): Promise<OpenedFile[]> {
    return this.page.evaluate(() => window.ipHarness.openedFiles());
  }

  read(path: string): Promise<string | null> {
    return this.page.evaluate((p) => window.ipHarness.read(p), path);
  }

  cachedRead(path: string): Promise<string> {
    return this.page.evaluate((p) => window.ipHarness.cachedRead(p), path);
  }

  modify(path: string, text: string): Promise<void> {
    return this.page.evaluate(([p, t]) => window.ipHarness.modify(p, t), [path, text] as const);
  }

  create(path: string, text: string): Promise<void> {
    return this.page.evaluate(([p, t]) => window.ipHarness.create(p, t), [path, text] as const);
  }

  rename(from: string, to: string): Promise<void> {
    return this.page.evaluate(([f, t]) => window.ipHarness.rename(f, t), [from, to] as const);
  }

  remove(path: string): Promise<void> {
    return this.page.evaluate((p) => window.ipHarness.remove(p), path);
  }

  renderNote(path: string): Promise<void> {
    return this.page.evaluate((p) => window.ipHarness.renderNote(p), path);
  }

  async fileMenu(path: string): Promise<void> {
    await this.page.evaluate((p) => window.ipHarness.fileMenu(p), path);
  }

  /** Size in bytes of a binary file in the vault (a recording), or null. */
  fileSize(path: string): Promise<number | null> {
    return this.page.evaluate((p) => window.ipHarness.fileSize(p), path);
  }

  notices(): Promise<string[]> {
    return this.page.evaluate(() => window.ipHarness.notices());
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENS_DIR, { recursive: true });
    const path = join(SCREENS_DIR, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

/** A note body for `/vault/<path>`: the file's bytes from disk, or a 404 (also for a path outside the folder). */
async function bodyFrom(dir: string, pathname: string): Promise<{ status: number; body: string | Buffer; contentType: string }> {
  const root = resolve(dir);
  const file = resolve(root, ...pathname.slice('/vault/'.length).split('/').map(decodeURIComponent));
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..')) return { status: 404, body: '', contentType: 'text/plain' };
  try {
    return { status: 200, body: await readFile(file), contentType: 'text/markdown; charset=utf-8' };
  } catch {
    return { status: 404, body: '', contentType: 'text/plain' };
  }
}

function pageHtml(theme: 'light' | 'dark'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Interview Prep e2e harness</title>
<link rel="stylesheet" href="/theme.css">
<link rel="stylesheet" href="/styles.css">
</head>
<body class="theme-${theme} is-focused">
<div class="app-container">
  <div class="horizontal-main-container">
    <div class="workspace-ribbon side-dock-ribbon mod-left"></div>
    <div class="workspace"></div>
  </div>
  <div class="status-bar"></div>
</div>
<script src="/harness.js"></script>
</body>
</html>`;
}
