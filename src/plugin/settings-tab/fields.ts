// Parsing and showing the list and number fields of the settings tab.

/** `a, b` or one item per line → trimmed, non-empty items. */
export function parseList(text: string, separator: RegExp = /[,\n]/): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Folders: one per line (names may contain commas); slashes at the ends dropped. */
export function parseFolders(text: string): string[] {
  return parseList(text, /\n/).map((f) => f.replace(/^\/+|\/+$/g, '')).filter((f) => f !== '');
}

/** A whole number within bounds, or null when the text is not one. */
export function parseCount(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** A tag without `#` and surrounding spaces, or null when empty or containing spaces. */
export function parseTag(text: string): string | null {
  const t = text.trim().replace(/^#/, '');
  return t !== '' && !/\s/.test(t) ? t : null;
}
