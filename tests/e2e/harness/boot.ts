// The harness page's script (bundled by esbuild as an IIFE): builds an in-memory Obsidian from the shared
// mock (tests/__mocks__/obsidian.ts) plus browser chrome, evaluates the built main.js UNCHANGED with a
// `require` where only `obsidian` resolves, loads the plugin as Obsidian does and exposes `window.ipHarness`.
import * as mock from '../../__mocks__/obsidian';
import type { BootOptions, HarnessApi, OpenedFile, Timeline } from './api';
import { HarnessMenu, installChrome, noticeClass } from './browser-chrome';
import { generateLargeVault } from './large-vault';
import { NotePane } from './note-pane';

mock.installObsidianDom(window);

const workspaceEl = document.querySelector<HTMLElement>('.workspace') ?? document.body;
const statusBarEl = document.querySelector<HTMLElement>('.status-bar') ?? document.body;
const ribbonEl = document.querySelector<HTMLElement>('.side-dock-ribbon') ?? document.body;
const noticeEl = document.body.createDiv({ cls: 'notice-container' });
installChrome({ workspaceEl, statusBarEl, ribbonEl, noticeEl });

let app: mock.App | null = null;
let plugin: mock.Plugin | null = null;
let pane: NotePane | null = null;
const timeline: Timeline = { onloadStart: 0, layoutReady: 0, readsAtLayoutReady: 0, statusBarFilled: null };

function need<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`harness: ${what} before boot()`);
  return value;
}

function fileAt(path: string): mock.TFile {
  const file = need(app, 'file access').vault.getFileByPath(path);
  if (!file) throw new Error(`harness: no file ${path}`);
  return file;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.head.createEl('script', { attr: { src } });
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`harness: could not load ${src}`)));
  });
}

/** A note's body as the Node side serves it from the vault folder on disk. */
async function fetchBody(path: string): Promise<string> {
  // The harness page's own origin stands in for the disk (this is not plugin code, which has no network).
  const response = await window.fetch(`/vault/${path.split('/').map(encodeURIComponent).join('/')}`);
  if (!response.ok) throw new Error(`ENOENT: ${path}`);
  return response.text();
}

async function boot(options: BootOptions): Promise<void> {
  const isPhone = options.mobile === true;
  document.body.classList.toggle('is-mobile', isPhone);
  document.body.classList.toggle('is-phone', isPhone);
  const platform = { ...mock.Platform, isDesktop: !isPhone, isDesktopApp: !isPhone, isMobile: isPhone, isMobileApp: isPhone, isPhone };
  const obsidian: Record<string, unknown> = { ...mock, Notice: noticeClass(noticeEl), Menu: HarnessMenu, Platform: platform };

  app = new mock.App();
  const theApp = app;
  const files = options.generate ? generateLargeVault(options.generate.stories, options.generate.principles) : options.files;
  for (const [path, text] of Object.entries(files)) theApp.vault.seed(path, text);
  if (options.bodiesFromDisk) theApp.vault.bodySource = fetchBody;
  Object.assign(theApp.vault.config, options.config ?? {});
  theApp.workspace.containerEl.classList.add('workspace-split', 'mod-root');
  workspaceEl.appendChild(theApp.workspace.containerEl);
  pane = new NotePane(theApp, theApp.workspace.containerEl);

  // Obsidian evaluates a plugin as a CommonJS module with its own `require`: /plugin.js is main.js wrapped so.
  await loadScript('/plugin.js');
  const factory = window.ipPluginModule;
  if (!factory) throw new Error('harness: /plugin.js did not define the plugin module');
  const module = { exports: {} as Record<string, unknown> };
  const requireShim = (id: string): unknown => {
    if (id === 'obsidian') return obsidian;
    throw new Error(`Cannot find module '${id}' (only 'obsidian' resolves inside Obsidian)`);
  };
  factory(requireShim, module, module.exports);
  const PluginClass = (module.exports.default ?? module.exports) as new (app: mock.App, manifest: mock.PluginManifest) => mock.Plugin;
  plugin = new PluginClass(theApp, options.manifest as unknown as mock.PluginManifest);
  plugin.storedData = options.data;

  // Component.load() calls onload() without awaiting it; Obsidian awaits a plugin's onload.
  const loaded = plugin;
  let onloadDone: unknown = undefined;
  const onload = loaded.onload.bind(loaded);
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Plugin.onload is async; we keep its promise to await it
  loaded.onload = () => {
    onloadDone = onload();
    return onloadDone as Promise<void>;
  };
  timeline.onloadStart = performance.now();
  loaded.load();
  await onloadDone;
  timeline.layoutReady = performance.now();
  timeline.readsAtLayoutReady = theApp.vault.reads.length;
  const watch = (): void => {
    if ((statusBarEl.textContent ?? '').trim() !== '') timeline.statusBarFilled = performance.now();
    else window.requestAnimationFrame(watch);
  };
  window.requestAnimationFrame(watch);
  theApp.setLayoutReady();
}

