// `*word*` and `_word_` emphasis markers removed, in linear time. The rule is the regex
// `/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g` replaced by `$1$2`, whose lazy `.*?` rescans the rest
// of the line from every opening marker: a line of `_a _a _a …` took time quadratic in its length.
// Here the closing marker each opening one would reach is looked up in a table made in one pass.
// The regex is still used when a text has few markers: its cost is at most markers × length, and
// on ordinary lines it is several times faster than building the tables.

const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isMarker = (c: number): boolean => c === 42 /* * */ || c === 95; /* _ */
const isLineEnd = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
/** JavaScript's `\s`, by code unit. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const isSpace = (text: string, i: number): boolean => isSpaceCode(text.charCodeAt(i));

const EMPHASIS = /(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g;
/** Up to this many markers the regex runs (its work is bounded by markers × length). */
const REGEX_MARKERS = 16;

function markerCount(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= limit; i++) if (isMarker(text.charCodeAt(i))) n++;
  return n;
}

/** `text` with emphasis markers around a run of text removed, as the regex above does. */
export function stripEmphasis(text: string): string {
  if (markerCount(text, REGEX_MARKERS) <= REGEX_MARKERS) return text.replace(EMPHASIS, '$1$2');
  return scanEmphasis(text);
}

/** The same in one pass with lookup tables, for any number of markers (exported for its test). */
export function scanEmphasis(text: string): string {
  const n = text.length;
  // closer[i]: the first c ≥ i where a run can close (a marker after a non-space, then a non-word
  // character or the end); lineEnd[i]: the first line terminator at or after i.
  const closer = new Int32Array(n + 2).fill(n + 1);
  const lineEnd = new Int32Array(n + 2).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    lineEnd[i] = isLineEnd(c) ? i : lineEnd[i + 1];
    const closes = i > 0 && isMarker(c) && !isSpace(text, i - 1) && (i + 1 === n || !isWord(text.charCodeAt(i + 1)));
    closer[i] = closes ? i : closer[i + 1];
  }
  /** End (the closing marker) of a run whose text starts at s, or -1. */
  const runEnd = (s: number): number => {
    if (s >= n || isSpace(text, s)) return -1;
    const c = s + 2 <= n ? closer[s + 2] : n + 1;
    if (c <= n && c - 1 < lineEnd[s + 1]) return c; // `\S.*?\S` then the marker, on one line
    if (s + 1 < n && closer[s + 1] === s + 1) return s + 1; // a one-character run
    return -1;
  };
  let out = '';
  let at = 0;
  let p = 0;
  while (p < n) {
    let lead = -1; // the `(^|\W)` character kept, or p itself for `^`
    let end = -1;
    if (p === 0 && isMarker(text.charCodeAt(0))) {
      end = runEnd(1);
      if (end >= 0) lead = 0;
    }
    if (end < 0 && !isWord(text.charCodeAt(p)) && p + 1 < n && isMarker(text.charCodeAt(p + 1))) {
      end = runEnd(p + 2);
      if (end >= 0) lead = p + 1;
    }
    if (end < 0) {
      p++;
      continue;
    }
    out += text.slice(at, lead) + text.slice(lead + 1, end);
    at = p = end + 1;
  }
  return at === 0 ? text : out + text.slice(at);
}
