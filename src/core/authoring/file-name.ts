// A note file name from a story title: visible and valid on Windows, macOS, Linux, Android and
// iOS, and usable in a wikilink.
// - Characters no file system or link allows (`\ / : * ? " < > |`, `# ^ [ ]`, control and bidi
//   control characters) become spaces, so `../../x` can never name a folder or a parent.
// - No leading dot (a hidden file the index never reads), no trailing dot or space (Windows drops them).
// - Windows' reserved device names (`CON`, `PRN`, `AUX`, `NUL`, `COM1`…, `LPT1`…) get a `_`.
// - At most MAX_GRAPHEMES characters and MAX_BYTES of UTF-8, cut between whole graphemes, so the
//   name plus a ` 123` counter and `.md` stays under 200 bytes (255 is the limit almost everywhere).
import { cutGraphemes, dropLoneSurrogates } from '../text/graphemes';

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
export const MAX_GRAPHEMES = 80;
export const MAX_BYTES = 180;

export function noteNameFrom(title: string, fallback = 'Untitled story'): string {
  let name = dropLoneSurrogates(title.normalize('NFC')).replace(FORBIDDEN, ' ').replace(/\s+/g, ' ');
  name = name.replace(/^[. ]+/, '');
  name = cutGraphemes(name, MAX_GRAPHEMES, MAX_BYTES).replace(/[. ]+$/, '');
  if (name === '') return fallback;
  // Windows reserves the device names whatever the extension: `CON.md`, `Aux.draft.md`.
  const dot = name.indexOf('.');
  const stem = dot < 0 ? name : name.slice(0, dot);
  if (RESERVED.test(stem.trimEnd())) name = `${stem.trimEnd()}_${name.slice(stem.trimEnd().length)}`;
  return name;
}

/** Joins a vault folder ('' or '/' = the root) and a file name with `/`. */
export function joinPath(folder: string, name: string): string {
  const f = folder.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  return f === '' ? name : `${f}/${name}`;
}
