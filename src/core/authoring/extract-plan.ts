// Extracting an inline story, shared by the plugin command and the CLI `extract`: what will move
// (shown to the user before anything is written), the new note's text, and the check made after
// the source is written: it lost exactly the story's lines, now one embed line, and nothing else.
import type { IndexSnapshot, Story } from '../model';
import { cutGraphemes } from '../text/graphemes';
import { extractInlineStory, storyNoteFromBlock } from './extract-story';
import { joinPath, noteNameFrom } from './file-name';
import { lineEnding, splitLines } from './lines';
import { principleValues } from './principle-values';

export interface ExtractionPlan {
  /** 1-based, inclusive: the story's lines in the source (the index's `line`..`endLine`). */
  startLine: number;
  endLine: number;
  /** The first and last moved lines, trimmed and shortened for a confirmation. */
  firstText: string;
  lastText: string;
  /** Vault path of the new note, without `.md` (a free name is picked when it is created). */
  noteBase: string;
  noteText: string;
}

export interface ExtractionInput {
  sourceText: string;
  startLine: number;
  endLine: number;
  title: string;
  storyTag: string;
  folder: string;
  principles: readonly string[];
  secondary: readonly string[];
}

/** Mapping sources that come from the story's place in the note, and so move to frontmatter. */
const CONTEXT_SOURCES = new Set(['section', 'heading', 'label']);

/** Frontmatter values of the principles the story owes to its place in the source note. */
export function contextPrinciples(snapshot: IndexSnapshot, story: Story | null, links: boolean): { principles: string[]; secondary: string[] } {
  const refs = (story?.principles ?? []).filter((r) => CONTEXT_SOURCES.has(r.source));
  const ids = (role: string) => refs.filter((r) => r.role === role).map((r) => r.id);
  return { principles: principleValues(snapshot, ids('primary'), links), secondary: principleValues(snapshot, ids('secondary'), links) };
}

const PREVIEW_LENGTH = 60;

function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const cut = cutGraphemes(one, PREVIEW_LENGTH, Number.POSITIVE_INFINITY);
  return cut === one ? one : cutGraphemes(one, PREVIEW_LENGTH - 1, Number.POSITIVE_INFINITY).trimEnd() + '…';
}

/** Throws a RangeError when the lines are not in the text. */
export function planExtraction(input: ExtractionInput): ExtractionPlan {
  const draft = extractInlineStory(input.sourceText, input.startLine, input.endLine, '');
  const lines = splitLines(input.sourceText);
  return {
    startLine: input.startLine,
    endLine: input.endLine,
    firstText: shorten(lines[input.startLine - 1].text),
    lastText: shorten(lines[input.endLine - 1].text),
    noteBase: joinPath(input.folder, noteNameFrom(input.title)),
    noteText: storyNoteFromBlock({ storyText: draft.storyText, storyTag: input.storyTag, principles: input.principles, secondary: input.secondary, eol: lineEnding(input.sourceText) }),
  };
}

/** `lines 20–23` (or `line 20`). */
export function rangeText(plan: Pick<ExtractionPlan, 'startLine' | 'endLine'>): string {
  return plan.startLine === plan.endLine ? `line ${plan.startLine}` : `lines ${plan.startLine}–${plan.endLine}`;
}

/** The moved range's first and last line, as shown before writing. */
export function rangeDetails(plan: ExtractionPlan): string[] {
  const first = `Line ${plan.startLine}: ${plan.firstText}`;
  return plan.endLine === plan.startLine ? [first] : [first, `Line ${plan.endLine}: ${plan.lastText}`];
}

/** The source with the story's lines replaced by one embed line (first line's indentation kept). */
export function extractedSource(sourceText: string, plan: ExtractionPlan, embed: string): string {
  return extractInlineStory(sourceText, plan.startLine, plan.endLine, embed).newSourceText;
}

/**
 * Null when `after` is `before` less exactly the planned lines, which became one line holding the
 * embed (with the first line's indentation and the last line's ending); else what differs.
 */
export function checkExtraction(before: string, after: string, plan: ExtractionPlan, embed: string): string | null {
  const a = splitLines(before);
  const b = splitLines(after);
  const { startLine: s, endLine: e } = plan;
  if (e > a.length) return `the note has no line ${e}`;
  const moved = e - s + 1;
  if (b.length !== a.length - moved + 1) return `the note has ${b.length} lines, not ${a.length - moved + 1}`;
  for (let i = 0; i < s - 1; i++) {
    if (a[i].text !== b[i].text || a[i].eol !== b[i].eol) return `line ${i + 1} changed`;
  }
  const indent = /^[ \t]*/.exec(a[s - 1].text)?.[0] ?? '';
  if (b[s - 1].text !== indent + embed || b[s - 1].eol !== a[e - 1].eol) return `line ${s} is not the link to the new note`;
  for (let i = e; i < a.length; i++) {
    const j = i - moved + 1;
    if (a[i].text !== b[j].text || a[i].eol !== b[j].eol) return `line ${j + 1} (was ${i + 1}) changed`;
  }
  return null;
}
