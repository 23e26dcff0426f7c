// Name resolution: turns the raw references of one note into principle mappings, with
// "did you mean" warnings for unknown names and ambiguity warnings across sets.
import type { IndexWarning, Principle, PrincipleRef, Question, Role, Story } from '../model';
import type { NoteExtract, RawRef, RawStory } from '../extract/raw';
import { nameKey, shortHash, slugify } from '../text/normalize';
import type { Registry } from './registry';
import { noteScope } from './registry';
import { splitNameList } from './name-list';
import { nameLookup } from './name-lookup';

export interface ResolvedNote {
  questions: Question[];
  stories: Story[];
  warnings: IndexWarning[];
}

interface Ctx {
  reg: Registry;
  scope: Set<string>;
  ex: NoteExtract;
  warnings: IndexWarning[];
  seen: Set<string>;
  /** `listedKeys`: line|name of each name listed, which a later ref to the same line (another question of its section) must not count again. */
  unknown: { listed: number; listedKeys: Set<string>; softLookups: number; hidden: Set<string>; firstHiddenLine: number };
}

function warn(ctx: Ctx, w: IndexWarning): boolean {
  const key = `${w.code}|${w.line}|${w.message}`;
  if (ctx.seen.has(key)) return false;
  ctx.seen.add(key);
  ctx.warnings.push(w);
  return true;
}

/** Unknown-name warnings listed per note; the rest are counted in one summary warning. */
export const UNKNOWN_NAMES_LISTED = 20;
/** "Did you mean" look-ups per note for soft refs (which warn only when a name is near). */
const SOFT_LOOKUPS = 50;

function unknown(ctx: Ctx, ref: RawRef, name: string, pool?: Map<string, Principle>): void {
  const u = ctx.unknown;
  const key = `${ref.line}|${name}`;
  if (u.listedKeys.has(key)) return;
  if (u.listed >= UNKNOWN_NAMES_LISTED) {
    // Past the listed ones, soft refs (which warn only when a name is near) are not looked up.
    if (ref.soft) return;
    if (u.hidden.size === 0) u.firstHiddenLine = ref.line;
    u.hidden.add(key);
    return;
  }
  if (ref.soft && u.softLookups++ >= SOFT_LOOKUPS) return;
  const near = nameLookup(ctx.reg).near(nameKey(name), pool);
  if (ref.soft && !near) return;
  const listed = warn(ctx, {
    code: 'unknown-principle',
    severity: 'warning',
    path: ctx.ex.path,
    line: ref.line,
    message: near ? `Unknown principle "${name}". Did you mean "${near.name}"?` : `Unknown principle "${name}".`,
    ...(near ? { suggestion: near.name } : {}),
  });
  if (listed) {
    u.listed++;
    u.listedKeys.add(key);
  }
}

/** The one warning that stands for the unknown names past the listed ones. */
function unknownSummary(ctx: Ctx): void {
  const { hidden, firstHiddenLine } = ctx.unknown;
  if (hidden.size === 0) return;
  warn(ctx, {
    code: 'unknown-principle',
    severity: 'warning',
    path: ctx.ex.path,
    line: firstHiddenLine,
    message: `${hidden.size} more unknown principle ${hidden.size === 1 ? 'name' : 'names'} in this note (only the first ${UNKNOWN_NAMES_LISTED} are listed).`,
  });
}

/** Picks one principle among same-named ones using the note's set scope. */
function pick(ctx: Ctx, ref: RawRef, name: string, cands: Principle[]): Principle | null {
  if (cands.length === 1) return cands[0];
  const scoped = cands.filter((p) => ctx.scope.has(p.set));
  if (scoped.length === 1) return scoped[0];
  warn(ctx, {
    code: 'ambiguous-principle',
    severity: 'warning',
    path: ctx.ex.path,
    line: ref.line,
    message: `"${name}" is a principle in several sets (${cands.map((p) => p.set).join(', ')}); tag the note with one of them.`,
  });
  return null;
}

function byName(ctx: Ctx, ref: RawRef, name: string): Principle | null {
  const cands = ctx.reg.byKey.get(nameKey(name));
  if (!cands) {
    if (!ref.soft || ref.source === 'frontmatter') unknown(ctx, ref, name);
    return null;
  }
  return pick(ctx, ref, name, cands);
}

/** `Customer Obsession, Ownership, Are Right, A Lot` → three principles: commas inside names are kept. */
function byList(ctx: Ctx, ref: RawRef): Principle[] {
  const out: Principle[] = [];
  for (const part of splitNameList(ref.text, nameLookup(ctx.reg).trie)) {
    if (part.known) {
      const p = byName(ctx, ref, part.text);
      if (p) out.push(p);
    } else if (!ref.soft) unknown(ctx, ref, part.text);
  }
  return out;
}

function byLink(ctx: Ctx, ref: RawRef): Principle | null {
  const target = (ref.text === '' ? ctx.ex.basename : ref.text).toLowerCase();
  const base = target.split('/').pop() ?? target;
  const setId = ctx.reg.setNotes.get(target) ?? ctx.reg.setNotes.get(base);
  if (setId !== undefined) {
    if (!ref.heading) return null;
    const members = ctx.reg.setMembers.get(setId);
    const p = members?.get(nameKey(ref.heading));
    if (p) return p;
    unknown(ctx, ref, ref.heading, members);
    return null;
  }
  const note = ctx.reg.principleNotes.get(base);
  if (note) return note;
  if (!ref.soft) return byName(ctx, ref, ref.heading ?? ref.text);
  return null;
}

