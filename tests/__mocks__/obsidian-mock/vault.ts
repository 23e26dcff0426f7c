// An in-memory Vault over a Map of paths to text (and one of paths to bytes for binary files such as
// recordings), with Obsidian's events (create, modify, delete, rename). The metadata cache follows every change synchronously. `reads` counts body reads so
// tests can prove that a step reads no file.
import { Events } from './events';
import { TAbstractFile, TFile, TFolder } from './files';
import type { MetadataCache } from './metadata';

function parentPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export class Vault extends Events {
  private texts = new Map<string, string>();
  private binaries = new Map<string, ArrayBuffer>();
  private resourceUrls = new Map<string, string>();
  private files = new Map<string, TAbstractFile>();
  private root = new TFolder('');
  /** Mock only: paths passed to read/cachedRead, in order. */
  reads: string[] = [];
  /** Mock only: paths written (create, modify, append, process), in order. */
  writes: string[] = [];
  /**
   * Mock only: where read/cachedRead take the body of a file the vault has not written or renamed
   * since it was seeded (the browser harness fetches it from a folder on disk); unset, the text in
   * memory. A file the vault wrote is read from memory, as Obsidian's cachedRead does.
   */
  bodySource?: (path: string) => Promise<string>;
  private readonly writtenHere = new Set<string>();
  private clock = 1_700_000_000_000;
  /**
   * Mock only: the vault's options Obsidian keeps in .obsidian/app.json (vault.getConfig there).
   * `attachmentFolderPath`: '/' the vault's root (Obsidian's default), './' the note's folder,
   * './sub' a folder under the note's folder, else that folder.
   */
  config: Record<string, unknown> = { attachmentFolderPath: '/' };
  adapter = {
    exists: async (path: string): Promise<boolean> => this.exists(path),
    read: async (path: string): Promise<string> => {
      this.reads.push(path);
      const t = this.texts.get(path);
      if (t === undefined) throw new Error(`ENOENT: ${path}`);
      return t;
    },
  };

  constructor(private readonly metadataCache: MetadataCache) {
    super();
    this.files.set('', this.root);
    metadataCache.files = () => this.getFiles();
  }

  /** Mock only: adds a file as if it existed at startup (cache filled, no events). */
  seed(path: string, text: string): TFile {
    const file = this.addFile(path, text);
    this.metadataCache.update(file, text, true);
    return file;
  }

  /** Mock only: case-insensitive existence, as on macOS/Windows vaults. */
  exists(path: string): boolean {
    const p = path.toLowerCase();
    for (const k of this.files.keys()) if (k.toLowerCase() === p) return true;
    return false;
  }

  /** Mock only: current text of a path. */
  textOf(path: string): string | undefined {
    return this.texts.get(path);
  }

  getName(): string {
    return 'Mock vault';
  }

  getRoot(): TFolder {
    return this.root;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.files.get(path) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const f = this.files.get(path);
    return f instanceof TFile ? f : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const f = this.files.get(path);
    return f instanceof TFolder ? f : null;
  }

  getFiles(): TFile[] {
    return [...this.files.values()].filter((f): f is TFile => f instanceof TFile);
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.files.values()];
  }

  async read(file: TFile): Promise<string> {
    return this.readBody(file);
  }

  async cachedRead(file: TFile): Promise<string> {
    return this.readBody(file);
  }

  async create(path: string, data: string): Promise<TFile> {
    if (this.exists(path)) throw new Error('File already exists.');
    const file = this.addFile(path, data);
    this.writtenHere.add(path);
    this.writes.push(path);
    this.trigger('create', file);
    this.metadataCache.update(file, data);
    return file;
  }

  async createFolder(path: string): Promise<TFolder> {
    if (this.exists(path)) throw new Error('Folder already exists.');
    return this.ensureFolder(path);
  }

  async modify(file: TFile, data: string): Promise<void> {
    this.setText(file, data);
  }

  async append(file: TFile, data: string): Promise<void> {
    this.setText(file, this.readNow(file, false) + data);
  }

  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    const next = fn(this.readNow(file, false));
    this.setText(file, next);
    return next;
  }

  async createBinary(path: string, data: ArrayBuffer, _options?: unknown): Promise<TFile> {
    if (this.exists(path)) throw new Error('File already exists.');
    const file = this.addFile(path, '');
    this.texts.delete(path);
    this.binaries.set(path, data.slice(0));
    file.stat = { ...file.stat, size: data.byteLength };
    this.writes.push(path);
    this.trigger('create', file);
    return file;
  }

  /** A text file's bytes are its UTF-8 encoding. */
  async readBinary(file: TFile): Promise<ArrayBuffer> {
    const bytes = this.binaries.get(file.path);
    if (bytes) return bytes.slice(0);
    const encoded = new TextEncoder().encode(this.readNow(file, false));
    return encoded.buffer.slice(encoded.byteOffset, encoded.byteOffset + encoded.byteLength);
  }

  /**
   * A URL the browser can load the file from: in a page (the e2e harness) a blob: URL of its bytes,
   * as Obsidian's app:// URL serves the file; elsewhere (jsdom has no createObjectURL) an app:// URL
   * of the path and modification time, in the shape Obsidian returns.
   */
  getResourcePath(file: TFile): string {
    const key = `${file.path}?${file.stat.mtime}`;
    const known = this.resourceUrls.get(key);
    if (known) return known;
    let url = `app://mock/${encodeURI(file.path)}?${file.stat.mtime}`;
    const bytes = this.binaries.get(file.path) ?? new TextEncoder().encode(this.texts.get(file.path) ?? '');
    if (typeof URL.createObjectURL === 'function') url = URL.createObjectURL(new Blob([bytes]));
    this.resourceUrls.set(key, url);
    return url;
  }

  /** Mock only: the bytes of a binary file, or undefined. */
  bytesOf(path: string): ArrayBuffer | undefined {
    return this.binaries.get(path);
  }

  async delete(file: TAbstractFile): Promise<void> {
    this.files.delete(file.path);
    this.texts.delete(file.path);
    this.binaries.delete(file.path);
    if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
    this.trigger('delete', file);
    if (file instanceof TFile) this.metadataCache.forget(file);
  }

  async trash(file: TAbstractFile): Promise<void> {
    await this.delete(file);
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    if (this.exists(newPath)) throw new Error('Destination file already exists!');
    const oldPath = file.path;
    const text = this.texts.get(oldPath);
    const bytes = this.binaries.get(oldPath);
    this.files.delete(oldPath);
    this.texts.delete(oldPath);
    this.binaries.delete(oldPath);
    if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
    if (file instanceof TFile) file.setPath(newPath);
    else {
      file.path = newPath;
      file.name = newPath.slice(newPath.lastIndexOf('/') + 1);
    }
    this.files.set(newPath, file);
    if (text !== undefined) this.texts.set(newPath, text);
    this.writtenHere.add(newPath);
    if (bytes !== undefined) this.binaries.set(newPath, bytes);
    const parent = this.ensureFolder(parentPath(newPath));
    file.parent = parent;
    parent.children.push(file);
    this.metadataCache.move(oldPath, newPath);
    this.trigger('rename', file, oldPath);
  }

  private async readBody(file: TFile): Promise<string> {
    const text = this.readNow(file);
    return this.bodySource && !this.writtenHere.has(file.path) ? this.bodySource(file.path) : text;
  }

  private readNow(file: TFile, count = true): string {
    if (count) this.reads.push(file.path);
    const bytes = this.binaries.get(file.path);
    if (bytes) return new TextDecoder().decode(bytes);
    const t = this.texts.get(file.path);
    if (t === undefined) throw new Error(`ENOENT: ${file.path}`);
    return t;
  }

  private setText(file: TFile, data: string): void {
    if (!this.texts.has(file.path)) throw new Error(`ENOENT: ${file.path}`);
    this.texts.set(file.path, data);
    this.writtenHere.add(file.path);
    file.stat = { ...file.stat, mtime: ++this.clock, size: data.length };
    this.writes.push(file.path);
    this.trigger('modify', file);
    this.metadataCache.update(file, data);
  }

  private addFile(path: string, text: string): TFile {
    const file = new TFile(path);
    file.vault = this;
    file.stat = { ctime: ++this.clock, mtime: this.clock, size: text.length };
    const parent = this.ensureFolder(parentPath(path));
    file.parent = parent;
    parent.children.push(file);
    this.files.set(path, file);
    this.texts.set(path, text);
    return file;
  }

  private ensureFolder(path: string): TFolder {
    const existing = this.files.get(path);
    if (existing instanceof TFolder) return existing;
    const folder = new TFolder(path);
    folder.vault = this;
    const parent = this.ensureFolder(parentPath(path));
    folder.parent = parent;
    parent.children.push(folder);
    this.files.set(path, folder);
    return folder;
  }
}
