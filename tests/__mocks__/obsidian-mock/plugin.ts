// Plugin and PluginSettingTab. Registrations land in the App's mock registries so tests can
// run commands, open views and render code blocks.
import type { BasesViewRegistration } from './bases';
import type { App, Command } from './app';
import { Component } from './events';
import { Setting } from './setting';
import type { CodeBlockProcessor, MarkdownPostProcessor, MarkdownPostProcessorContext, MarkdownRenderChild, View } from './views';
import type { WorkspaceLeaf } from './workspace';

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
  minAppVersion: string;
  description: string;
  author: string;
  isDesktopOnly?: boolean;
  dir?: string;
}

export abstract class Plugin extends Component {
  app: App;
  manifest: PluginManifest;
  /** Mock only: what loadData returns; saveData replaces it. */
  storedData: unknown = null;
  /** Mock only. */
  ribbonIcons: HTMLElement[] = [];
  statusBarItems: HTMLElement[] = [];
  settingTabs: PluginSettingTab[] = [];
  commandList: Command[] = [];

  constructor(app: App, manifest: PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  async loadData(): Promise<unknown> {
    return this.storedData === null ? null : JSON.parse(JSON.stringify(this.storedData));
  }

  async saveData(data: unknown): Promise<void> {
    this.storedData = JSON.parse(JSON.stringify(data));
  }

  addCommand(command: Command): Command {
    const full = { ...command, id: `${this.manifest.id}:${command.id}` };
    this.commandList.push(full);
    this.app.commands.commands[full.id] = full;
    this.register(() => delete this.app.commands.commands[full.id]);
    return full;
  }

  /** Obsidian 1.10+: false when Bases are not enabled (the mock always has them). */
  registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
    this.app.basesViews.set(viewId, registration);
    this.register(() => this.app.basesViews.delete(viewId));
    return true;
  }

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = document.createElement('div');
    el.setAttribute('aria-label', title);
    el.dataset.icon = icon;
    el.addEventListener('click', callback);
    this.ribbonIcons.push(el);
    this.register(() => el.remove());
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = document.createElement('div');
    el.classList.add('status-bar-item');
    this.statusBarItems.push(el);
    document.body.appendChild(el);
    this.register(() => el.remove());
    return el;
  }

  addSettingTab(tab: PluginSettingTab): void {
    this.settingTabs.push(tab);
  }

  registerView(type: string, factory: (leaf: WorkspaceLeaf) => View): void {
    this.app.viewRegistry.set(type, factory);
    this.register(() => this.app.viewRegistry.delete(type));
  }

  /** The mock runs code blocks through renderCodeBlock (mock only), not through the processor it returns. */
  registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockProcessor): MarkdownPostProcessor {
    this.app.codeBlockProcessors.set(language, handler);
    this.register(() => this.app.codeBlockProcessors.delete(language));
    return Object.assign((_el: HTMLElement, _ctx: MarkdownPostProcessorContext): void => undefined, { sortOrder: 0 });
  }

  registerMarkdownPostProcessor(_processor: unknown): void {}

  registerEditorExtension(_extension: unknown): void {}

  registerObsidianProtocolHandler(_action: string, _handler: unknown): void {}

  registerExtensions(_extensions: string[], _viewType: string): void {}
}

export abstract class PluginSettingTab {
  app: App;
  plugin: Plugin;
  containerEl: HTMLElement;

  constructor(app: App, plugin: Plugin) {
    this.app = app;
    this.plugin = plugin;
    this.containerEl = document.createElement('div');
    this.containerEl.classList.add('vertical-tab-content');
  }

  abstract display(): void;

  /** Obsidian 1.13+: declarative settings; an empty list means the tab draws itself in display(). */
  getSettingDefinitions(): MockDefinition[] {
    return [];
  }

  /**
   * Mock only: opens the tab as Obsidian 1.13+ does — drawn from getSettingDefinitions() when it
   * returns any, by display() otherwise. Groups become a heading row and their items; each `render`
   * item gets a row with its name and description already set. Other definition kinds throw, so a
   * test notices when the plugin starts using one the mock does not draw.
   */
  open(): void {
    const defs = this.getSettingDefinitions();
    if (defs.length === 0) return this.display();
    this.containerEl.replaceChildren();
    const group = {};
    for (const def of defs) {
      if (def.type !== 'group') throw new Error('mock: only setting groups are drawn');
      if (def.heading) new Setting(this.containerEl).setName(def.heading).setHeading();
      for (const item of def.items ?? []) {
        if (!item.render) throw new Error('mock: only render items are drawn');
        const row = new Setting(this.containerEl).setName(item.name);
        if (item.desc) row.setDesc(item.desc);
        item.render(row, group);
      }
    }
  }

  hide(): void {
    this.containerEl.replaceChildren();
  }
}

/** The part of Obsidian's SettingDefinitionItem the mock draws. */
interface MockDefinition {
  type?: string;
  heading?: string;
  items?: { name: string; desc?: string | DocumentFragment; render?: (setting: Setting, group: object) => unknown }[];
}

/**
 * Mock only: renders a fenced code block of `language` as Obsidian's reading view would, returning the
 * element and the render children the processor attached (call `unload()` on them to simulate removal).
 */
export async function renderCodeBlock(
  app: App,
  language: string,
  source: string,
  sourcePath = 'Note.md',
): Promise<{ el: HTMLElement; children: MarkdownRenderChild[] }> {
  const processor = app.codeBlockProcessors.get(language);
  if (!processor) throw new Error(`No code block processor for ${language}`);
  const el = document.createElement('div');
  document.body.appendChild(el);
  const children: MarkdownRenderChild[] = [];
  const ctx: MarkdownPostProcessorContext = {
    docId: 'doc',
    sourcePath,
    frontmatter: null,
    addChild: (child) => {
      children.push(child);
      child.load();
    },
    getSectionInfo: () => null,
  };
  await processor(source, el, ctx);
  return { el, children };
}
