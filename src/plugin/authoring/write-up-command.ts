// "Write up sketch as a story": the sketch under the cursor (a bold title over a paragraph of
// experience) becomes a new story note: the template, titled after the sketch, with the sketch's
// paragraph under Notes and the sketch's principles in frontmatter. The source note is left as it
// is unless the user then confirms replacing the sketch with an embed of the new note, in one
// editor transaction (one undo), and only if the sketch is still there unchanged.
import { Notice, type Editor, type TFile } from 'obsidian';
import { extractInlineStory } from '../../core/authoring/extract-story';
import { joinPath, noteNameFrom } from '../../core/authoring/file-name';
import { principleValues } from '../../core/authoring/principle-values';
import { sketchStoryText } from '../../core/authoring/sketch-story';
import { extractNote } from '../../core/extract/extract-note';
import type { RawStory } from '../../core/extract/raw';
import type { IndexSnapshot, Story } from '../../core/model';
import { ConfirmModal } from './confirm-modal';
import { recordFromText } from './fresh-story';
import type { AuthoringHost } from './host';
import { createFreshNote } from './vault-writes';

export interface FreshSketch {
  raw: RawStory;
  /** The index's view of the same sketch (for its principles), when it has one. */
  indexed: Story | null;
}

/** The sketch holding the 1-based `line` of the editor's current text, or null. */
export function sketchAt(host: AuthoringHost, file: TFile, text: string, line: number, snapshot: IndexSnapshot): FreshSketch | null {
  const ex = extractNote(recordFromText(host.app, file, text), host.settings);
  const raw = ex.stories.find((s) => s.kind === 'sketch' && line >= s.line && line <= s.endLine);
  if (!raw) return null;
  const indexed = snapshot.stories.find((s) => s.path === file.path && s.kind === 'sketch' && s.title === raw.title) ?? null;
  return { raw, indexed };
}

/** Whether the index has a sketch at the 1-based line (for the command's and the menu's check). */
export function hasSketchAt(snapshot: IndexSnapshot, path: string, line: number): boolean {
  return snapshot.stories.some((s) => s.kind === 'sketch' && s.path === path && line >= s.line && line <= s.endLine);
}

export interface WriteUpResult {
  file: TFile;
  /** Resolves once the user has answered whether to replace the sketch (true: replaced). */
  replaced: Promise<boolean>;
}

export async function writeUpSketchAtCursor(host: AuthoringHost, editor: Editor, file: TFile, now: () => Date = () => new Date()): Promise<WriteUpResult | null> {
  const text = editor.getValue();
  const snapshot = host.index.snapshot();
  const found = sketchAt(host, file, text, editor.getCursor().line + 1, snapshot);
  if (!found) {
    new Notice('Click inside a sketch first: a bold title line with a paragraph about an experience under it.');
    return null;
  }
  const { raw, indexed } = found;
  const refs = indexed?.principles ?? [];
  const links = host.settings.principleLinks;
  const noteText = sketchStoryText({
    title: raw.title,
    body: raw.body ?? '',
    storyTag: host.settings.storyTag,
    principles: principleValues(snapshot, refs.filter((r) => r.role === 'primary').map((r) => r.id), links),
    secondary: principleValues(snapshot, refs.filter((r) => r.role === 'secondary').map((r) => r.id), links),
    now: now(),
  });
  const newFile = await createFreshNote(host.app, joinPath(host.settings.newStoryFolder, noteNameFrom(raw.title)), noteText);
  new Notice(`Story note "${newFile.path}" created from the sketch.`);

  const replaced = new Promise<boolean>((resolve) => {
    let answered = false;
    const answer = (v: boolean) => {
      if (answered) return;
      answered = true;
      resolve(v);
    };
    const modal = new ConfirmModal(host.app, {
      title: 'Replace the sketch with a link?',
      message: `Lines ${raw.line}–${raw.endLine} ("${raw.title}") can be replaced by an embed of the new note. The note stays as it is otherwise.`,
      confirm: 'Replace with a link',
      onConfirm: () => answer(replaceSketch(host, editor, file, newFile, text, raw)),
    });
    const close = modal.onClose.bind(modal);
    modal.onClose = () => {
      close();
      // The confirm button closes the modal just before it confirms: a plain close is a "no"
      // only if no confirmation follows in the same turn.
      void Promise.resolve().then(() => answer(false));
    };
    modal.open();
  });
  return { file: newFile, replaced };
}

/** Replaces the sketch's lines by the embed if they are still exactly as they were read. */
function replaceSketch(host: AuthoringHost, editor: Editor, file: TFile, newFile: TFile, text: string, raw: RawStory): boolean {
  const embed = '!' + host.app.fileManager.generateMarkdownLink(newFile, file.path);
  const range = extractInlineStory(text, raw.line, raw.endLine, embed);
  const lf = (s: string) => s.replace(/\r\n?/g, '\n');
  if (lf(editor.getRange(range.from, range.to)) !== lf(range.storyText.slice(range.from.ch))) {
    new Notice('The sketch changed meanwhile; it was left as it is.');
    return false;
  }
  editor.transaction({ changes: [{ from: range.from, to: range.to, text: embed }] });
  return true;
}
