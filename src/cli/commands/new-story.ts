// `obsidian-interview-prep new-story <vault> --title T [--principle P]`: creates a STAR story note from the
// template in the plugin's story folder (a free name: never overwrites) and prints its path.
import { noteNameFrom, joinPath } from '../../core/authoring/file-name';
import { principleValue } from '../../core/authoring/principle-values';
import { storyNoteText } from '../../core/authoring/story-template';
import { principleArg } from '../principle-arg';
import type { LoadedVault } from '../load-vault';
import { UsageError } from '../usage-error';
import type { AuthoringSettings } from '../vault-settings';
import { createNote, nodeWriter, type NoteWriter } from './starter';

export interface NewStoryOptions {
  title: string | null;
  principle: string | null;
}

export function runNewStory(
  vault: LoadedVault,
  root: string,
  opts: NewStoryOptions,
  authoring: AuthoringSettings,
  out: (s: string) => void,
  now: Date = new Date(),
  writer: NoteWriter = nodeWriter,
): number {
  const title = (opts.title ?? '').trim();
  if (title === '') throw new UsageError('missing --title: obsidian-interview-prep new-story <vault> --title T [--principle P]');
  const principles = opts.principle === null ? [] : [principleValue(principleArg(vault.snapshot, opts.principle, { preferredSet: vault.settings.defaultSet }), authoring.principleLinks)];
  const text = storyNoteText({ title, storyTag: vault.settings.index.storyTag, principles, now });
  const path = createNote(root, joinPath(authoring.newStoryFolder, noteNameFrom(title)), text, writer);
  out(`${path}\n`);
  return 0;
}
