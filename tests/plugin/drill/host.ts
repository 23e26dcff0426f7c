// A fake plugin host for drill tests: the mock App, default settings, the orbit vault's snapshot,
// a clock the test moves by hand and a seeded random source.
import { App, Component, installObsidianDom, TFile } from '../../__mocks__/obsidian';
import type { Command } from 'obsidian';
import { mulberry32 } from '../../../src/core/drill/random';
import type { IndexSnapshot } from '../../../src/core/model';
import type { DrillHost } from '../../../src/plugin/drill/host';
import type { SettingsSection } from '../../../src/plugin/settings-tab/rows';
import { DEFAULT_SETTINGS, type PluginSettings } from '../../../src/plugin/settings';
import { orbitSnapshot } from '../../core/drill/fixture';

export interface TestHost extends DrillHost {
  commands: Command[];
  sections: SettingsSection[];
  component: Component;
  /** Moves the clock forward. */
  advance(seconds: number): void;
  settings: PluginSettings;
}

export function makeHost(snapshot: IndexSnapshot = orbitSnapshot(), start = new Date(2026, 10, 22, 9, 30)): TestHost {
  installObsidianDom();
  const app = new App();
  for (const s of snapshot.stories) if (!app.vault.getAbstractFileByPath(s.path)) app.vault.seed(s.path, `# ${s.title}\n`);
  let t = start.getTime();
  const component = new Component();
  component.load();
  const host: TestHost = {
    app: app as unknown as DrillHost['app'],
    settings: { ...DEFAULT_SETTINGS, interviewDates: {} },
    index: { snapshot: () => snapshot, isReady: true },
    currentSetId: null,
    commands: [],
    sections: [],
    component,
    addCommand(c) {
      host.commands.push(c);
      return c;
    },
    registerInterval: (id) => component.registerInterval(id),
    async updateSettings(patch) {
      host.settings = { ...host.settings, ...patch };
    },
    addSettingsSection(section) {
      host.sections.push(section);
    },
    drillClock: () => new Date(t),
    drillRng: mulberry32(7),
    advance(seconds) {
      t += seconds * 1000;
    },
  };
  return host;
}

export function mockApp(host: DrillHost): App {
  return host.app as unknown as App;
}

export function logText(host: DrillHost): string | undefined {
  return mockApp(host).vault.textOf(host.settings.drillLogPath);
}

export function isFile(host: DrillHost, path: string): boolean {
  return mockApp(host).vault.getAbstractFileByPath(path) instanceof TFile;
}

export function pressKey(key: string): void {
  document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}

export function buttons(root: HTMLElement, text: string | RegExp): HTMLButtonElement[] {
  return [...root.querySelectorAll('button')].filter((b) => (typeof text === 'string' ? b.textContent === text : text.test(b.textContent ?? '')));
}

export function click(root: HTMLElement, text: string | RegExp): void {
  const [b] = buttons(root, text);
  if (!b) throw new Error(`no button ${String(text)} in: ${root.textContent}`);
  b.click();
}
