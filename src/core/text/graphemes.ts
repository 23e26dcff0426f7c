// User-perceived characters (grapheme clusters) and UTF-8 sizes, for cutting names without
// splitting an emoji, a flag or a letter from its accent. `Intl.Segmenter` exists in Node 20 and in
// Obsidian's Electron and mobile webviews; without it the text is cut between code points, which
// still never leaves half a surrogate pair (U+FFFD on disk).

interface GraphemeSegmenter {
  segment(text: string): Iterable<{ segment: string }>;
}
type SegmenterClass = new (locale?: string, options?: { granularity: 'grapheme' }) => GraphemeSegmenter;

const Segmenter = (Intl as unknown as { Segmenter?: SegmenterClass }).Segmenter;
const segmenter: GraphemeSegmenter | null = Segmenter ? new Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** The text's grapheme clusters, in order, lazily; joined they give the text back. */
export function* eachGrapheme(text: string): Generator<string> {
  if (!segmenter) {
    yield* text;
    return;
  }
  for (const s of segmenter.segment(text)) yield s.segment;
}

export function graphemes(text: string): string[] {
  return [...eachGrapheme(text)];
}

/** Bytes the text takes in UTF-8 (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The longest run of whole graphemes from the start that fits `maxGraphemes` and `maxBytes` (UTF-8). */
export function cutGraphemes(text: string, maxGraphemes: number, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  let count = 0;
  for (const g of eachGrapheme(text)) {
    const size = utf8Length(g);
    if (count + 1 > maxGraphemes || bytes + size > maxBytes) break;
    out += g;
    bytes += size;
    count++;
  }
  return out;
}

/** Drops unpaired surrogates (half an emoji left by a careless cut elsewhere). */
export function dropLoneSurrogates(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
