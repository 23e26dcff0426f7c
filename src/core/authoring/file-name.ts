// A note file name from a story title: characters that are not allowed in file names on some
// platform, or that break a wikilink (`# | ^ [ ]`), become spaces; length is capped.

const FORBIDDEN = /[\\/:*?"<>|#^[\]]+/g;
const MAX_LENGTH = 80;

export function noteNameFrom(title: string, fallback = 'Untitled story'): string {
  let name = [...title].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  // A leading dot hides the file; trailing dots and spaces are dropped by Windows.
  name = name.replace(/^\.+/, '').trim();
  if (name.length > MAX_LENGTH) name = name.slice(0, MAX_LENGTH).trim();
  name = name.replace(/[. ]+$/, '');
  return name === '' ? fallback : name;
}

/** Joins a vault folder ('' or '/' = the root) and a file name with `/`. */
export function joinPath(folder: string, name: string): string {
  const f = folder.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  return f === '' ? name : `${f}/${name}`;
}
