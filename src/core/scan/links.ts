// Linear scanners for `[[Note#Heading|Alias]]` wikilinks and `[label](url)` links. They find
// what the obvious regexes find (`/(!?)\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]/g`, and
// `/\[([^\]]*)\]\([^)]*\)/g`), but those backtrack: every `[` can also be part of a link's text, so
// a line of `[[[[…` costs time quadratic in its length. Here each character is looked at a bounded
// number of times, so a note of 1 MB of `[[` is read in milliseconds.

export interface LinkMatch {
  /** Offset of the match (of `!` for an embed) and just past its closing `]]`. */
  start: number;
  end: number;
  embed: boolean;
  /** Everything between `[[` and `]]`. */
  inner: string;
  target: string;
  /** Text after the first `#` of the link, if any. */
  heading: string | undefined;
  /** Text after the first `|`, if any. */
  alias: string | undefined;
}

export interface WikiLinkOptions {
  /** `^` may not appear in the target (a block reference `[[Note#^id]]` keeps it after `#`). */
  caretEndsTarget?: boolean;
}

/** Wikilinks in `text`, left to right, not overlapping. A link's text holds no `]`. */
export function scanWikiLinks(text: string, opts: WikiLinkOptions = {}): LinkMatch[] {
  const out: LinkMatch[] = [];
  let pos = 0;
  for (;;) {
    const open = text.indexOf('[[', pos);
    if (open < 0) break;
    // A link runs to the first `]` after its `[[`, which must be `]]`. Every `[[` before that `]`
    // shares it, so when it is not `]]`, none of them is a link.
    const close = text.indexOf(']', open + 2);
    if (close < 0) break;
    if (text.charCodeAt(close + 1) !== 93 /* ] */) {
      pos = close + 1;
      continue;
    }
    let t = open + 2;
    while (t < close) {
      const c = text.charCodeAt(t);
      if (c === 124 /* | */ || c === 35 /* # */ || (c === 94 /* ^ */ && opts.caretEndsTarget)) break;
      t++;
    }
    if (t < close && text.charCodeAt(t) === 94) {
      // `^` in the target: no `[[` before it links to anything either.
      pos = t + 1;
      continue;
    }
    let heading: string | undefined;
    let alias: string | undefined;
    if (t < close && text.charCodeAt(t) === 35) {
      const bar = text.indexOf('|', t + 1);
      const headingEnd = bar >= 0 && bar < close ? bar : close;
      heading = text.slice(t + 1, headingEnd);
      if (headingEnd < close) alias = text.slice(headingEnd + 1, close);
    } else if (t < close) {
      alias = text.slice(t + 1, close);
    }
    const embed = open > pos && text.charCodeAt(open - 1) === 33; /* ! */
    out.push({ start: embed ? open - 1 : open, end: close + 2, embed, inner: text.slice(open + 2, close), target: text.slice(open + 2, t), heading, alias });
    pos = close + 2;
  }
  return out;
}

/** `text` with each wikilink replaced by `replace(link)`. */
export function replaceWikiLinks(text: string, replace: (link: LinkMatch) => string, opts: WikiLinkOptions = {}): string {
  const links = scanWikiLinks(text, opts);
  if (links.length === 0) return text;
  let out = '';
  let at = 0;
  for (const l of links) {
    out += text.slice(at, l.start) + replace(l);
    at = l.end;
  }
  return out + text.slice(at);
}

/** `text` with each markdown link `[label](url)` replaced by its label. */
export function markdownLinksToLabels(text: string): string {
  let out = '';
  let at = 0;
  let pos = 0;
  for (;;) {
    const open = text.indexOf('[', pos);
    if (open < 0) break;
    // As above: every `[` before the first `]` shares it, and needs `](` there.
    const close = text.indexOf(']', open + 1);
    if (close < 0) break;
    if (text.charCodeAt(close + 1) !== 40 /* ( */) {
      pos = close + 1;
      continue;
    }
    const paren = text.indexOf(')', close + 2);
    if (paren < 0) break; // no later link can close either
    out += text.slice(at, open) + text.slice(open + 1, close);
    at = pos = paren + 1;
  }
  return at === 0 ? text : out + text.slice(at);
}
