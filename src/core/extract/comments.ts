// Comments are never text: Obsidian's `%% … %%` and HTML's `<!-- … -->` (the prompts of a fresh
// story template) are left out of a story's parts, and a part with nothing else is missing.
import type { RawPart, RawStory } from './raw';

/**
 * `text` without its comments. An unclosed `%%` or `<!--` runs to the end, as Obsidian reads it.
 * Linear: one pass, each opener searched for once from where the last comment ended.
 */
export function withoutComments(text: string): string {
  if (text.indexOf('%%') < 0 && text.indexOf('<!--') < 0) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const pct = text.indexOf('%%', i);
    const html = text.indexOf('<!--', i);
    if (pct < 0 && html < 0) break;
    const usePct = pct >= 0 && (html < 0 || pct < html);
    const open = usePct ? pct : html;
    const close = usePct ? text.indexOf('%%', open + 2) : text.indexOf('-->', open + 4);
    out += text.slice(i, open);
    i = close < 0 ? text.length : close + (usePct ? 2 : 3);
  }
  out += text.slice(i);
  // Lines left holding only spaces by a removed comment go; the rest is kept as written.
  return out.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
}

/** The parts that hold text of their own, comments removed. */
export function writtenParts(parts: RawPart[]): RawPart[] {
  const out: RawPart[] = [];
  for (const p of parts) {
    const text = withoutComments(p.text);
    if (text !== '') out.push(text === p.text ? p : { ...p, text });
  }
  return out;
}

/**
 * A story note with no written part is a draft (a fresh template); an inline run of labels with
 * none is no story at all. A sketch has no parts by nature (its text is its body) and stays one.
 */
export function withWrittenParts(story: RawStory): RawStory | null {
  if (story.kind === 'sketch') return story;
  const parts = writtenParts(story.parts);
  if (parts.length === 0) return story.kind === 'inline' ? null : { ...story, parts, kind: 'draft' };
  return parts.length === story.parts.length && parts.every((p, i) => p === story.parts[i]) ? story : { ...story, parts };
}
