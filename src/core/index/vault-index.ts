// The incremental index. upsert/remove/rename touch one note; the resolved read model is
// rebuilt lazily, per note, and only re-resolves every note when principles themselves change.
import type { IndexSnapshot, IndexWarning, NoteRecord, Principle, Question, Story } from '../model';
import type { IndexSettings } from '../settings';
import { DEFAULT_INDEX_SETTINGS } from '../settings';
import { basenameOf, extractNote } from '../extract/extract-note';
import type { NoteExtract } from '../extract/raw';
import { PrincipleReader } from '../reading/reader';
import { buildRegistry, type Registry } from './registry';
import { attachReadings } from './readings';
import { readElsewhereWarnings } from './read-elsewhere';
import { resolveNote, type ResolvedNote } from './resolve';

/** What a note contributes to the registry; when it changes, every note is re-resolved. */
function registrySignature(ex: NoteExtract | undefined): string {
  if (!ex || (!ex.set && !ex.principleNote)) return '';
  return JSON.stringify([ex.basename, ex.set, ex.principleNote, ex.set ? (ex.created ?? null) : null]);
}

export class VaultIndex {
  private settings: IndexSettings;
  private readonly records = new Map<string, NoteRecord>();
  private readonly extracts = new Map<string, NoteExtract>();
  private readonly resolved = new Map<string, ResolvedNote>();
  /** Notes held but not resolved since their last change: what `prepare` works through. */
  private unresolved = new Set<string>();
  private registry: Registry | null = null;
  private reader: PrincipleReader | null = null;
  private byId: Map<string, Principle> | null = null;
  private rev = 0;
  private cache: IndexSnapshot | null = null;
  /** Copies made under a `~n` id, per item: an unchanged duplicate keeps its copy from the last snapshot. */
  private readonly renamed = new WeakMap<object, { id: string; copy: object }>();

  constructor(settings: Partial<IndexSettings> = {}) {
    this.settings = { ...DEFAULT_INDEX_SETTINGS, ...settings };
  }

  /** Bumped by every change; views compare it before re-rendering. */
  get revision(): number {
    return this.rev;
  }

  /** Number of notes held (indexed notes and notes kept only for their warnings). */
  get size(): number {
    return this.extracts.size;
  }

  has(path: string): boolean {
    return this.extracts.has(path);
  }

  paths(): string[] {
    return [...this.extracts.keys()];
  }

  /** Replaces the settings and empties the index: the caller upserts every note again. */
  setSettings(settings: Partial<IndexSettings>): void {
    this.settings = { ...DEFAULT_INDEX_SETTINGS, ...settings };
    this.records.clear();
    this.extracts.clear();
    this.invalidateAll();
    this.touch(); // an emptied index is a change: the cached snapshot must not be served again
  }

  /** Adds or updates one note. Returns true when the note is indexed (matches a rule). */
  upsert(note: NoteRecord): boolean {
    const ex = extractNote(note, this.settings);
    const prev = this.extracts.get(note.path);
    if (!ex.indexed && ex.warnings.length === 0) {
      if (prev) this.remove(note.path);
      return false;
    }
    this.records.set(note.path, note);
    this.extracts.set(note.path, ex);
    if (registrySignature(prev) !== registrySignature(ex)) this.invalidateAll();
    else this.resolved.delete(note.path);
    this.unresolved.add(note.path);
    this.touch();
    return ex.indexed;
  }

  remove(path: string): void {
    const prev = this.extracts.get(path);
    if (!prev) return;
    this.records.delete(path);
    this.extracts.delete(path);
    if (registrySignature(prev) !== '') this.invalidateAll();
    else this.resolved.delete(path);
    this.unresolved.delete(path);
    this.touch();
  }

  /** A note moved: re-extracted under its new path (its title or folder may matter). */
  rename(from: string, to: string): void {
    const record = this.records.get(from);
    if (!record) return;
    this.remove(from);
    this.upsert({ ...record, path: to });
  }

