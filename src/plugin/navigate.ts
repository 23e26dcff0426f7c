// Opening a note at a line, for every clickable entry of the dashboard and the code block.
import { Notice, TFile } from 'obsidian';
import type { App } from 'obsidian';

/** Opens `path` in the current tab, scrolled to the 1-based `line`. */
export async function openNoteAt(app: App, path: string, line: number, newTab = false): Promise<void> {
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) {
    new Notice(`Note not found: ${path}`);
    return;
  }
  // Obsidian's editor lines are 0-based.
  await app.workspace.getLeaf(newTab).openFile(file, { eState: { line: Math.max(0, line - 1) }, active: true });
}
