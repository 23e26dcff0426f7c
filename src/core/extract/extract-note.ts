// Turns one NoteRecord into what it contributes to the index (NoteExtract), per the rules in docs/recognition.md.
import type { IndexWarning, NoteRecord } from '../model';
import type { IndexSettings } from '../settings';
import { scanLines, type ScanResult } from '../scan/scanner';
import { copy } from '../scan/inline';
import { slugify } from '../text/normalize';
import { frontmatterTags, hasTag, stringKey, stringList } from './frontmatter';
import { frontmatterKeyLines, rawFrontmatterTags, type KeyLines } from './frontmatter-lines';
import type { NoteExtract, RawPrinciple, RawRef, RawSet, RawStory } from './raw';
import { hasStarHeadings, parseStoryNote } from './story-note';
import { withWrittenParts } from './comments';
import { displayText, displayTitle } from './text';
import { walkNote, type WalkResult } from './walk';
import { folderPrefixes, isUnderPrefixes } from '../paths/folder';

interface QuickTest {
  /** Sticky: tried only at a `#` found by indexOf (one regex scan over the whole body cost ~10× more). */
  re: RegExp;
  /** ASCII codes that can follow `#` in a rule tag (each name's first letter, both cases); null: try every `#`. */
  first: Set<number> | null;
  /** The story and excluded folders as `folder/` prefixes (folderPrefixes), and the four rule tags as hasTag reads them. */
  storyFolders: string[];
  excludedFolders: string[];
  ruleTags: string[];
}

const quickTests = new WeakMap<IndexSettings, QuickTest>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function quickTest(settings: IndexSettings): QuickTest {
  let q = quickTests.get(settings);
  if (!q) {
    const names = [settings.setTag, settings.principleTag, settings.storyTag, settings.questionTag]
      .map((t) => t.replace(/^#/, '').trim())
      .filter((t) => t !== '');
    const re = new RegExp(`#(?:${names.map(escapeRe).join('|')})(?![\\p{L}\\p{N}\\p{M}_-])`, 'iuy');
    // Headings (`## `) and ordinary tags are most of the `#`s in a vault: one char rules them out.
    // Only for ASCII first letters, whose case variants under /iu are exactly lower and upper.
    let first: Set<number> | null = names.length > 0 ? new Set<number>() : null;
    for (const n of names) {
      if (!first || n.charCodeAt(0) >= 128) {
        first = null;
        break;
      }
      first.add(n[0].toLowerCase().charCodeAt(0));
      first.add(n[0].toUpperCase().charCodeAt(0));
    }
    q = {
      re,
      first,
      storyFolders: folderPrefixes(settings.storyFolders),
      excludedFolders: folderPrefixes(settings.excludedFolders),
      ruleTags: [settings.setTag, settings.principleTag, settings.storyTag, settings.questionTag].map((t) => t.toLowerCase().replace(/^#/, '')),
    };
    quickTests.set(settings, q);
  }
  return q;
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && /\s/.test(text[i]);
}

/** A cheap test on the raw body for any of the rule tags (`#tag` at the start or after whitespace); the scan confirms (code blocks excluded). */
export function mayHaveRuleTag(body: string, settings: IndexSettings): boolean {
  const { re, first } = quickTest(settings);
  for (let i = body.indexOf('#'); i >= 0; i = body.indexOf('#', i + 1)) {
    if (first) {
      const next = body.charCodeAt(i + 1);
      if (next < 128 && !first.has(next)) continue;
    }
    if (i > 0 && !isSpaceAt(body, i - 1)) continue;
    re.lastIndex = i;
    if (re.test(body)) return true;
  }
  return false;
}

export function basenameOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  // Speed: no regex here, it runs for every note of the vault (npm run bench).
  return name.length >= 3 && name.charCodeAt(name.length - 3) === 46 && name.slice(-2).toLowerCase() === 'md' ? name.slice(0, -3) : name;
}

function emptyExtract(note: NoteRecord, warnings: IndexWarning[]): NoteExtract {
  return { path: note.path, basename: basenameOf(note.path), indexed: false, tags: [], set: null, principleNote: null, questions: [], stories: [], warnings };
}

/**
 * The first tag that is not one of the rule tags, by its last segment (`#company/amazon` → `amazon`).
 * `#lp/…` tags map an item to a principle (what accepting a reading appends) and never name a set.
 */
function firstOtherTag(tags: string[], settings: IndexSettings): string | null {
  const rule = [settings.setTag, settings.principleTag, settings.storyTag, settings.questionTag, LINE_TAG_PREFIX].map((t) => t.toLowerCase());
  for (const t of tags) {
    if (rule.some((r) => t === r || t.startsWith(r + '/'))) continue;
    const seg = t.split('/').pop();
    if (seg) return seg;
  }
  return null;
}

function nestedSegment(tags: string[], tag: string): string | null {
  const prefix = tag.toLowerCase() + '/';
  for (const t of tags) if (t.startsWith(prefix)) return t.split('/').pop() ?? null;
  return null;
}

function frontmatterRefs(fm: Record<string, unknown> | null, key: string, role: 'primary' | 'secondary', lines: Map<string, KeyLines>): RawRef[] {
  if (!fm) return [];
  const refs: RawRef[] = [];
  const items = stringList(fm[key]);
  const at = lines.get(key);
  // Item lines only when they match the parsed list one for one; otherwise the key's line.
  const lineOf = (i: number) => (at ? (at.items.length === items.length ? at.items[i] : at.line) : 1);
  items.forEach((item, i) => {
    const line = lineOf(i);
    const link = /^!?\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|[^\]]*)?\]\]$/.exec(item);
    if (link) refs.push({ kind: 'link', text: copy(link[1].trim()), heading: link[2] ? copy(link[2].trim()) : null, role, source: 'frontmatter', line, soft: false });
    else refs.push({ kind: 'list', text: copy(item), role, source: 'frontmatter', line, soft: false });
  });
  return refs;
}

