// A note's bytes as text: UTF-8 (a byte-order mark is dropped later, with the frontmatter), or
// UTF-16 little- or big-endian when the file starts with that byte-order mark (Windows editors
// save "Unicode" that way). Anything else is read as UTF-8; notTextReason says when that was a guess.

export function decodeNote(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2, bytes.length - ((bytes.length - 2) % 2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = Buffer.from(bytes.subarray(2, bytes.length - ((bytes.length - 2) % 2)));
    return body.swap16().toString('utf16le');
  }
  return bytes.toString('utf8');
}

/**
 * Why decoded text does not look like a text file, or null: NUL characters (a binary file, or
 * UTF-16 without its byte-order mark) or bytes that are not UTF-8 (decoded as U+FFFD).
 */
export function notTextReason(text: string): string | null {
  if (text.indexOf('\0') >= 0) return 'it holds NUL bytes: a binary file, or UTF-16 without a byte-order mark';
  if (text.indexOf('\uFFFD') >= 0) return 'some of its bytes are not UTF-8';
  return null;
}