  /** The resolved read model, computed once per revision. */
  snapshot(): IndexSnapshot {
    if (this.cache && this.cache.revision === this.rev) return this.cache;
    const paths = [...this.extracts.keys()].sort();
    const reg = this.currentRegistry(paths);
    const questions: Question[] = [];
    const stories: Story[] = [];
    const warnings: IndexWarning[] = [...reg.warnings];
    for (const path of paths) {
      const r = this.resolved.get(path) ?? this.resolve(path);
      for (const q of r.questions) questions.push(q);
      for (const s of r.stories) stories.push(s);
      for (const w of r.warnings) warnings.push(w);
    }
    this.cache = {
      revision: this.rev,
      sets: reg.sets,
      principles: reg.principles,
      questions: uniqueIds(questions, (q) => q.text, this.renamed),
      stories: uniqueIds(stories, (s) => s.partText.S?.text ?? '', this.renamed),
      warnings,
    };
    return this.cache;
  }

  /**
   * Does the next snapshot's work ahead of it: resolves the notes changed since they were last
   * resolved and reads their questions and stories, one note at a time, until `shouldStop()`.
   * Returns whether work is left. The plugin's first pass calls it while it waits for reads, so the
   * first dashboard has little left to do when the last note arrives. A later change to the
   * principles (a set note) undoes the work, as it would a snapshot's.
   */
  prepare(shouldStop: () => boolean): boolean {
    for (const path of this.unresolved) {
      if (shouldStop()) return true;
      const r = this.resolve(path);
      for (const item of [...r.questions, ...r.stories]) void item.suggestions; // reads `reading` too
    }
    return false;
  }

  /** The registry of principles, built from every note held when a set or principle note changed. */
  private currentRegistry(sortedPaths?: string[]): Registry {
    if (!this.registry) {
      const paths = sortedPaths ?? [...this.extracts.keys()].sort();
      this.registry = buildRegistry(paths.map((p) => this.extracts.get(p) as NoteExtract));
      this.reader = new PrincipleReader(this.registry.principles);
      this.byId = new Map(this.registry.principles.map((p) => [p.id, p]));
    }
    return this.registry;
  }

  /** Resolves one held note against the registry and keeps the result until the note changes. */
  private resolve(path: string): ResolvedNote {
    const reg = this.currentRegistry();
    const ex = this.extracts.get(path) as NoteExtract;
    const r = resolveNote(ex, reg);
    attachReadings(this.reader as PrincipleReader, r.questions, r.stories);
    for (const w of readElsewhereWarnings(ex, r.questions, this.byId as Map<string, Principle>)) r.warnings.push(w);
    this.resolved.set(path, r);
    this.unresolved.delete(path);
    return r;
  }

  private invalidateAll(): void {
    this.registry = null;
    this.reader = null;
    this.byId = null;
    this.resolved.clear();
    this.unresolved = new Set(this.extracts.keys());
  }

  private touch(): void {
    this.rev++;
  }
}

/**
 * Same id twice (the same question or story title in two places): all but the first get `~2`,
 * `~3`. Equals are ordered by content, then file name and line — never by folder — so that
 * moving a note does not swap ids between look-alikes. Returns new objects for renamed items:
 * the cached per-note results (and snapshots already handed out) are never mutated. A copy is
 * made once per item and id (`renamed`): after one edit the other duplicates keep theirs, since
 * copying every duplicate again cost most of a snapshot (npm run bench).
 */
function uniqueIds<T extends { id: string; path: string; line: number }>(items: T[], content: (item: T) => string, renamed: WeakMap<object, { id: string; copy: object }>): T[] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const group = groups.get(item.id);
    if (group) group.push(i);
    else groups.set(item.id, [i]);
  });
  const out = items.slice();
  for (const [id, group] of groups) {
    if (group.length < 2) continue;
    const keyed = group.map((i) => ({ i, c: content(items[i]), b: basenameOf(items[i].path), l: items[i].line, p: items[i].path }));
    keyed.sort((x, y) => cmp(x.c, y.c) || cmp(x.b, y.b) || x.l - y.l || cmp(x.p, y.p));
    keyed.forEach((k, n) => {
      if (n === 0) return;
      const item = items[k.i];
      const newId = `${id}~${n + 1}`;
      const known = renamed.get(item);
      if (known && known.id === newId) {
        out[k.i] = known.copy as T;
        return;
      }
      // The item's own descriptors: its lazy readings stay lazy (a spread would compute them).
      const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(item)) as T;
      copy.id = newId;
      renamed.set(item, { id: newId, copy });
      out[k.i] = copy;
    });
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
