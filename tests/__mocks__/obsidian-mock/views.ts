// View, ItemView and MarkdownRenderChild. Views build their DOM like Obsidian's
// (containerEl > .view-header + .view-content); they need a DOM (jsdom) only when constructed.
import { Component } from './events';
import type { App } from './app';
import type { WorkspaceLeaf } from './workspace';

export interface ViewStateResult {
  history: boolean;
}

export abstract class View extends Component {
  app: App;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  icon = '';
  navigation = false;

  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = leaf.app;
    this.containerEl = document.createElement('div');
    this.containerEl.classList.add('workspace-leaf-content');
  }

  async onOpen(): Promise<void> {}

  async onClose(): Promise<void> {}

  abstract getViewType(): string;

  abstract getDisplayText(): string;

  getIcon(): string {
    return this.icon;
  }

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(_state: unknown, _result: ViewStateResult): Promise<void> {}

  getEphemeralState(): Record<string, unknown> {
    return {};
  }

  setEphemeralState(_state: unknown): void {}

  onResize(): void {}
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    const header = document.createElement('div');
    header.classList.add('view-header');
    this.contentEl = document.createElement('div');
    this.contentEl.classList.add('view-content');
    this.containerEl.append(header, this.contentEl);
  }

  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = document.createElement('button');
    el.setAttribute('aria-label', title);
    el.dataset.icon = icon;
    el.addEventListener('click', callback);
    this.containerEl.firstElementChild?.appendChild(el);
    return el;
  }
}

export class MarkdownRenderChild extends Component {
  containerEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.containerEl = containerEl;
  }
}

export interface MarkdownSectionInformation {
  text: string;
  lineStart: number;
  lineEnd: number;
}

export interface MarkdownPostProcessorContext {
  docId: string;
  sourcePath: string;
  frontmatter: unknown;
  addChild(child: MarkdownRenderChild): void;
  getSectionInfo(el: HTMLElement): MarkdownSectionInformation | null;
}

/** What registering a processor gives back: the processor as Obsidian runs it, with its sort order. */
export interface MarkdownPostProcessor {
  (el: HTMLElement, ctx: MarkdownPostProcessorContext): Promise<unknown> | void;
  sortOrder?: number;
}

export type CodeBlockProcessor = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

export class MarkdownRenderer {
  /** Mock: renders the markdown as plain text in a paragraph. */
  static async render(_app: App, markdown: string, el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
    const p = document.createElement('p');
    p.textContent = markdown;
    el.appendChild(p);
  }
}
