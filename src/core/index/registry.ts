// The principle registry: every set and principle the vault defines, with the lookups that
// name resolution needs. Rebuilt only when a set note or principle note changes.
import type { IndexWarning, Principle, PrincipleSet } from '../model';
import type { NoteExtract, RawPrinciple } from '../extract/raw';
import { nameKey, slugify } from '../text/normalize';

export interface Registry {
  sets: PrincipleSet[];
  principles: Principle[];
  /** nameKey of a name or alias → principles with it (several when sets share a name). */
  byKey: Map<string, Principle[]>;
  /** slug of a name or alias → principles, for tags like `#lp/deliver-results`. */
  bySlug: Map<string, Principle[]>;
  /** Lowercased basename and path (without .md) of a set note → its set id. */
  setNotes: Map<string, string>;
  /** Lowercased basename of a principle note → the principle. */
  principleNotes: Map<string, Principle>;
  /** Set id → its principles by nameKey (names and aliases). */
  setMembers: Map<string, Map<string, Principle>>;
  /** All names and aliases, for "did you mean". */
  names: { key: string; principle: Principle; name: string }[];
  warnings: IndexWarning[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Builds the registry from the extracts of all indexed notes, in path order. */
export function buildRegistry(extracts: NoteExtract[]): Registry {
  const reg: Registry = {
    sets: [],
    principles: [],
    byKey: new Map(),
    bySlug: new Map(),
    setNotes: new Map(),
    principleNotes: new Map(),
    setMembers: new Map(),
    names: [],
    warnings: [],
  };
  const setsById = new Map<string, PrincipleSet>();
  const ensureSet = (id: string, name: string, path: string): PrincipleSet => {
    let set = setsById.get(id);
    if (!set) {
      set = { id, name, path };
      setsById.set(id, set);
      reg.sets.push(set);
      reg.setMembers.set(id, new Map());
    }
    return set;
  };
  const add = (setId: string, raw: RawPrinciple, path: string, principleNote = false): Principle | null => {
    const members = reg.setMembers.get(setId) as Map<string, Principle>;
    const key = nameKey(raw.name);
    const id = `${setId}/${slugify(raw.name) || 'principle'}`;
    if (members.has(key) || reg.principles.some((p) => p.id === id)) {
      reg.warnings.push({
        code: 'duplicate-principle',
        severity: 'warning',
        path,
        line: raw.line,
        message: `"${raw.name}" is already defined in set "${setId}"; this one is ignored.`,
      });
      return null;
    }
    const p: Principle = { id, name: raw.name, set: setId, path, line: raw.line, description: raw.description, aliases: raw.aliases };
    if (principleNote) p.principleNote = true;
    reg.principles.push(p);
    for (const n of [raw.name, ...raw.aliases]) {
      const k = nameKey(n);
      if (k === '') continue;
      push(reg.byKey, k, p);
      push(reg.bySlug, slugify(n), p);
      if (!members.has(k)) members.set(k, p);
      reg.names.push({ key: k, principle: p, name: n });
    }
    return p;
  };

  for (const ex of extracts) {
    if (ex.set) {
      ensureSet(ex.set.id, ex.set.name, ex.path);
      reg.setNotes.set(ex.basename.toLowerCase(), ex.set.id);
      reg.setNotes.set(ex.path.replace(/\.md$/i, '').toLowerCase(), ex.set.id);
      for (const p of ex.set.principles) add(ex.set.id, p, ex.path);
    }
  }
  for (const ex of extracts) {
    if (ex.principleNote) {
      const setId = slugify(ex.principleNote.setName) || 'general';
      ensureSet(setId, ex.principleNote.setName, ex.path);
      const p = add(setId, ex.principleNote.principle, ex.path, true);
      if (p) reg.principleNotes.set(ex.basename.toLowerCase(), p);
    }
  }
  return reg;
}

/** Set ids a note is scoped to: the set it defines, and sets named by any segment of its tags. */
export function noteScope(ex: NoteExtract, reg: Registry): Set<string> {
  const scope = new Set<string>();
  if (ex.set) scope.add(ex.set.id);
  for (const tag of ex.tags) {
    for (const seg of tag.split('/')) {
      const id = slugify(seg);
      if (reg.setMembers.has(id)) scope.add(id);
    }
  }
  return scope;
}
