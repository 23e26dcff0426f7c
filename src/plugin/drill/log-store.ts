// The drill log note in the vault. Reads with vault.read; adds lines at the end only, through
// vault.process (and vault.create for a new note, after creating its folder): existing bytes are
// never rewritten. Not vault.append: whether the new lines need a leading line break depends on
// the text at write time, and only vault.process hands over that text atomically (the user may
// have typed into the log since it was read).
import { Notice, normalizePath, TFile } from 'obsidian';
import type { App } from 'obsidian';
import { appendText, LOG_HEADER, parseLog, type ParsedLog } from '../../core/drill/log-format';
import type { Attempt } from '../../core/drill/types';

export async function readDrillLog(app: App, logPath: string): Promise<ParsedLog> {
  const file = app.vault.getAbstractFileByPath(normalizePath(logPath));
  if (!(file instanceof TFile)) return parseLog('');
  return parseLog(await app.vault.read(file));
}

export async function ensureFolder(app: App, folder: string): Promise<void> {
  if (folder === '' || app.vault.getAbstractFileByPath(folder)) return;
  const parent = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '';
  await ensureFolder(app, parent);
  await app.vault.createFolder(folder);
}

export async function appendToDrillLog(app: App, logPath: string, attempts: readonly Attempt[]): Promise<void> {
  if (attempts.length === 0) return;
  const path = normalizePath(logPath);
  const existing = app.vault.getAbstractFileByPath(path);
  if (existing instanceof TFile) {
    await app.vault.process(existing, (text) => text + appendText(text, attempts));
    return;
  }
  if (existing) throw new Error(`${path} is a folder, not a note`);
  await ensureFolder(app, path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
  await app.vault.create(path, LOG_HEADER + appendText('', attempts));
}

/**
 * Appends a drill's attempts one after another, in answer order, as they come; a failed write
 * shows a notice and later ones still go. Each write then tells the index the log changed.
 */
export class DrillLogWriter {
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly app: App,
    private readonly logPath: () => string,
    private readonly written: () => void,
  ) {}

  /** `attempt` may still be on its way (an answer whose recording is being saved): later ones wait for it. */
  record(attempt: Attempt | null | Promise<Attempt | null>): void {
    if (!attempt) return;
    this.writes = this.writes
      .then(() => attempt)
      .then((a) => (a ? appendToDrillLog(this.app, this.logPath(), [a]) : undefined))
      .then(() => this.written())
      .catch((err: unknown) => {
        new Notice(`Could not write to the drill log: ${err instanceof Error ? err.message : String(err)}`);
      });
  }

  /** Resolves when every attempt so far is in the log (tests wait on it). */
  flushed(): Promise<void> {
    return this.writes;
  }
}
