// Whether a vault path lies in a folder: the one rule for story folders and excluded folders, in
// the plugin's index, the core's extraction and the CLI's walk of the vault. Paths are
// vault-relative with `/` separators, as Obsidian gives them; a folder is matched whole (`Stories`
// holds `Stories/a.md` and `Stories/2024/b.md`, never `Stories2/c.md`) and with its case as written,
// as Obsidian matches paths. Slashes at the folder's ends are ignored; an empty folder (the vault
// root) holds nothing, so a blank setting never excludes the whole vault.

/** A folder as written in settings, without slashes at its ends (`/Stories/` → `Stories`). */
export function folderPath(folder: string): string {
  return folder.replace(/^\/+|\/+$/g, '');
}

/** True when `path` is `folder` itself or lies anywhere inside it. */
export function isUnder(path: string, folder: string): boolean {
  const f = folderPath(folder);
  return f !== '' && (path === f || path.startsWith(f + '/'));
}

/** True when `path` lies in any of `folders`. */
export function isUnderAny(path: string, folders: readonly string[]): boolean {
  return folders.some((f) => isUnder(path, f));
}
