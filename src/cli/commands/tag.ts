// `obsidian-interview-prep tag <vault> <note> [--principle P] [--secondary Q] [--remove R]`: the same edit
// as the plugin's "Tag story with principles" modal, through the same core code
// (core/authoring/tag-choices + tag-edit): only the named principles change, every other entry
// and byte of the note stays. The edit is checked with the YAML parser the CLI reads notes with;
// when it cannot be made in place the note is left alone and the reason printed (exit 1).
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { choicesToDiff, type Choice } from '../../core/authoring/tag-choices';
import { editPrincipleKeys } from '../../core/authoring/tag-edit';
import type { Principle } from '../../core/model';
import type { LoadedVault } from '../load-vault';
import { parseYamlText } from '../note-record';
import { UsageError } from '../usage-error';
import type { AuthoringSettings } from '../vault-settings';
import { principleArg } from '../principle-arg';

export interface TagOptions {
  note: string | null;
  principle: string | null;
  secondary: string | null;
  remove: string | null;
}

/** Reads and writes the note's text (tests substitute it). */
export interface TextFile {
  read(absPath: string): string;
  write(absPath: string, text: string): void;
}

export const nodeTextFile: TextFile = {
  read: (p) => readFileSync(p, 'utf8'),
  write: (p, text) => writeFileSync(p, text, 'utf8'),
};

const USAGE = 'obsidian-interview-prep tag <vault> <note> [--principle P] [--secondary Q] [--remove R]';

/** The story note the user named: a vault-relative path, with or without `.md`. */
function storyNote(vault: LoadedVault, note: string): string {
  const rel = note.replace(/\\/g, '/').replace(/^\.\//, '');
  const path = /\.md$/i.test(rel) ? rel : `${rel}.md`;
  if (path.split('/').some((seg) => seg === '..')) throw new UsageError(`refusing to edit outside the vault: "${note}"`);
  const story = vault.snapshot.stories.find((s) => s.kind === 'note' && s.path.toLowerCase() === path.toLowerCase());
  if (!story) throw new UsageError(`"${note}" is not a story note in this vault (tag it #${vault.settings.index.storyTag.replace(/^#/, '')} first)`);
  return story.path;
}

export function runTag(vault: LoadedVault, root: string, opts: TagOptions, authoring: AuthoringSettings, out: (s: string) => void, err: (s: string) => void, file: TextFile = nodeTextFile): number {
  if (opts.note === null) throw new UsageError(`missing note: ${USAGE}`);
  if (opts.principle === null && opts.secondary === null && opts.remove === null) throw new UsageError(`nothing to do: ${USAGE}`);
  const path = storyNote(vault, opts.note);
  const choices = new Map<string, Choice>();
  const choose = (name: string | null, choice: Choice) => {
    if (name === null) return;
    const p: Principle = principleArg(vault.snapshot, name, { preferredSet: vault.settings.defaultSet });
    if (choices.has(p.id)) throw new UsageError(`"${p.name}" is named twice`);
    choices.set(p.id, choice);
  };
  choose(opts.principle, 'primary');
  choose(opts.secondary, 'secondary');
  choose(opts.remove, 'none');
  const story = vault.snapshot.stories.find((s) => s.path === path && s.kind === 'note');
  // --remove takes the principle out of the frontmatter even when the index maps it from elsewhere.
  const current = (story?.principles ?? []).filter((r) => choices.get(r.id) !== 'none');
  const removed = [...choices].filter(([, c]) => c === 'none').map(([id]) => ({ id, role: 'primary' as const, source: 'frontmatter' as const }));
  const diffs = choicesToDiff(vault.snapshot, [...current, ...removed], choices, authoring.principleLinks);
  const abs = join(root, ...path.split('/'));
  const text = file.read(abs);
  const outcome = editPrincipleKeys(text, diffs, parseYamlText);
  if (outcome.kind === 'unchanged') {
    out(`${path}: no change\n`);
    return 0;
  }
  if (outcome.kind === 'refused' || outcome.kind === 'unsafe') {
    err(`obsidian-interview-prep: ${path} not changed: ${outcome.reason}. Edit its frontmatter by hand, or use the plugin's Tag modal, which can rewrite the whole block.\n`);
    return 1;
  }
  file.write(abs, outcome.text);
  out(`${path}\n${outcome.changes.map((c) => `  ${c}\n`).join('')}`);
  return 0;
}
