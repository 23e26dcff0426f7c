// "Extract inline story to its own note": the story under the cursor becomes a story note (its
// lines unchanged, its section's principles in frontmatter) and, in ONE editor transaction, its
// lines in the source become an embed of the new note, so a single undo restores them.
// The confirmation shows the exact lines that will move; after the edit, the source must have
// lost exactly those lines (now the embed) and nothing else, or the edit is undone.
import { Notice, type Editor, type TFile } from 'obsidian';
import { checkExtraction, contextPrinciples, planExtraction, rangeDetails, rangeText, type ExtractionPlan } from '../../core/authoring/extract-plan';
import { extractInlineStory } from '../../core/authoring/extract-story';
import type { Story } from '../../core/model';
import { ConfirmModal } from './confirm-modal';
import { inlineStoryAt, type FreshInlineStory } from './fresh-story';
import type { AuthoringHost } from './host';
import { createFreshNote } from './vault-writes';

export interface ExtractResult {
  file: TFile;
  /** The story as the index knew it, moved to the new note (for tagging right away). */
  story: Story | null;
}

export interface PreparedExtraction {
  /** The editor's text the plan was made from. */
  text: string;
  found: FreshInlineStory;
  plan: ExtractionPlan;
}

/** The plan for the inline story under the cursor, or null (with a notice) when there is none. */
export function prepareExtraction(host: AuthoringHost, editor: Editor, file: TFile): PreparedExtraction | null {
  const text = editor.getValue();
  const snapshot = host.index.snapshot();
  const found = inlineStoryAt(host.app, file, text, editor.getCursor().line + 1, host.settings, snapshot);
  if (!found) {
    new Notice('Click inside an inline story first: a run of bold situation, task, action and result labels.');
    return null;
  }
  const { principles, secondary } = contextPrinciples(snapshot, found.indexed, host.settings.principleLinks);
  const plan = planExtraction({
    sourceText: text,
    startLine: found.line,
    endLine: found.endLine,
    title: found.title,
    storyTag: host.settings.storyTag,
    folder: host.settings.newStoryFolder,
    principles,
    secondary,
  });
  return { text, found, plan };
}

/** Asks first, showing the lines that will move; `after` runs on the moved story. */
export function confirmExtraction(host: AuthoringHost, editor: Editor, file: TFile, after?: (moved: ExtractResult) => void, intro = '', confirm = 'Extract'): ConfirmModal | null {
  const prepared = prepareExtraction(host, editor, file);
  if (!prepared) return null;
  const folder = host.settings.newStoryFolder.replace(/^\/+|\/+$/g, '');
  const modal = new ConfirmModal(host.app, {
    title: 'Extract inline story',
    message: `${intro}Move ${rangeText(prepared.plan)} of "${file.path}" to a new note${folder ? ` in "${folder}"` : ''}? They become one link to it.`,
    details: rangeDetails(prepared.plan),
    confirm,
    onConfirm: async () => {
      const moved = await performExtraction(host, editor, file, prepared);
      if (moved && after) after(moved);
    },
  });
  modal.open();
  return modal;
}

/** Extracts without asking (the caller has asked). */
export async function extractStoryAtCursor(host: AuthoringHost, editor: Editor, file: TFile): Promise<ExtractResult | null> {
  const prepared = prepareExtraction(host, editor, file);
  return prepared ? performExtraction(host, editor, file, prepared) : null;
}

export async function performExtraction(host: AuthoringHost, editor: Editor, file: TFile, prepared: PreparedExtraction): Promise<ExtractResult | null> {
  const { text, found, plan } = prepared;
  if (editor.getValue() !== text) {
    new Notice('The note changed since the extract was prepared; nothing was moved. Run the command again.');
    return null;
  }
  const newFile = await createFreshNote(host.app, plan.noteBase, plan.noteText);
  if ((await host.app.vault.read(newFile)) !== plan.noteText) {
    await host.app.fileManager.trashFile(newFile);
    new Notice(`"${newFile.path}" did not read back as written; nothing was moved.`);
    return null;
  }
  const embed = '!' + host.app.fileManager.generateMarkdownLink(newFile, file.path);

  // The user may have typed while the note was being created: only replace the block if it is still there.
  const range = extractInlineStory(text, plan.startLine, plan.endLine, embed);
  const lf = (s: string) => s.replace(/\r\n?/g, '\n');
  if (lf(editor.getRange(range.from, range.to)) !== lf(range.storyText.slice(range.from.ch))) {
    new Notice(`The story changed while it was being copied; "${newFile.path}" was created and the original text was left as it is.`);
    return { file: newFile, story: null };
  }
  const before = editor.getValue();
  editor.transaction({ changes: [{ from: range.from, to: range.to, text: embed }] });
  const problem = checkExtraction(before, editor.getValue(), plan, embed);
  if (problem !== null) {
    editor.undo();
    if (editor.getValue() !== before) editor.setValue(before);
    await host.app.fileManager.trashFile(newFile);
    new Notice(`Extract undone: after the edit ${problem}. The note is as it was.`);
    return null;
  }
  new Notice(`Story moved to "${newFile.path}" (${rangeText(plan)} of this note).`);
  const story = found.indexed ? { ...found.indexed, path: newFile.path, kind: 'note' as const } : null;
  return { file: newFile, story };
}
