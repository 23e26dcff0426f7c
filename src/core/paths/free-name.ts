// A vault path that does not exist yet: `Coverage export.md`, then `Coverage export 1.md`, …
// Used by every command that creates a note, so nothing is ever overwritten.

/**
 * @param base path without extension, e.g. `Exports/Coverage export`
 * @param ext extension without the dot, e.g. `md`
 * @param exists tells whether a path is taken (case-insensitive file systems: pass a lowercase check)
 */
export function freeName(base: string, ext: string, exists: (path: string) => boolean): string {
  const suffix = ext ? `.${ext.replace(/^\./, '')}` : '';
  const first = `${base}${suffix}`;
  if (!exists(first)) return first;
  for (let n = 1; ; n++) {
    const candidate = `${base} ${n}${suffix}`;
    if (!exists(candidate)) return candidate;
  }
}
