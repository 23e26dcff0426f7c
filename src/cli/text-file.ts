// A text file's encoding, so the CLI writes back in the file's own: UTF-8 (with or without a
// BOM) or UTF-16 LE/BE (which Windows tools write, always with a BOM). Decoding is by BOM only;
// anything else is read as UTF-8, as Obsidian does.
import { readFileSync } from 'fs';

export type TextEncoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

export interface DecodedText {
  /** The text without its BOM. */
  text: string;
  encoding: TextEncoding;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.toString('utf8', 3), encoding: 'utf8-bom' };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: evenLength(buf.subarray(2)).toString('utf16le'), encoding: 'utf16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: Buffer.from(evenLength(buf.subarray(2))).swap16().toString('utf16le'), encoding: 'utf16be' };
  return { text: buf.toString('utf8'), encoding: 'utf8' };
}

/** `text` in `encoding`; `bom` for a whole file (not for bytes appended to one). */
export function encodeText(text: string, encoding: TextEncoding, bom: boolean): Buffer {
  if (encoding === 'utf16le' || encoding === 'utf16be') {
    const body = Buffer.from(text, 'utf16le');
    if (encoding === 'utf16be') body.swap16();
    return bom ? Buffer.concat([Buffer.from(encoding === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
  }
  const body = Buffer.from(text, 'utf8');
  return bom && encoding === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** A UTF-16 text whose byte count is odd cannot be appended to without garbling what follows. */
export function isWholeText(bytes: Uint8Array, encoding: TextEncoding): boolean {
  return (encoding !== 'utf16le' && encoding !== 'utf16be') || bytes.byteLength % 2 === 0;
}

export function readTextFile(absPath: string): DecodedText & { bytes: Buffer } {
  const bytes = readFileSync(absPath);
  return { ...decodeText(bytes), bytes };
}

function evenLength(buf: Buffer): Buffer {
  return buf.length % 2 === 0 ? buf : buf.subarray(0, buf.length - 1);
}
