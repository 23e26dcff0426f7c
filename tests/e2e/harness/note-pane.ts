// A stand-in for Obsidian's markdown leaf in the harness: shows the file the workspace opened, scrolled to
// and highlighting the line it was opened at, and a reading view that runs the plugin's code block
// processors on the note's fenced blocks (other text shown as plain text, never parsed as HTML).
import * as mock from '../../__mocks__/obsidian';
import type { OpenedFile } from './api';
import { HarnessEditor } from './editor';
import { patchMethod } from './patch';

export class NotePane {
  readonly el: HTMLElement;
  readonly opened: OpenedFile[] = [];
  /** The editor of the note shown, which is the workspace's active editor. */
  editor: HarnessEditor | null = null;
  private readonly titleEl: HTMLElement;
  private readonly bodyEl: HTMLElement;
  private children: mock.MarkdownRenderChild[] = [];
  /** What the pane shows, so an edit of that file redraws it (as Obsidian's views follow the vault). */
  private shown: { path: string; mode: 'source' | 'reading'; line: number | null } | null = null;

  constructor(
    private readonly app: mock.App,
    private readonly workspaceEl: HTMLElement,
  ) {
    this.el = createDiv({ cls: 'workspace-leaf-content ip-harness-note' });
    const header = this.el.createDiv({ cls: 'view-header' });
    this.titleEl = header.createDiv({ cls: 'view-header-title' });
    this.bodyEl = this.el.createDiv({ cls: 'view-content markdown-preview-view markdown-rendered' });
    patchWorkspace(this);
    app.vault.on('modify', (file: mock.TFile) => {
      const shown = this.shown;
      if (!shown || file.path !== shown.path) return;
      if (shown.mode === 'source') this.showSource(shown.path, shown.line);
      else void this.showReading(shown.path);
    });
    app.vault.on('rename', (file: mock.TFile, oldPath: string) => {
      if (this.shown?.path === oldPath) this.shown = { ...this.shown, path: file.path };
    });
  }

  /** Source view of `path` with line `line` (0-based) highlighted. */
  showSource(path: string, line: number | null): void {
    const text = this.app.vault.textOf(path) ?? '';
    this.reset(path);
    this.shown = { path, mode: 'source', line };
    this.bodyEl.classList.add('ip-harness-source');
    text.split('\n').forEach((content, i) => {
      const row = this.bodyEl.createDiv({ cls: 'ip-harness-line', text: content === '' ? '\u00a0' : content });
      row.dataset.line = String(i);
      row.toggleClass('is-target', i === line);
    });
    this.bodyEl.querySelector('.is-target')?.scrollIntoView({ block: 'center' });
  }

  /** Reading view of `path`: fenced blocks with a registered processor are rendered by it. */
  async showReading(path: string): Promise<void> {
    const text = this.app.vault.textOf(path);
    if (text === undefined) throw new Error(`no such note: ${path}`);
    this.reset(path);
    this.shown = { path, mode: 'reading', line: null };
    const lines = text.split('\n');
    let i = 0;
    while (i < lines.length) {
      const fence = /^(```+|~~~+)\s*([\w-]*)\s*$/.exec(lines[i]);
      if (fence) {
        const end = lines.findIndex((l, j) => j > i && l.startsWith(fence[1]));
        const close = end < 0 ? lines.length : end;
        await this.renderBlock(path, fence[2], lines.slice(i + 1, close).join('\n'), i, close);
        i = close + 1;
        continue;
      }
      if (lines[i] !== '') this.bodyEl.createEl('p', { text: lines[i] });
      i++;
    }
  }

  private async renderBlock(path: string, language: string, source: string, lineStart: number, lineEnd: number): Promise<void> {
    const processor = this.app.codeBlockProcessors.get(language);
    const el = this.bodyEl.createDiv({ cls: `block-language-${language}` });
    if (!processor) {
      el.createEl('pre', { text: source });
      return;
    }
    const ctx: mock.MarkdownPostProcessorContext = {
      docId: path,
      sourcePath: path,
      frontmatter: this.app.metadataCache.getCache(path)?.frontmatter ?? null,
      addChild: (child) => {
        this.children.push(child);
        child.load();
      },
      getSectionInfo: () => ({ text: this.app.vault.textOf(path) ?? '', lineStart, lineEnd }),
    };
    await processor(source, el, ctx);
  }

  private reset(path: string): void {
    for (const child of this.children.splice(0)) child.unload();
    this.titleEl.textContent = path.replace(/\.md$/, '');
    this.bodyEl.replaceChildren();
    this.bodyEl.classList.remove('ip-harness-source');
    // The most recently opened pane goes last: on a phone only the last pane is shown, as on mobile.
    this.workspaceEl.appendChild(this.el);
  }
}

/** Records every open (file and line), resolving `#Heading` subpaths to the heading's line as Obsidian does. */
function patchWorkspace(pane: NotePane): void {
  patchMethod(mock.WorkspaceLeaf.prototype, 'openFile', (openFile) =>
    async function (this: mock.WorkspaceLeaf, file: mock.TFile, state?: mock.OpenViewState) {
      await openFile.call(this, file, state);
      const line = state?.eState?.line;
      const opened: OpenedFile = { path: file.path, line: typeof line === 'number' ? line : null };
      pane.opened.push(opened);
      pane.showSource(file.path, opened.line);
      // The opened note becomes the active editor, its cursor on the line it was opened at.
      pane.editor = new HarnessEditor(this.app, file, opened.line ?? 0);
      Object.assign(this.app.workspace, { activeEditor: { file, editor: pane.editor } });
    },
  );
  patchMethod(mock.Workspace.prototype, 'openLinkText', () =>
    async function (this: mock.Workspace, linktext: string, sourcePath: string, newLeaf?: boolean, state?: mock.OpenViewState) {
      const hash = linktext.indexOf('#');
      const linkpath = hash < 0 ? linktext : linktext.slice(0, hash);
      const subpath = hash < 0 ? '' : linktext.slice(hash + 1);
      const file = this.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath);
      if (!file) return;
      let eState = state?.eState;
      if (subpath && eState?.line === undefined) {
        const heading = this.app.metadataCache
          .getFileCache(file)
          ?.headings?.find((h) => h.heading.toLowerCase() === subpath.toLowerCase());
        if (heading) eState = { ...eState, line: heading.position.start.line, subpath: `#${subpath}` };
      }
      await this.getLeaf(newLeaf).openFile(file, { ...state, eState });
    },
  );
}
