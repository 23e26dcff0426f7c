// Small text helpers for extraction: display text, excerpts, question detection.
import { plainText } from '../text/normalize';

const LINK_RE = /!?\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]/g;
const MD_LINK_RE = /\[([^\]]*)\]\([^)]*\)/g;

/** Markdown to the text a reader sees: links become their label, emphasis markers go. */
export function displayText(text: string): string {
  const noLinks = text.indexOf('[') >= 0
    ? text
        .replace(LINK_RE, (_m, target: string, heading: string | undefined, alias: string | undefined) =>
          (alias ?? heading ?? target).trim())
        .replace(MD_LINK_RE, '$1')
    : text;
  return plainText(noLinks);
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
  const plain = displayText(text);
  if (plain.length < 8) return false;
  if (/[?？؟⸮]["'”’)]*$/u.test(plain)) return true;
  const lower = plain.toLowerCase();
  return PROMPTS.some((p) => lower.startsWith(p));
}

/** A wikilink to a heading (`[[Set#Principle]]`, `[[Set#Principle|alias]]`) at the very end of `text`: where it starts, or -1. */
function trailingHeadingLink(text: string): number {
  if (!text.endsWith(']]')) return -1;
  const open = text.lastIndexOf('[[');
  if (open < 0) return -1;
  const inner = text.slice(open + 2, -2);
  if (inner.includes('[') || inner.includes(']') || !inner.includes('#')) return -1;
  return open > 0 && text[open - 1] === '!' ? open - 1 : open;
}

/**
 * A question's text: its display text, without the links to principles it ends with
 * (`**Tell me about a push-back.** [[Amazon#Have Backbone]]` → `Tell me about a push-back.`);
 * the links still map the question.
 */
export function questionText(text: string): string {
  let t = text.trimEnd();
  for (let at = trailingHeadingLink(t); at >= 0; at = trailingHeadingLink(t)) {
    t = t.slice(0, at).replace(/[\s\-–—:→>|,;]+$/u, '');
  }
  const shown = displayText(t);
  return shown.trim() === '' ? displayText(text) : shown;
}
