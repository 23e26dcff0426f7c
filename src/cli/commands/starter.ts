// `obsidian-interview-prep starter <vault> amazon|google|meta [--force]`: writes a starter principle-set
// note at the vault's root (a free name: an existing file is never overwritten) and prints its
// path. A set the vault already has is refused unless --force.
import { mkdirSync, writeFileSync, existsSync } from 'fs';
import { dirname, isAbsolute, join } from 'path';
import { freeName } from '../../core/paths/free-name';
import type { PrincipleSet } from '../../core/model';
import { existingStarterSet, isStarterKey, STARTER_KEYS, STARTER_SETS, starterSetText } from '../../core/starter/starter-sets';
import type { IndexSettings } from '../../core/settings';
import { UsageError } from '../usage-error';

/** Creating a note on disk; tests substitute it to simulate a file appearing at the last moment. */
export interface NoteWriter {
  exists(absPath: string): boolean;
  /** Creates the file, failing (EEXIST) when it exists: never overwrites, even in a race. */
  create(absPath: string, text: string): void;
}

export const nodeWriter: NoteWriter = {
  exists: (p) => existsSync(p),
  create(p, text) {
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text, { encoding: 'utf8', flag: 'wx' });
  },
};

/**
 * Writes `text` at the first free vault path for `base` (vault-relative, without `.md`); returns
 * that path. Names are compared case-insensitively when the disk is (macOS, Windows) through exists().
 */
export function createNote(root: string, base: string, text: string, writer: NoteWriter): string {
  // The folder comes from settings (data.json): a `..` segment must not lead out of the vault.
  if (base.split(/[\\/]/).some((seg) => seg === '..') || isAbsolute(base)) {
    throw new UsageError(`refusing to write outside the vault: "${base}.md"`);
  }
  const abs = (rel: string) => join(root, ...rel.split('/'));
  for (let attempt = 0; attempt < 5; attempt++) {
    const rel = freeName(base, 'md', (p) => writer.exists(abs(p)));
    try {
      writer.create(abs(rel), text);
      return rel;
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw new UsageError(`cannot write "${rel}": ${(err as Error).message.split('\n')[0]}`);
    }
  }
  throw new UsageError(`cannot find a free name for "${base}.md"`);
}

export interface StarterOptions {
  /** The vault's sets: a starter the vault already has is refused unless `force`. */
  existing?: readonly PrincipleSet[];
  /** `--force`: write a second copy anyway (at a free name; never an overwrite). */
  force?: boolean;
}

/** Writes the starter set note; refuses (exit 2, nothing written) when the vault already has that set. */
export function runStarter(
  root: string,
  which: string | null,
  settings: IndexSettings,
  out: (s: string) => void,
  writer: NoteWriter = nodeWriter,
  options: StarterOptions = {},
): number {
  if (which === null || !isStarterKey(which)) {
    throw new UsageError(`${which === null ? 'missing set' : `unknown set "${which}"`}: obsidian-interview-prep starter <vault> ${STARTER_KEYS.join('|')}`);
  }
  const set = STARTER_SETS[which];
  const have = existingStarterSet(options.existing ?? [], set);
  if (have && !options.force) {
    throw new UsageError(`the vault already has the set "${have.name}" (${have.path}); nothing written. Add --force to write a second copy`);
  }
  const path = createNote(root, set.title, starterSetText(set, settings.setTag), writer);
  out(`${path}\n`);
  return 0;
}
