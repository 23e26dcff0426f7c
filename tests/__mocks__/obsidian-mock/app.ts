// App: vault, metadata cache, workspace, file manager, and the registries plugins fill
// (views, commands, code block processors).
import type { BasesViewRegistration } from './bases';
import type { TAbstractFile, TFile } from './files';
import { MetadataCache } from './metadata';
import { Vault } from './vault';
import type { View, CodeBlockProcessor } from './views';
import { Workspace, type WorkspaceLeaf } from './workspace';
import { parseYaml, stringifyYaml } from './yaml';

export interface Command {
  id: string;
  name: string;
  icon?: string;
  hotkeys?: unknown[];
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (editor: unknown, ctx: unknown) => unknown;
  editorCheckCallback?: (checking: boolean, editor: unknown, ctx: unknown) => boolean | void;
}

export class FileManager {
  constructor(private readonly app: App) {}

  /** Rewrites only the frontmatter block (created when missing), as Obsidian does. */
  async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    await this.app.vault.process(file, (text) => {
      const m = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(\r?\n|$)/.exec(text);
      const fm = m ? parseYaml(m[1]) : {};
      fn(fm);
      const block = `---\n${stringifyYaml(fm)}---\n`;
      return m ? block + text.slice(m[0].length) : block + text;
    });
  }

  /** Obsidian moves the file to the user's trash; here it is deleted (vault `delete` event). */
  async trashFile(file: TAbstractFile): Promise<void> {
    await this.app.vault.trash(file);
  }

  async renameFile(file: TFile, newPath: string): Promise<void> {
    await this.app.vault.rename(file, newPath);
  }

  generateMarkdownLink(file: TFile, _sourcePath: string, subpath = '', alias = ''): string {
    return `[[${file.basename}${subpath}${alias ? `|${alias}` : ''}]]`;
  }

  /**
   * Where Obsidian would put a new attachment of the note at `sourcePath` (the active file when
   * left out): the folder of the vault option `attachmentFolderPath` (mock: `vault.config`), at
   * the first free name, `name.ext`, then `name 1.ext`, `name 2.ext`… Creates no folder.
   */
  async getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
    const configured = this.app.vault.config.attachmentFolderPath;
    const setting = typeof configured === 'string' ? configured.trim() : '/';
    const source = sourcePath ?? this.app.workspace.getActiveFile()?.path ?? '';
    const sourceFolder = source.includes('/') ? source.slice(0, source.lastIndexOf('/')) : '';
    let folder: string;
    if (setting === '' || setting === '/') folder = '';
    else if (setting === '.' || setting === './') folder = sourceFolder;
    else if (setting.startsWith('./')) folder = [sourceFolder, setting.slice(2)].filter((s) => s !== '').join('/');
    else folder = setting;
    folder = folder.replace(/^\/+|\/+$/g, '');
    const dot = filename.lastIndexOf('.');
    const base = dot > 0 ? filename.slice(0, dot) : filename;
    const ext = dot > 0 ? filename.slice(dot) : '';
    const at = (name: string): string => (folder === '' ? name : `${folder}/${name}`);
    let path = at(base + ext);
    for (let n = 1; this.app.vault.exists(path); n++) path = at(`${base} ${n}${ext}`);
    return path;
  }

  getNewFileParent(_sourcePath: string): unknown {
    return this.app.vault.getRoot();
  }
}

export class App {
  metadataCache = new MetadataCache();
  vault = new Vault(this.metadataCache);
  workspace: Workspace;
  fileManager: FileManager;
  /** Mock only: view factories by type (Plugin.registerView). */
  viewRegistry = new Map<string, (leaf: WorkspaceLeaf) => View>();
  /** Mock only: Bases views by id (Plugin.registerBasesView). */
  basesViews = new Map<string, BasesViewRegistration>();
  /** Mock only: code block processors by language. */
  codeBlockProcessors = new Map<string, CodeBlockProcessor>();
  commands = {
    commands: {} as Record<string, Command>,
    executeCommandById: (id: string): boolean => {
      const cmd = this.commands.commands[id];
      if (!cmd) return false;
      if (cmd.checkCallback) return cmd.checkCallback(false) !== false;
      void cmd.callback?.();
      return true;
    },
  };

  constructor() {
    this.workspace = new Workspace(this);
    this.fileManager = new FileManager(this);
  }

  /** Mock only: startup finished. */
  setLayoutReady(): void {
    this.workspace.setLayoutReady();
  }
}
