// "Extract inline story to its own note": the story under the cursor becomes a story note (its
// lines unchanged, its section's principles in frontmatter) and, in ONE editor transaction, its
// lines in the source become an embed of the new note, so a single undo restores them.
import { Notice, type Editor, type TFile } from 'obsidian';
import { extractInlineStory, storyNoteFromBlock } from '../../core/authoring/extract-story';
import { joinPath, noteNameFrom } from '../../core/authoring/file-name';
import { lineEnding } from '../../core/authoring/lines';
import { principleValues } from '../../core/authoring/principle-values';
import type { Story } from '../../core/model';
import { inlineStoryAt } from './fresh-story';
import type { AuthoringHost } from './host';
import { createFreshNote } from './vault-writes';

export interface ExtractResult {
  file: TFile;
  /** The story as the index knew it, moved to the new note (for tagging right away). */
  story: Story | null;
}

/** Mapping sources that belong to the story's place in the note, and so must move to frontmatter. */
const CONTEXT_SOURCES = new Set(['section', 'heading', 'label']);

export async function extractStoryAtCursor(host: AuthoringHost, editor: Editor, file: TFile): Promise<ExtractResult | null> {
  const text = editor.getValue();
  const cursor = editor.getCursor().line + 1;
  const snapshot = host.index.snapshot();
  const found = inlineStoryAt(host.app, file, text, cursor, host.settings, snapshot);
  if (!found) {
    new Notice('Click inside an inline story first: a run of bold situation, task, action and result labels.');
    return null;
  }
  const refs = (found.indexed?.principles ?? []).filter((r) => CONTEXT_SOURCES.has(r.source));
  const links = host.settings.principleLinks;
  const primary = principleValues(snapshot, refs.filter((r) => r.role === 'primary').map((r) => r.id), links);
  const secondary = principleValues(snapshot, refs.filter((r) => r.role === 'secondary').map((r) => r.id), links);

  // The note's text first; the embed depends on its final name.
  const draft = extractInlineStory(text, found.line, found.endLine, '');
  const noteText = storyNoteFromBlock({ storyText: draft.storyText, storyTag: host.settings.storyTag, principles: primary, secondary, eol: lineEnding(text) });
  const newFile = await createFreshNote(host.app, joinPath(host.settings.newStoryFolder, noteNameFrom(found.title)), noteText);
  const embed = '!' + host.app.fileManager.generateMarkdownLink(newFile, file.path);

  // The user may have typed while the note was being created: only replace the block if it is still there.
  const range = extractInlineStory(text, found.line, found.endLine, embed);
  const lf = (s: string) => s.replace(/\r\n?/g, '\n');
  if (lf(editor.getRange(range.from, range.to)) !== lf(draft.storyText.slice(range.from.ch))) {
    new Notice(`The story changed while it was being copied; "${newFile.path}" was created and the original text was left as it is.`);
    return { file: newFile, story: null };
  }
  editor.transaction({ changes: [{ from: range.from, to: range.to, text: embed }] });
  new Notice(`Story moved to "${newFile.path}".`);
  const story = found.indexed ? { ...found.indexed, path: newFile.path, kind: 'note' as const } : null;
  return { file: newFile, story };
}