function firstParagraph(scan: ScanResult): string {
  const parts: string[] = [];
  for (const l of scan.lines) {
    if (l.kind === 'text' && l.bold === null && l.tags.length === 0) parts.push(l.text);
    else if (parts.length > 0) break;
  }
  return copy(parts.join(' '));
}

/** The tag prefix of principle tags on a line (`#lp/deliver-results`): see authoring/line-tag.ts. */
export const LINE_TAG_PREFIX = 'lp';

/** A note's frontmatter and where it sits, read once for every rule below. */
interface NoteContext {
  note: NoteRecord;
  settings: IndexSettings;
  fm: Record<string, unknown> | null;
  /** The YAML does not parse: its tags come from the raw `tags:` line, and the body decides as well as the folder. */
  broken: boolean;
  fmTags: string[];
  /** `type: story` (or the story tag's name). */
  typeStory: boolean;
  /** In a story folder. */
  inFolder: boolean;
}

/** Which rules a note matches (docs/recognition.md). */
interface NoteKinds {
  set: boolean;
  principle: boolean;
  questions: boolean;
  story: boolean;
}

function frontmatterWarnings(note: NoteRecord): IndexWarning[] {
  if (note.frontmatterError === undefined) return [];
  return [
    {
      code: 'invalid-frontmatter',
      severity: 'error',
      path: note.path,
      line: 1,
      message: `Frontmatter is not valid YAML (${note.frontmatterError.split('\n')[0]}); the rest of the note is still read.`,
    },
  ];
}

function readContext(note: NoteRecord, settings: IndexSettings): NoteContext {
  const fm = note.frontmatter;
  // YAML that does not parse loses its tags with it: read them from the raw `tags:` line, and let
  // the body (tags, part headings) decide as well as the folder.
  const broken = note.frontmatterError !== undefined;
  const fmTags = broken && note.frontmatterText !== undefined ? rawFrontmatterTags(note.frontmatterText) : frontmatterTags(fm);
  const type = (stringKey(fm, 'type') ?? '').toLowerCase();
  const typeStory = type === settings.storyTag.toLowerCase() || type === 'story';
  const inFolder = isUnderPrefixes(note.path, quickTest(settings).storyFolders);
  return { note, settings, fm, broken, fmTags, typeStory, inFolder };
}

/** Whether the note may match a rule at all, before its body is scanned. */
function worthScanning(c: NoteContext): boolean {
  if (c.typeStory || c.inFolder || c.broken) return true;
  return (c.fmTags.length > 0 && quickTest(c.settings).ruleTags.some((t) => hasTag(c.fmTags, t))) || mayHaveRuleTag(c.note.body, c.settings);
}

/** Frontmatter tags, then the body's in order of appearance, each once. */
function noteTags(fmTags: string[], scan: ScanResult): string[] {
  const tags: string[] = [...fmTags];
  for (const l of scan.lines) for (const t of l.tags) if (!tags.includes(t)) tags.push(t);
  return tags;
}

function noteKinds(c: NoteContext, scan: ScanResult, tags: string[]): NoteKinds {
  const s = c.settings;
  const set = hasTag(tags, s.setTag);
  let story = !set && (c.typeStory || hasTag(tags, s.storyTag));
  if (!story && !set && (c.inFolder || c.broken) && hasStarHeadings(scan)) story = true;
  return { set, principle: !set && hasTag(tags, s.principleTag), questions: hasTag(tags, s.questionTag), story };
}