const api: HarnessApi = {
  boot,
  commandIds: () => Object.keys(need(app, 'commandIds').commands.commands).sort(),
  async runCommand(id) {
    const cmd = need(app, 'runCommand').commands.commands[id];
    if (!cmd) return false;
    if (cmd.checkCallback) {
      if (!cmd.checkCallback(true)) return false;
      cmd.checkCallback(false);
      return true;
    }
    if (cmd.callback) {
      await cmd.callback();
      return true;
    }
    // Editor commands run against the active editor, as Obsidian's command palette does.
    const editor = need(pane, 'runCommand').editor;
    if (!editor) return false;
    const ctx = { file: editor.file, editor };
    if (cmd.editorCheckCallback) {
      if (!cmd.editorCheckCallback(true, editor, ctx)) return false;
      cmd.editorCheckCallback(false, editor, ctx);
      return true;
    }
    if (cmd.editorCallback) {
      await cmd.editorCallback(editor, ctx);
      return true;
    }
    return false;
  },
  openedFiles: (): OpenedFile[] => [...need(pane, 'openedFiles').opened],
  read: async (path) => need(app, 'read').vault.textOf(path) ?? null,
  cachedRead: (path) => need(app, 'cachedRead').vault.cachedRead(fileAt(path)),
  fileSize: (path) => need(app, 'fileSize').vault.bytesOf(path)?.byteLength ?? null,
  async modify(path, text) {
    await need(app, 'modify').vault.modify(fileAt(path), text);
  },
  async create(path, text) {
    await need(app, 'create').vault.create(path, text);
  },
  async rename(from, to) {
    await need(app, 'rename').fileManager.renameFile(fileAt(from), to);
  },
  async remove(path) {
    await need(app, 'remove').fileManager.trashFile(fileAt(path));
  },
  async renderNote(path) {
    await need(pane, 'renderNote').showReading(path);
  },
  async openNote(path, line) {
    await need(app, 'openNote').workspace.getLeaf(true).openFile(fileAt(path), { eState: { line: line ?? 0 } });
  },
  fileMenu(path) {
    const menu = new HarnessMenu();
    need(app, 'fileMenu').workspace.trigger('file-menu', menu, fileAt(path), 'file-explorer');
    menu.showAtPosition({ x: 120, y: 120 });
  },
  editorTransactions: () => need(pane, 'editorTransactions').editor?.transactions.length ?? 0,
  async editorUndo() {
    need(pane, 'editorUndo').editor?.undo();
    await Promise.resolve();
  },
  openSettings() {
    const tab = need(plugin, 'openSettings').settingTabs[0];
    if (!tab) throw new Error('harness: the plugin added no settings tab');
    const container = document.body.createDiv({ cls: 'modal-container mod-settings' });
    container.createDiv({ cls: 'modal-bg' }).addEventListener('click', () => {
      tab.hide();
      container.remove();
    });
    const modal = container.createDiv({ cls: 'modal mod-settings' });
    modal.createDiv({ cls: 'modal-title', text: need(plugin, 'openSettings').manifest.name });
    modal.createDiv({ cls: 'vertical-tab-content-container' }).appendChild(tab.containerEl);
    tab.open(); // as Obsidian 1.13+ does: from getSettingDefinitions()
  },
  openBase(viewId, paths, options = {}) {
    const theApp = need(app, 'openBase');
    if (!theApp.basesViews.has(viewId)) return false;
    const leaf = theApp.workspace.containerEl.createDiv({ cls: 'workspace-leaf mod-active' });
    const content = leaf.createDiv({ cls: 'workspace-leaf-content', attr: { 'data-type': 'bases' } }).createDiv({ cls: 'view-content' });
    mock.mountBase(theApp, viewId, paths, options, content);
    return true;
  },
  notices: () => [...mock.Notice.shown],
  timeline: () => ({ ...timeline }),
  readPaths: () => [...need(app, 'readPaths').vault.reads],
  async timedCachedReads(paths, inFlight = 1) {
    const vault = need(app, 'timedCachedReads').vault;
    const files = paths.map(fileAt);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < files.length) await vault.cachedRead(files[next++]);
    };
    const start = performance.now();
    await Promise.all(Array.from({ length: Math.max(1, inFlight) }, worker));
    return performance.now() - start;
  },
  pluginField: (name) => (need(plugin, 'pluginField') as unknown as Record<string, unknown>)[name],
  savedData: () => (need(plugin, 'savedData').storedData as Record<string, unknown> | null) ?? null,
};

window.ipHarness = api;
