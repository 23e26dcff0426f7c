// `obsidian-interview-prep extract <vault> <note> --line N`: the same edit as the plugin's "Extract inline
// story" command, through the same core (src/core/authoring/extract-plan.ts). The story holding
// line N becomes a story note in the story folder; its lines in the source become one embed.
// Both files are read back after writing: if the source did not lose exactly those lines, its
// bytes are put back and the new note removed. Prints what changed.
import { readFileSync, statSync, unlinkSync, writeFileSync } from 'fs';
import { isAbsolute, join } from 'path';
import { checkExtraction, contextPrinciples, extractedSource, planExtraction, rangeDetails, rangeText } from '../../core/authoring/extract-plan';
import { embedFor } from '../../core/authoring/extract-story';
import type { Story } from '../../core/model';
import type { LoadedVault } from '../load-vault';
import { listVault } from '../read-vault';
import { decodeText, encodeText } from '../text-file';
import { UsageError } from '../usage-error';
import { nodeFs } from '../vault-fs';
import type { AuthoringSettings } from '../vault-settings';
import { createNote, nodeWriter, type NoteWriter } from './starter';

export interface ExtractOptions {
  note: string | null;
  line: number | null;
}

/** Reading and replacing the source note; tests substitute it to simulate a write gone wrong. */
export interface SourceFile {
  read(absPath: string): Buffer;
  write(absPath: string, bytes: Buffer): void;
  remove(absPath: string): void;
}

export const nodeSourceFile: SourceFile = {
  read: (p) => readFileSync(p),
  write: (p, bytes) => writeFileSync(p, bytes),
  remove: (p) => unlinkSync(p),
};

const USAGE = 'obsidian-interview-prep extract <vault> <note> --line N';

/** The vault-relative path of the note argument (`Notes/Acme`, `Notes\\Acme.md` → `Notes/Acme.md`). */
function notePath(arg: string): string {
  const rel = arg.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (isAbsolute(arg) || rel.split('/').some((seg) => seg === '..' || seg === '')) throw new UsageError(`"${arg}" is not a note path inside the vault (e.g. "Notes/Acme.md")`);
  return /\.md$/i.test(rel) ? rel : `${rel}.md`;
}

function storyAt(stories: readonly Story[], path: string, line: number): Story {
  const here = stories.filter((s) => s.path === path);
  if (here.some((s) => s.kind === 'note')) throw new UsageError(`${path} is a story note already: there is nothing to extract`);
  const story = here.find((s) => line >= s.line && line <= s.endLine);
  if (story) return story;
  const where = here.map((s) => rangeText({ startLine: s.line, endLine: s.endLine })).join(', ');
  throw new UsageError(`no inline story at line ${line} of ${path} (${where ? `its inline stories: ${where}` : 'it has none'})`);
}

export function runExtract(
  vault: LoadedVault,
  root: string,
  opts: ExtractOptions,
  authoring: AuthoringSettings,
  out: (s: string) => void,
  writer: NoteWriter = nodeWriter,
  source: SourceFile = nodeSourceFile,
): number {
  if (opts.note === null) throw new UsageError(`missing note: ${USAGE}`);
  if (opts.line === null) throw new UsageError(`missing --line: ${USAGE}`);
  const path = notePath(opts.note);
  const abs = join(root, ...path.split('/'));
  if (!statSync(abs, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`no note "${path}" in the vault`);
  const story = storyAt(vault.snapshot.stories, path, opts.line);

  const bytes = source.read(abs);
  const { text, encoding } = decodeText(bytes);
  const { principles, secondary } = contextPrinciples(vault.snapshot, story, authoring.principleLinks);
  let plan;
  try {
    plan = planExtraction({ sourceText: text, startLine: story.line, endLine: story.endLine, title: story.title, storyTag: vault.settings.index.storyTag, folder: authoring.newStoryFolder, principles, secondary });
  } catch {
    throw new UsageError(`${path} changed while it was read; nothing was changed`);
  }

  const created = createNote(root, plan.noteBase, plan.noteText, writer);
  const createdAbs = join(root, ...created.split('/'));
  const undoNote = () => {
    if (readFileSync(createdAbs, 'utf8') === plan.noteText) source.remove(createdAbs);
  };
  const embed = embedFor(created, listVault(nodeFs, root, [], []));
  const newText = extractedSource(text, plan, embed);
  if (!source.read(abs).equals(bytes) || checkExtraction(text, newText, plan, embed) !== null) {
    undoNote();
    throw new UsageError(`${path} changed while the story was being copied; nothing was changed`);
  }

  source.write(abs, encodeText(newText, encoding, true));
  const back = decodeText(source.read(abs));
  const problem = back.text === newText && back.encoding === encoding ? null : (checkExtraction(text, back.text, plan, embed) ?? 'it did not read back as written');
  if (problem !== null) {
    source.write(abs, bytes);
    undoNote();
    throw new UsageError(`${path} was not written as planned (${problem}); it was restored and nothing was changed`);
  }
  out(`Moved ${rangeText(plan)} of ${path} to ${created}\n`);
  for (const line of rangeDetails(plan)) out(`  ${line}\n`);
  out(`${path} line ${plan.startLine} is now ${embed}\n`);
  return 0;
}
