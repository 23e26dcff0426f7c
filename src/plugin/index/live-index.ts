// The live index: a Component that keeps the core's VaultIndex in step with the vault.
// First pass after layout-ready, in slices that yield to the UI; then one note per event.
// Views listen to `refresh`, fired once per burst of changes (debounced) and once when ready.
import { Component, Events, TFile, debounce } from 'obsidian';
import type { App, EventRef, TAbstractFile } from 'obsidian';
import type { IndexSnapshot, NoteRecord } from '../../core/model';
import type { IndexSettings } from '../../core/settings';
import { VaultIndex } from '../../core/index/vault-index';
import { isCandidateFile, readNoteRecord, readingOrder } from './vault-adapter';

export interface LiveIndexOptions {
  /** Milliseconds clock (default performance.now). */
  now?: () => number;
  /** Gives the UI a turn (default: a zero timeout). */
  yieldToUi?: () => Promise<void>;
  /** Longest stretch of work between two yields during the first pass. */
  sliceMs?: number;
  /** Delay of the refresh event after the first change of a burst. */
  refreshDelayMs?: number;
}

const REFRESH = 'refresh';
/** Reads the first pass keeps in flight: as many as Node's file I/O threads (libuv's default 4). */
const READS_AHEAD = 4;

interface PendingRead {
  path: string;
  token: number;
  record: NoteRecord;
}

