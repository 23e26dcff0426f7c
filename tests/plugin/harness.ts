// Test harness for the plugin: a mock App with notes, the plugin loaded into it, and helpers to
// wait for the index. DOM tests call installObsidianDom() (done here on import when a DOM exists).
import * as fs from 'fs';
import * as path from 'path';
import { setTimeout as sleep } from 'timers/promises';
import type { App as ObsidianApp, PluginManifest } from 'obsidian';
import { App, installObsidianDom } from '../__mocks__/obsidian';
import InterviewPrepPlugin from '../../src/plugin/main';
import type { PluginSettings } from '../../src/plugin/settings';

if (typeof document !== 'undefined') installObsidianDom();

export const MANIFEST: PluginManifest = {
  id: 'interview-prep',
  name: 'Interview Prep',
  version: '0.1.0',
  minAppVersion: '1.7.2',
  description: 'Test',
  author: 'Test',
  isDesktopOnly: false,
};

/** A mock app whose vault holds `files` (path → text) as at startup: cached, no events. */
export function makeApp(files: Record<string, string> = {}): App {
  const app = new App();
  for (const [p, text] of Object.entries(files)) app.vault.seed(p, text);
  return app;
}

/** Every file under `dir`, skipping dot folders as Obsidian does (.obsidian, .trash). */
export function readFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const p = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(p);
      else out[p] = fs.readFileSync(path.join(dir, p), 'utf8');
    }
  };
  walk('');
  return out;
}

export const DEMO_VAULT = path.join(__dirname, '..', '..', 'examples', 'demo-vault');

/** Lets pending promises and zero-delay timers run. */
export async function settle(ms = 0): Promise<void> {
  await sleep(ms);
}

/**
 * After a write to the vault: Obsidian's metadata cache parses the note a tick later and only then
 * fires `changed` (the mock does the same), which the live index follows; `ms` then covers the
 * index's debounced refresh.
 */
export async function afterVaultChange(app: App, ms = 0): Promise<void> {
  await app.metadataCache.settled();
  await settle(ms);
}

export function asObsidian(app: App): ObsidianApp {
  return app as unknown as ObsidianApp;
}

/** Loads the plugin (as Obsidian does: construct, then load); optional saved settings. */
export async function loadPlugin(app: App, saved?: Partial<PluginSettings>): Promise<InterviewPrepPlugin> {
  const plugin = new InterviewPrepPlugin(asObsidian(app), MANIFEST);
  if (saved) (plugin as unknown as { storedData: unknown }).storedData = saved;
  plugin.load();
  // Plugin.onload is async: wait for loadData to resolve and registrations to finish.
  await settle();
  return plugin;
}

/** Loads the plugin, finishes startup and waits for the first index. */
export async function startPlugin(app: App, saved?: Partial<PluginSettings>): Promise<InterviewPrepPlugin> {
  const plugin = await loadPlugin(app, saved);
  app.setLayoutReady();
  await plugin.index.whenReady();
  return plugin;
}
