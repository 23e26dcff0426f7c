// Small text helpers for extraction: display text, excerpts, question detection.
import { plainText } from '../text/normalize';
import { markdownLinksToLabels, replaceWikiLinks } from '../scan/links';

/** Markdown to the text a reader sees: links become their label, emphasis markers go. */
export function displayText(text: string): string {
  const noLinks = text.indexOf('[') >= 0
    ? markdownLinksToLabels(replaceWikiLinks(text, (l) => (l.alias ?? l.heading ?? l.target).trim()))
    : text;
  return plainText(noLinks);
}

/** `\#`, `\[`, `\*`…: a backslash before ASCII punctuation shows that character as written. */
const ESCAPE_RE = /\\([!-/:-@[-`{-~])/g;
/** Escaped characters wait in the private use area while links and emphasis are removed. */
const HELD = 0xe000;
const HELD_RE = /[\ue021-\ue07e]/g;

/** displayText for a title that may hold backslash escapes (a story note's H1 is written escaped). */
export function displayTitle(text: string): string {
  if (text.indexOf('\\') < 0) return displayText(text);
  const held = text.replace(ESCAPE_RE, (_m, c: string) => String.fromCharCode(HELD + c.charCodeAt(0)));
  return displayText(held).replace(HELD_RE, (c) => String.fromCharCode(c.charCodeAt(0) - HELD));
}

/** A short title from a story's first sentence: at most ~60 characters, cut at a word. */
export function excerpt(text: string, max = 60): string {
  const plain = displayText(text.split('\n')[0] ?? '');
  const sentence = /^.*?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain;
  if (sentence.length <= max) return sentence.replace(/[.!?]$/, '');
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > 20 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '') + '…';
}

const PROMPTS = [
  'tell me',
  'tell us',
  'describe',
  'give an example',
  'give me an example',
  'give us an example',
  'walk me through',
  'walk us through',
  'talk about',
  'talk me through',
  'how would you',
  'how do you',
  'share an example',
  'share a time',
  'what is an example',
];

/** A list item reads as a question when it ends with a question mark (`?`, `？`, `؟`) or opens with an interview prompt. */
export function readsAsQuestion(text: string): boolean {
  // The tags and principle links a question may end with (`Why did you own it? #lp/ownership`,
  // `… [[Acme#Ownership]]`) map it; they are not part of what it asks.
  const plain = questionText(withoutTrailingTags(text));
  if (plain.length < 8) return false;
  if (/[?？؟⸮]["'”’)]*$/u.test(plain)) return true;
  const lower = plain.toLowerCase();
  return PROMPTS.some((p) => lower.startsWith(p));
}

/** `text` without the `#tags` it ends with (each after a space), so `… it? #a #b/c` ends at `?`. */
function withoutTrailingTags(text: string): string {
  let end = text.length;
  for (;;) {
    let cut = end;
    while (cut > 0 && /\s/.test(text[cut - 1])) cut--;
    let start = cut;
    while (start > 0 && !/\s/.test(text[start - 1])) start--;
    // A tag is `#` and a name with no `#` in it, after a space (a line that is only tags stays).
    if (start === 0 || cut - start < 2 || text[start] !== '#' || text.slice(start + 1, cut).includes('#')) return text.slice(0, end);
    end = start;
  }
}

/** Characters that may sit between a question and the links it ends with (` — [[…]]`). */
const LINK_SEPARATORS = new Set([' ', '\t', '-', '–', '—', ':', '→', '>', '|', ',', ';', '\u00a0']);

/**
 * Where a wikilink to a heading (`[[Set#Principle]]`, `[[Set#Principle|alias]]`) that ends
 * exactly at `end` starts, or -1. Looks at that one link only, so stripping several is linear.
 */
function headingLinkEndingAt(text: string, end: number): number {
  if (end < 4 || text.charCodeAt(end - 1) !== 93 || text.charCodeAt(end - 2) !== 93) return -1;
  const open = text.lastIndexOf('[[', end - 3);
  if (open < 0) return -1;
  const inner = text.slice(open + 2, end - 2);
  if (inner.includes('[') || inner.includes(']') || !inner.includes('#')) return -1;
  return open > 0 && text[open - 1] === '!' ? open - 1 : open;
}

/**
 * A question's text: its display text, without the links to principles it ends with
 * (`**Tell me about a push-back.** [[Amazon#Have Backbone]]` → `Tell me about a push-back.`);
 * the links still map the question.
 */
export function questionText(text: string): string {
  let cut = text.length;
  while (cut > 0 && /\s/.test(text[cut - 1])) cut--;
  let stripped = false;
  for (let at = headingLinkEndingAt(text, cut); at >= 0; at = headingLinkEndingAt(text, cut)) {
    stripped = true;
    cut = at;
    while (cut > 0 && LINK_SEPARATORS.has(text[cut - 1])) cut--;
  }
  if (!stripped || cut === 0) return displayText(text);
  return displayText(text.slice(0, cut));
}
