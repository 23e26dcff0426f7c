// A hand-rolled word scanner: story health runs on every story of the vault whenever coverage
// is computed, and a Unicode regex over each part was most of that cost.

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** 1 for ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = ASCII_WORD[c + 32] = 1;

/** Letters, digits and combining marks; astral characters (emoji, rare scripts) are not words. */
function isWordChar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // Stryker disable next-line EqualityOperator: U+0080, the one code point `<=` adds, is a control character, no word either way
  if (c < 128) return ASCII_WORD[c];
  // Stryker disable next-line EqualityOperator: the line only saves a regex run, and a lone surrogate at either edge is no letter to the regex either
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  return NON_ASCII_WORD_CHAR.test(text.charAt(i)) ? 1 : 0;
}

/**
 * Counts the words of `text`: runs of letters and digits, with inner apostrophes (`I'm`, `I’ve`,
 * `don't` are one word). `each` receives every word's [start, end) range.
 */
export function scanWords(text: string, each?: (start: number, end: number) => void): number {
  const len = text.length;
  let n = 0;
  let start = 0;
  let inWord = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    // Stryker disable next-line EqualityOperator: U+0080, the one code point `<=` adds, is a control character, no word either way
    let w = c < 128 ? ASCII_WORD[c] : isWordChar(text, i);
    // Stryker disable next-line EqualityOperator: past the end isWordChar reads NaN, no word character
    if (!w && inWord && (c === 39 || c === 0x2019) && i + 1 < len && isWordChar(text, i + 1)) w = 1;
    if (w) {
      if (!inWord) start = i;
    } else if (inWord) {
      n++;
      if (each) each(start, i);
    }
    inWord = w;
  }
  if (inWord) {
    n++;
    if (each) each(start, len);
  }
  return n;
}
