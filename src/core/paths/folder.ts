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
  return isUnderPrefixes(path, folderPrefixes(folders));
}

/**
 * Folders prepared once as `folder/` prefixes for isUnderPrefixes (an empty folder names none):
 * the form for a test that runs for every note of a vault, with no regex or string built per path.
 */
export function folderPrefixes(folders: readonly string[]): string[] {
  return folders.map(folderPath).filter((f) => f !== '').map((f) => f + '/');
}

/** isUnderAny with the folders given as folderPrefixes. */
export function isUnderPrefixes(path: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (path.startsWith(p) || (path.length === p.length - 1 && p.startsWith(path))) return true;
  return false;
}
