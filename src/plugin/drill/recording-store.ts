// Saving a recorded answer in the vault, where the user's attachment settings put files attached to
// the drill log note (Obsidian's "Default location for new attachments"), at a free name. The bytes
// are read back after the write; a file that does not hold them is moved to the trash.
import { Notice, normalizePath } from 'obsidian';
import type { App, TFile } from 'obsidian';
import { recordingFileName } from '../../core/drill/recording';
import type { Take } from './answer-recorder';
import { ensureFolder } from './log-store';

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Saves a take as `Drill 2026-11-29 1412 Ownership.webm` next to what `sourcePath` (the drill log)
 * would get as an attachment. Resolves with the file, or null (after a notice) when nothing was saved.
 */
export async function saveRecording(app: App, take: Take, sourcePath: string, principle: string | null): Promise<TFile | null> {
  const audio = await take.audio;
  if (!audio || audio.byteLength === 0) {
    new Notice('The recording was empty, so it was not saved.');
    return null;
  }
  let file: TFile | null = null;
  try {
    const name = recordingFileName(take.startedAt, principle, take.format.extension);
    const path = normalizePath(await app.fileManager.getAvailablePathForAttachment(name, normalizePath(sourcePath)));
    await ensureFolder(app, path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
    file = await app.vault.createBinary(path, audio);
    const written = await app.vault.readBinary(file);
    if (written.byteLength !== audio.byteLength) throw new Error(`${path} holds ${written.byteLength} bytes instead of ${audio.byteLength}`);
    return file;
  } catch (err) {
    if (file) await app.fileManager.trashFile(file).catch(() => undefined);
    new Notice(`Could not save the recording: ${message(err)}`);
    return null;
  }
}
