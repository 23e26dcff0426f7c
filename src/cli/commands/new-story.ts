// `interview-prep new-story <vault> --title T [--principle P]`: creates a STAR story note from the
// template in the plugin's story folder (a free name: never overwrites) and prints its path.
import { noteNameFrom, joinPath } from '../../core/authoring/file-name';
import { principleValue } from '../../core/authoring/principle-values';
import { storyNoteText } from '../../core/authoring/story-template';
import type { IndexSnapshot, Principle } from '../../core/model';
import { nameKey } from '../../core/text/normalize';
import { closest } from '../../core/text/distance';
import type { LoadedVault } from '../load-vault';
import { UsageError } from '../usage-error';
import { loadVaultSettings, type AuthoringSettings } from '../vault-settings';
import { nodeFs } from '../vault-fs';
import { createNote, nodeWriter, type NoteWriter } from './starter';

export interface NewStoryOptions {
  title: string | null;
  principle: string | null;
}

/** The plugin's `newStoryFolder` and `principleLinks` from its data.json (the shared schema), else the defaults. */
export function authoringSettings(root: string): AuthoringSettings {
  return loadVaultSettings(nodeFs, root).authoring;
}

/** A principle by id (`amazon/ownership`) or by name or alias; a name in several sets prefers `preferredSet`. */
export function findPrinciple(snapshot: IndexSnapshot, query: string, preferredSet = ''): Principle {
  const byId = snapshot.principles.find((p) => p.id === query.toLowerCase());
  if (byId) return byId;
  const key = nameKey(query);
  const hits = snapshot.principles.filter((p) => nameKey(p.name) === key || p.aliases.some((a) => nameKey(a) === key));
  if (hits.length === 1) return hits[0];
  if (hits.length > 1) {
    const preferred = hits.filter((p) => p.set === preferredSet);
    if (preferred.length === 1) return preferred[0];
    throw new UsageError(`principle "${query}" is in several sets; use its id: ${hits.map((p) => p.id).join(', ')}`);
  }
  const guess = closest(key, snapshot.principles, (p) => nameKey(p.name));
  throw new UsageError(`unknown principle "${query}"${guess ? ` (did you mean "${guess.name}"?)` : ''}`);
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
  const principles = opts.principle === null ? [] : [principleValue(findPrinciple(vault.snapshot, opts.principle, vault.settings.defaultSet), authoring.principleLinks)];
  const text = storyNoteText({ title, storyTag: vault.settings.index.storyTag, principles, now });
  const path = createNote(root, joinPath(authoring.newStoryFolder, noteNameFrom(title)), text, writer);
  out(`${path}\n`);
  return 0;
}