function byTag(ctx: Ctx, ref: RawRef): Principle | null {
  const segs = ref.text.split('/');
  const last = segs[segs.length - 1];
  // By slug first; then with every separator ignored, for tags typed without an apostrophe or
  // comma (`#lp/strive-to-be-earths-best-employer` for "Earth's").
  const cands = ctx.reg.bySlug.get(slugify(last)) ?? ctx.reg.byKey.get(nameKey(last));
  if (!cands) return null;
  if (cands.length === 1) return cands[0];
  // `#amazon/ownership`: an earlier segment naming a set scopes the tag.
  const inTag = cands.filter((p) => segs.slice(0, -1).some((s) => slugify(s) === p.set));
  if (inTag.length === 1) return inTag[0];
  return pick(ctx, ref, ref.text, cands);
}

function resolveOne(ctx: Ctx, ref: RawRef): Principle[] {
  switch (ref.kind) {
    case 'list':
      return byList(ctx, ref);
    case 'name': {
      const p = byName(ctx, ref, ref.text);
      return p ? [p] : [];
    }
    case 'link': {
      const p = byLink(ctx, ref);
      return p ? [p] : [];
    }
    case 'tag': {
      const p = byTag(ctx, ref);
      return p ? [p] : [];
    }
  }
}

/**
 * Resolves an item's refs in three passes: explicit roles (Main:/Sub:, principle headings,
 * frontmatter), then headings and labels that name a principle, then links and tags in the text.
 * In the last two, a mapping is primary when the item has no primary yet, else secondary.
 */
function resolveRefs(ctx: Ctx, refs: RawRef[]): { mapped: PrincipleRef[]; category: string | null; principles: Principle[] } {
  const mapped = new Map<string, PrincipleRef>();
  const principles = new Map<string, Principle>();
  let category: string | null = null;
  const put = (p: Principle, role: Role, ref: RawRef) => {
    const prev = mapped.get(p.id);
    if (!prev) {
      mapped.set(p.id, { id: p.id, role, source: ref.source });
      principles.set(p.id, p);
    } else if (prev.role === 'secondary' && role === 'primary') {
      mapped.set(p.id, { id: p.id, role, source: ref.source });
    }
  };
  const hasPrimary = () => [...mapped.values()].some((m) => m.role === 'primary');

  for (const ref of refs) if (ref.role !== 'auto') for (const p of resolveOne(ctx, ref)) put(p, ref.role, ref);
  for (const pass of [(r: RawRef) => r.source === 'heading' || r.source === 'label', (r: RawRef) => r.source === 'link' || r.source === 'tag']) {
    const role: Role = hasPrimary() ? 'secondary' : 'primary';
    for (const ref of refs) {
      if (ref.role !== 'auto' || !pass(ref)) continue;
      const found = resolveOne(ctx, ref);
      for (const p of found) put(p, role, ref);
      if (found.length === 0 && ref.category) category = ref.text;
    }
  }
  return { mapped: [...mapped.values()], category, principles: [...principles.values()] };
}

/**
 * A story's parts by key, made once per extracted story (so once per edit of its note) and kept
 * when principles change and the note is resolved again: story health, remembered per part-text
 * object (coverage/health.ts), then survives a set-note edit too.
 */
const partTexts = new WeakMap<RawStory, Story['partText']>();

function partTextOf(s: RawStory): Story['partText'] {
  let partText = partTexts.get(s);
  if (!partText) {
    partText = {};
    for (const p of s.parts) partText[p.key] = { key: p.key, line: p.line, text: p.text };
    partTexts.set(s, partText);
  }
  return partText;
}

/** Text without the tags at its end: an item keeps its id when a tag is appended to its line (authoring/line-tag.ts). */
export function withoutLineTags(text: string): string {
  return text.replace(/(?:\s+#[\p{L}\p{N}_/-]+)+\s*$/u, '');
}

/** Resolves one note's questions and stories against the registry. Ids are made unique by the caller. */
export function resolveNote(ex: NoteExtract, reg: Registry): ResolvedNote {
  const ctx: Ctx = { reg, scope: noteScope(ex, reg), ex, warnings: [], seen: new Set(), unknown: { listed: 0, listedKeys: new Set(), softLookups: 0, hidden: new Set(), firstHiddenLine: 0 } };
  const onlySet = ctx.scope.size === 1 ? [...ctx.scope][0] : null;

  const questions: Question[] = ex.questions.map((q) => {
    const r = resolveRefs(ctx, q.refs);
    const primary = r.mapped.find((m) => m.role === 'primary') ?? r.mapped[0];
    const set = primary ? primary.id.split('/')[0] : (ex.set?.id ?? onlySet);
    return {
      id: `${set ?? 'none'}/q-${shortHash(nameKey(withoutLineTags(q.text)))}`,
      text: withoutLineTags(q.text),
      path: ex.path,
      line: q.line,
      category: r.category,
      followUps: q.followUps,
      cues: q.cues,
      principles: r.mapped,
      reading: [],
      suggestions: [],
      set,
    };
  });

  const stories: Story[] = ex.stories.map((s) => {
    const r = resolveRefs(ctx, s.refs);
    const partText = partTextOf(s);
    return {
      id: `story/${slugify(withoutLineTags(s.title)).slice(0, 60) || 'untitled'}`,
      title: s.title,
      path: ex.path,
      line: s.line,
      endLine: s.endLine,
      kind: s.kind,
      parts: (['S', 'T', 'A', 'R', 'L'] as const).filter((k) => partText[k] !== undefined),
      partText,
      principles: r.mapped,
      reading: [],
      suggestions: [],
      ...(s.body !== undefined ? { body: s.body } : {}),
    };
  });

  unknownSummary(ctx);
  return { questions, stories, warnings: [...ex.warnings, ...ctx.warnings] };
}
