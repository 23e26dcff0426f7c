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

/** A list item reads as a question when it ends with `?` or opens with an interview prompt. */
export function readsAsQuestion(text: string): boolean {
  const plain = displayText(text);
  if (plain.length < 8) return false;
  if (/\?["'”’)]*$/.test(plain)) return true;
  const lower = plain.toLowerCase();
  return PROMPTS.some((p) => lower.startsWith(p));
}
