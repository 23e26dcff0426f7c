// `interview-prep new-story <vault> --title T [--principle P]`: creates a STAR story note from the
// template in the plugin's story folder (a free name: never overwrites) and prints its path.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { DEFAULT_NEW_STORY_FOLDER, DEFAULT_PRINCIPLE_LINKS } from '../../core/authoring/defaults';
import { noteNameFrom, joinPath } from '../../core/authoring/file-name';
import { principleValue } from '../../core/authoring/principle-values';
import { storyNoteText } from '../../core/authoring/story-template';
import type { LoadedVault } from '../load-vault';
import { UsageError } from '../usage-error';
import { PLUGIN_DATA } from '../vault-settings';
import { findPrinciple } from './find-principle';
import { createNote, nodeWriter, type NoteWriter } from './starter';

export interface NewStoryOptions {
  title: string | null;
  principle: string | null;
}

export interface AuthoringSettings {
  newStoryFolder: string;
  principleLinks: boolean;
}

/** The plugin's `newStoryFolder` and `principleLinks` from its data.json, else the defaults. */
export function authoringSettings(root: string): AuthoringSettings {
  const out: AuthoringSettings = { newStoryFolder: DEFAULT_NEW_STORY_FOLDER, principleLinks: DEFAULT_PRINCIPLE_LINKS };
  try {
    const dirs = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name.startsWith('.')).map((e) => e.name).sort();
    for (const dir of dirs) {
      const file = join(root, dir, ...PLUGIN_DATA);
      if (!statSync(file, { throwIfNoEntry: false })?.isFile()) continue;
      const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (typeof saved.newStoryFolder === 'string') out.newStoryFolder = saved.newStoryFolder;
      if (typeof saved.principleLinks === 'boolean') out.principleLinks = saved.principleLinks;
      break;
    }
  } catch {
    // unreadable or invalid settings: the defaults (the vault loader already reported it)
  }
  return out;
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
  if (title === '') throw new UsageError('missing --title: interview-prep new-story <vault> --title T [--principle P]');
  const principles = opts.principle === null ? [] : [principleValue(findPrinciple(vault.snapshot, opts.principle, { preferredSet: vault.settings.defaultSet }), authoring.principleLinks)];
  const text = storyNoteText({ title, storyTag: vault.settings.index.storyTag, principles, now });
  const path = createNote(root, joinPath(authoring.newStoryFolder, noteNameFrom(title)), text, writer);
  out(`${path}\n`);
  return 0;
}
