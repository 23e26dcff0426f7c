// A path that is not taken yet: `Folder/Name.md`, else `Folder/Name 1.md`, `Folder/Name 2.md`, …
// (Obsidian's own numbering). Every command that creates a file uses it, so none ever overwrites.

/** Joins a vault folder ('' or '/' = the root) and a file name with `/`. */
export function joinPath(folder: string, name: string): string {
  const f = folder.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  return f === '' ? name : `${f}/${name}`;
}

/**
 * @param ext without the dot (`md`, `csv`)
 * @param exists whether a path is taken (checked case-insensitively by the caller if the file system is)
 */
export function freeName(folder: string, base: string, ext: string, exists: (path: string) => boolean): string {
  const suffix = ext === '' ? '' : `.${ext}`;
  for (let n = 0; ; n++) {
    const path = joinPath(folder, `${base}${n === 0 ? '' : ` ${n}`}${suffix}`);
    if (!exists(path)) return path;
  }
}
