// The contract between the Node-side tests and the page: what `window.ipHarness` offers.
// Both sides import these types, so a change on one side is a type error on the other.

export interface BootOptions {
  /** Vault files, path → text. */
  files: Record<string, string>;
  /** What the plugin's loadData() returns (its saved settings), or null. */
  data: Record<string, unknown> | null;
  /** Plugin manifest (the repo's manifest.json). */
  manifest: Record<string, unknown>;
  /** A phone: Platform.isMobile/isPhone and body.is-mobile, as Obsidian mobile sets them. */
  mobile?: boolean;
  /** Generate a large vault in the page instead of `files` (render-time report). */
  generate?: { stories: number; principles: number };
  /**
   * Note bodies are fetched from `/vault/<path>`, which the Node side serves from a folder on disk,
   * so each read the plugin awaits is real asynchronous I/O (`files` still fills the metadata
   * cache, as Obsidian's stored cache knows a vault before any read). Default: bodies in memory.
   */
  bodiesFromDisk?: boolean;
  /** The vault's options (Obsidian's .obsidian/app.json), e.g. `attachmentFolderPath`. */
  config?: Record<string, unknown>;
}

export interface OpenedFile {
  path: string;
  /** 0-based line from the eState passed to openFile / openLinkText (Obsidian's convention), or null. */
  line: number | null;
}

export interface HarnessApi {
  boot(options: BootOptions): Promise<void>;
  /** Command ids the plugin registered (with the `interview-prep:` prefix, as in Obsidian). */
  commandIds(): string[];
  /** Runs a command as the command palette would; false when it is not available in this context. */
  runCommand(id: string): Promise<boolean>;
  /** Files the workspace has opened, in order. */
  openedFiles(): OpenedFile[];
  /** Current text of a vault file, or null. */
  read(path: string): Promise<string | null>;
  /** `vault.cachedRead` of a file, as the plugin reads it (from disk with `bodiesFromDisk`). */
  cachedRead(path: string): Promise<string>;
  /** Size in bytes of a binary vault file (vault.createBinary), or null. */
  fileSize(path: string): number | null;
  /** Replaces a file's text as an editor would: vault modify, then metadataCache `changed`. */
  modify(path: string, text: string): Promise<void>;
  /** Creates a file as Obsidian would (vault `create`, then metadataCache `changed`). */
  create(path: string, text: string): Promise<void>;
  /** Renames a file as the file explorer would (fileManager.renameFile: vault `rename`). */
  rename(from: string, to: string): Promise<void>;
  /** Deletes a file (vault `delete`, metadataCache `deleted`). */
  remove(path: string): Promise<void>;
  /** Renders a note in reading view into a new leaf (runs the plugin's code block processors). */
  renderNote(path: string): Promise<void>;
  /** Makes `path` the active file in a markdown leaf (for commands that act on the active note). */
  openNote(path: string, line?: number): Promise<void>;
  /** Right-click on a file in the file explorer: the `file-menu` event fills a menu, shown on screen. */
  fileMenu(path: string): void;
  /** Transactions the active editor applied so far. */
  editorTransactions(): number;
  /** Undo in the active editor (one transaction). */
  editorUndo(): Promise<void>;
  /** Opens the plugin's settings tab in Obsidian's settings window (drawn from getSettingDefinitions(), as 1.13+ does). */
  openSettings(): void;
  /**
   * Opens a Base in a new leaf with the view `viewId` (a plugin's Bases view), as Obsidian does after
   * running the Base's query: `paths` are its entries, its filters and sort applied; `options` the
   * view's entry in the .base file. False when no such view is registered.
   */
  openBase(viewId: string, paths: string[], options?: Record<string, unknown>): boolean;
  /** Notices shown so far. */
  notices(): string[];
  /** A JSON-able field of the plugin instance (harness self-tests). */
  pluginField(name: string): unknown;
  /** performance.now() marks of the boot: load() called, layout ready, and the status bar's first text (first index done). */
  timeline(): Timeline;
  /** Paths the plugin read (vault read/cachedRead), in order, repeats included. */
  readPaths(): string[];
  /**
   * Awaits `vault.cachedRead` of every path, `inFlight` at a time (1: one after another), and
   * nothing else; returns the milliseconds taken.
   */
  timedCachedReads(paths: string[], inFlight?: number): Promise<number>;
  /** Current plugin settings as saved by saveData (or null before any save). */
  savedData(): Record<string, unknown> | null;
}

export interface Timeline {
  /** Just before `plugin.load()` (which calls onload). */
  onloadStart: number;
  /** onload has resolved and the layout is made ready. */
  layoutReady: number;
  /** Files read by the end of onload (Obsidian's guideline: none). */
  readsAtLayoutReady: number;
  statusBarFilled: number | null;
}

/** The page's global the served /plugin.js defines: main.js unchanged, wrapped as Obsidian wraps a plugin. */
export type PluginModuleFactory = (require: (id: string) => unknown, module: { exports: unknown }, exports: unknown) => void;

declare global {
  interface Window {
    ipHarness: HarnessApi;
    ipPluginModule?: PluginModuleFactory;
    /** Set by any hostile fixture payload that manages to execute. Must stay undefined. */
    __pwned?: unknown;
  }
}