/** A set note's set: its name, and its principles with each name once (a repeat is reported). */
function extractSet(c: NoteContext, tags: string[], principles: RawPrinciple[], basename: string, warnings: IndexWarning[]): RawSet {
  const { fm, settings, note } = c;
  const name = stringKey(fm, 'set') ?? stringKey(fm, 'company') ?? nestedSegment(tags, settings.setTag) ?? firstOtherTag(tags, settings) ?? basename;
  const set: RawSet = { id: slugify(name) || 'set', name: copy(name), principles: [] };
  const seen = new Set<string>();
  for (const p of principles) {
    const key = slugify(p.name);
    if (seen.has(key)) {
      warnings.push({
        code: 'duplicate-principle',
        severity: 'warning',
        path: note.path,
        line: p.line,
        message: `"${p.name}" is listed twice in set "${set.name}"; the first one is used.`,
      });
      continue;
    }
    seen.add(key);
    set.principles.push(p);
  }
  if (set.principles.length === 0) {
    warnings.push({
      code: 'empty-set',
      severity: 'warning',
      path: note.path,
      line: 1,
      message: `Set "${set.name}" has no principles: write each principle as a heading below the note's title.`,
    });
  }
  return set;
}

/** A `#principle` note: one principle, described by its first paragraph. */
function extractPrincipleNote(c: NoteContext, tags: string[], scan: ScanResult, basename: string): NonNullable<NoteExtract['principleNote']> {
  const { fm, settings } = c;
  const name = copy(displayText(stringKey(fm, 'title') ?? basename));
  const aliases = stringList(fm?.aliases ?? fm?.alias).map((a) => copy(a));
  const setName = stringKey(fm, 'set') ?? stringKey(fm, 'company') ?? nestedSegment(tags, settings.principleTag) ?? firstOtherTag(tags, settings) ?? 'general';
  const principle: RawPrinciple = { name, line: 1, description: firstParagraph(scan), aliases };
  return { setName: copy(setName), principle };
}

/** A story note: the whole note is one story, mapped by its frontmatter, tags and links. */
function extractStoryNote(c: NoteContext, scan: ScanResult, basename: string): RawStory {
  const { fm, note } = c;
  const parsed = parseStoryNote(scan, note.bodyLine);
  const fmLines = note.frontmatterText !== undefined ? frontmatterKeyLines(note.frontmatterText) : new Map<string, KeyLines>();
  const refs: RawRef[] = [
    ...frontmatterRefs(fm, 'principles', 'primary', fmLines),
    ...frontmatterRefs(fm, 'secondary-principles', 'secondary', fmLines),
    ...c.fmTags.map((t): RawRef => ({ kind: 'tag', text: t, role: 'auto', source: 'tag', line: 1, soft: true })),
    ...parsed.refs,
  ];
  const title = stringKey(fm, 'title') ?? (parsed.h1 !== null ? displayTitle(parsed.h1) : null) ?? basename;
  const story: RawStory = {
    title: copy(title),
    line: 1,
    endLine: note.bodyLine + scan.raw.length,
    kind: 'note',
    parts: parsed.parts,
    refs,
  };
  return withWrittenParts(story) ?? story;
}

/** Principles, questions and inline stories found by walking the note's lines. */
function walkedItems(c: NoteContext, scan: ScanResult, kinds: NoteKinds): WalkResult {
  const walked = walkNote(scan, {
    settings: c.settings,
    bodyLine: c.note.bodyLine,
    setNote: kinds.set,
    questionNote: kinds.questions,
    boldQuestions: kinds.set,
    inlineStories: !kinds.story,
  });
  const stories: RawStory[] = [];
  for (const s of walked.stories) {
    const kept = withWrittenParts(s);
    if (kept) stories.push(kept);
  }
  return { principles: walked.principles, questions: walked.questions, stories };
}

export function extractNote(note: NoteRecord, settings: IndexSettings): NoteExtract {
  const warnings = frontmatterWarnings(note);
  if (isUnderPrefixes(note.path, quickTest(settings).excludedFolders)) return emptyExtract(note, warnings);
  const c = readContext(note, settings);
  if (!worthScanning(c)) return emptyExtract(note, warnings);

  const scan = scanLines(note.body);
  const tags = noteTags(c.fmTags, scan);
  const kinds = noteKinds(c, scan, tags);
  if (!kinds.set && !kinds.principle && !kinds.questions && !kinds.story && !c.inFolder) return emptyExtract(note, warnings);

  const basename = basenameOf(note.path);
  const out: NoteExtract = { path: note.path, basename, indexed: true, tags, set: null, principleNote: null, questions: [], stories: [], warnings };
  if (note.created !== undefined) out.created = note.created;
  const walked = walkedItems(c, scan, kinds);
  out.questions = kinds.story ? [] : walked.questions;
  out.stories = walked.stories;
  if (kinds.set) out.set = extractSet(c, tags, walked.principles, basename, warnings);
  if (kinds.principle) out.principleNote = extractPrincipleNote(c, tags, scan, basename);
  if (kinds.story) out.stories = [extractStoryNote(c, scan, basename)];
  return out;
}
