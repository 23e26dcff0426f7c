// Where a note's frontmatter block is: the one rule that the CLI's reader, the plugin's authoring
// code and the frontmatter editor all use, so they always agree on where the YAML ends.
//
// - An optional UTF-8 BOM, then an opening line `---` on line 1 (trailing spaces and tabs allowed).
//   `---lang` (gray-matter's language fence) is reported with its `lang`, so a reader can refuse it.
// - The block ends at the first later line that is `---` or `...` (trailing spaces and tabs allowed).
// - Lines end with `\r\n`, `\n` or `\r`. No closing line: the note has no frontmatter.
// The scan stops at the closing line, so it costs the frontmatter's size, not the note's.

const OPEN = /^---([A-Za-z][\w-]*)?[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

export interface FrontmatterBlock {
  /** 1 when the text starts with a BOM (every offset below counts it), else 0. */
  bomLength: number;
  /** The language after `---` on the opening line (`---yaml` → `yaml`); '' for a plain `---`. */
  lang: string;
  /** Offset where the YAML starts (after the opening line and its line ending). */
  yamlStart: number;
  /** Offset where the closing line starts (the YAML runs to here, its last line ending included). */
  closeStart: number;
  /** Offset where the body starts (after the closing line and its line ending). */
  bodyStart: number;
  /** 0-based line index of the closing line (the opening line is 0). */
  closeLine: number;
}

/** True for a line (without its ending) that closes a frontmatter block. */
export function isClosingFence(line: string): boolean {
  return CLOSE.test(line);
}

/** The language of an opening line (without BOM and ending): '' for `---`, null when it is no fence. */
export function openingFence(line: string): string | null {
  const m = OPEN.exec(line);
  return m ? (m[1] ?? '') : null;
}

/** End of the line starting at `from`: [end of its text, start of the next line]. */
function lineEnd(text: string, from: number): [number, number] {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return [i, i + 1];
    if (c === 13) return [i, text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1];
  }
  return [text.length, text.length];
}

/** The note's frontmatter block, or null when it has none. */
export function findFrontmatterBlock(text: string): FrontmatterBlock | null {
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', bomLength)) return null;
  const [openEnd, yamlStart] = lineEnd(text, bomLength);
  if (yamlStart === openEnd) return null; // `---` with nothing after it: no block
  const lang = openingFence(text.slice(bomLength, openEnd));
  if (lang === null) return null;
  let start = yamlStart;
  let line = 1;
  while (start < text.length) {
    const [end, next] = lineEnd(text, start);
    if (isClosingFence(text.slice(start, end))) return { bomLength, lang, yamlStart, closeStart: start, bodyStart: next, closeLine: line };
    start = next;
    line++;
  }
  return null;
}