export class LiveIndex extends Component {
  readonly core: VaultIndex;
  private settings: IndexSettings;
  private readonly events = new Events();
  private readonly now: () => number;
  private readonly yieldToUi: () => Promise<void>;
  private readonly sliceMs: number;
  private readonly refreshSoon: () => void;
  private ready = false;
  /** Events are handled from the first pass on (earlier ones are covered by the pass). */
  private started = false;
  private alive = false;
  /** Bumped by a rebuild so an older pass stops. */
  private pass = 0;
  /** Latest read per path: a slower, older read must not overwrite a newer one. */
  private readonly readTokens = new Map<string, number>();
  private readSeq = 0;
  /** Changes that are not the index's own (coverage settings), so views still re-render. */
  private extraRevision = 0;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly app: App,
    settings: IndexSettings,
    options: LiveIndexOptions = {},
  ) {
    super();
    this.settings = settings;
    this.core = new VaultIndex(settings);
    this.now = options.now ?? (() => performance.now());
    this.yieldToUi = options.yieldToUi ?? (() => new Promise<void>((resolve) => window.setTimeout(resolve, 0)));
    this.sliceMs = options.sliceMs ?? 10;
    const refresh = debounce(() => this.events.trigger(REFRESH), options.refreshDelayMs ?? 200, false);
    this.refreshSoon = () => void refresh();
    this.register(() => refresh.cancel());
  }

  onload(): void {
    this.alive = true;
    const { metadataCache, vault } = this.app;
    this.registerEvent(metadataCache.on('changed', (file) => this.started && void this.onChanged(file)));
    this.registerEvent(vault.on('delete', (file) => this.started && this.onDeleted(file)));
    this.registerEvent(vault.on('rename', (file, oldPath) => this.started && void this.onRenamed(file, oldPath)));
  }

  onunload(): void {
    this.alive = false;
    this.pass++;
  }

  /** True once the first pass has finished. */
  get isReady(): boolean {
    return this.ready;
  }

  /** Moves on every change views should show. */
  get revision(): number {
    return this.core.revision + this.extraRevision;
  }

  snapshot(): IndexSnapshot {
    return this.core.snapshot();
  }

  /** Resolves once the first pass (or the rebuild under way) has finished. */
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  onRefresh(callback: () => unknown): EventRef {
    return this.events.on(REFRESH, callback);
  }

  offRefresh(ref: EventRef): void {
    this.events.offref(ref);
  }

  /** Something other than the notes changed (coverage settings): views re-render. */
  touch(): void {
    this.extraRevision++;
    this.refreshSoon();
  }

  /**
   * The first pass: candidates from metadata, indexed in order, yielding every slice. The bodies of
   * the next READS_AHEAD notes are read while one is indexed, so the disk's latency overlaps. Notes
   * that may define principles come first; once they are in, the time spent waiting for a read
   * goes to the next snapshot's work (resolving and reading the notes indexed so far).
   */
  async start(): Promise<void> {
    const pass = ++this.pass;
    this.started = true;
    const candidates = this.app.vault.getMarkdownFiles().filter((f) => isCandidateFile(this.app, f, this.settings));
    const { files, defining } = readingOrder(this.app, candidates, this.settings);
    let sliceStart = this.now();
    const reads = files.slice(0, READS_AHEAD).map((f) => this.readFile(f));
    for (let i = 0; i < files.length; i++) {
      const read = i >= defining ? await this.prepareWhile(reads[i], pass) : await reads[i];
      if (pass !== this.pass || !this.alive) return;
      this.commit(read);
      if (this.now() - sliceStart >= this.sliceMs) {
        await this.yieldToUi();
        sliceStart = this.now();
      }
      if (i + READS_AHEAD < files.length) reads.push(this.readFile(files[i + READS_AHEAD]));
    }
    if (pass !== this.pass) return;
    this.ready = true;
    for (const resolve of this.waiters.splice(0)) resolve();
    this.events.trigger(REFRESH);
  }

  /** Awaits a read; while it is under way, prepares the next snapshot a slice at a time. */
  private async prepareWhile<T>(read: Promise<T>, pass: number): Promise<T> {
    let settled = false;
    void read.then(() => (settled = true));
    await Promise.resolve(); // a read already done reports itself first
    while (!settled && pass === this.pass && this.alive) {
      const start = this.now();
      if (!this.core.prepare(() => this.now() - start >= this.sliceMs)) break;
      await Promise.race([read, this.yieldToUi()]);
    }
    return read;
  }

  /** New index settings: empty the index and index the vault again. */
  async rebuild(settings: IndexSettings = this.settings): Promise<void> {
    this.settings = settings;
    this.core.setSettings(settings);
    this.readTokens.clear();
    this.ready = false;
    this.events.trigger(REFRESH);
    await this.start();
  }

  private async indexFile(file: TFile): Promise<void> {
    this.commit(await this.readFile(file));
  }

  /** Reads a note; a later read of the same path (an edit meanwhile) makes this one stale. */
  private async readFile(file: TFile): Promise<PendingRead | null> {
    const token = ++this.readSeq;
    this.readTokens.set(file.path, token);
    try {
      return { path: file.path, token, record: await readNoteRecord(this.app, file) };
    } catch {
      return null; // deleted while queued: the delete event handles it
    }
  }

  /** Indexes a read unless a newer read or a delete of its path came after it. */
  private commit(read: PendingRead | null): void {
    if (!read || this.readTokens.get(read.path) !== read.token) return;
    this.readTokens.delete(read.path);
    this.core.upsert(read.record);
  }

  private async onChanged(file: TFile): Promise<void> {
    if (isCandidateFile(this.app, file, this.settings)) {
      await this.indexFile(file);
      this.refreshSoon();
      return;
    }
    // No longer wanted: a read still under way (of an older text) must not index it afterwards.
    this.readTokens.delete(file.path);
    if (this.core.has(file.path)) {
      this.core.remove(file.path);
      this.refreshSoon();
    }
  }

  private onDeleted(file: TAbstractFile): void {
    this.readTokens.delete(file.path);
    if (!this.core.has(file.path)) return;
    this.core.remove(file.path);
    this.refreshSoon();
  }

  private async onRenamed(file: TAbstractFile, oldPath: string): Promise<void> {
    const had = this.core.has(oldPath);
    const wanted = file instanceof TFile && isCandidateFile(this.app, file, this.settings);
    // A read under the old path was for a newer text than the index holds: it is dropped (its
    // token no longer matches), so the note is read again under its new path.
    const pending = this.readTokens.delete(oldPath);
    if (had && wanted) {
      this.core.rename(oldPath, file.path);
      if (pending && file instanceof TFile) await this.indexFile(file);
    } else if (had) this.core.remove(oldPath);
    else if (wanted && file instanceof TFile) await this.indexFile(file);
    else return;
    this.refreshSoon();
  }
}
