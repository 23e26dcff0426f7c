// Workspace and leaves: enough of Obsidian's to open views and files, with a layout-ready switch
// that tests flip (App.setLayoutReady) to mimic startup.
import { Events } from './events';
import type { App } from './app';
import type { TFile } from './files';
import type { View } from './views';
import type { Debouncer } from './util';

export interface ViewState {
  type: string;
  state?: Record<string, unknown>;
  active?: boolean;
}

export interface OpenViewState {
  state?: Record<string, unknown>;
  eState?: Record<string, unknown>;
  active?: boolean;
}

export class WorkspaceLeaf extends Events {
  view: View | null = null;
  /** Mock only: files opened in this leaf with their open state, in order. */
  opened: { file: TFile; state?: OpenViewState }[] = [];
  private viewState: ViewState = { type: 'empty' };

  constructor(
    readonly app: App,
    readonly workspace: Workspace,
  ) {
    super();
  }

  getViewState(): ViewState {
    return { ...this.viewState, state: this.view ? this.view.getState() : this.viewState.state };
  }

  async setViewState(state: ViewState, _eState?: unknown): Promise<void> {
    await this.closeView();
    this.viewState = state;
    const factory = this.app.viewRegistry.get(state.type);
    if (!factory) return;
    const view = factory(this);
    this.view = view;
    this.workspace.containerEl.appendChild(view.containerEl);
    view.load();
    await view.onOpen();
    if (state.state) await view.setState(state.state, { history: false });
    this.workspace.trigger('layout-change');
  }

  async openFile(file: TFile, state?: OpenViewState): Promise<void> {
    this.opened.push({ file, state });
    this.workspace.activeFile = file;
    this.workspace.trigger('file-open', file);
  }

  get isDeferred(): boolean {
    return false;
  }

  async loadIfDeferred(): Promise<void> {}

  getDisplayText(): string {
    return this.view?.getDisplayText() ?? '';
  }

  detach(): void {
    void this.closeView();
    this.workspace.removeLeaf(this);
  }

  private async closeView(): Promise<void> {
    const view = this.view;
    if (!view) return;
    this.view = null;
    await view.onClose();
    view.unload();
    view.containerEl.remove();
  }
}

export class Workspace extends Events {
  layoutReady = false;
  leaves: WorkspaceLeaf[] = [];
  activeLeaf: WorkspaceLeaf | null = null;
  activeFile: TFile | null = null;
  containerEl: HTMLElement;
  private readyCallbacks: (() => unknown)[] = [];

  constructor(readonly app: App) {
    super();
    this.containerEl = typeof document !== 'undefined' ? document.createElement('div') : (null as unknown as HTMLElement);
    if (this.containerEl && typeof document !== 'undefined') document.body?.appendChild(this.containerEl);
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.readyCallbacks.push(callback);
  }

  /** Mock only: startup finished; runs the onLayoutReady callbacks. */
  setLayoutReady(): void {
    this.layoutReady = true;
    for (const cb of this.readyCallbacks.splice(0)) cb();
    this.trigger('layout-ready');
  }

  /** Mock only: counts layout save requests. */
  saveRequests = 0;

  /** Obsidian's is a debouncer that saves the layout a moment later; the mock counts the requests. */
  readonly requestSaveLayout: Debouncer<[], Promise<void>> = (() => {
    const request = (() => {
      this.saveRequests++;
      return request;
    }) as Debouncer<[], Promise<void>>;
    request.cancel = () => request;
    request.run = () => Promise.resolve();
    return request;
  })();

  getLeaf(newLeaf?: boolean | 'tab' | 'split' | 'window'): WorkspaceLeaf {
    if (!newLeaf && this.activeLeaf) return this.activeLeaf;
    return this.newLeaf();
  }

  getRightLeaf(_split: boolean): WorkspaceLeaf {
    return this.newLeaf();
  }

  getLeftLeaf(_split: boolean): WorkspaceLeaf {
    return this.newLeaf();
  }

  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.getViewState().type === type);
  }

  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    this.activeLeaf = leaf;
    this.trigger('active-leaf-change', leaf);
  }

  setActiveLeaf(leaf: WorkspaceLeaf): void {
    this.activeLeaf = leaf;
    this.trigger('active-leaf-change', leaf);
  }

  detachLeavesOfType(type: string): void {
    for (const leaf of this.getLeavesOfType(type)) leaf.detach();
  }

  getActiveFile(): TFile | null {
    return this.activeFile;
  }

  getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean, state?: OpenViewState): Promise<void> {
    const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
    if (file) await this.getLeaf(newLeaf).openFile(file, state);
  }

  /** Mock only. */
  removeLeaf(leaf: WorkspaceLeaf): void {
    this.leaves = this.leaves.filter((l) => l !== leaf);
    if (this.activeLeaf === leaf) this.activeLeaf = null;
    this.trigger('layout-change');
  }

  private newLeaf(): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, this);
    this.leaves.push(leaf);
    this.activeLeaf = leaf;
    return leaf;
  }
}
