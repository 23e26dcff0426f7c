// Reading the frontmatter keys the index cares about, whatever shape the user wrote them in.

/** A frontmatter value as a list of strings: YAML list, or a comma/space separated string for tags. */
export function stringList(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    const out: string[] = [];
    for (const v of value) {
      if (typeof v === 'string' || typeof v === 'number') out.push(String(v).trim());
      // A YAML list item written as [[Link]] parses as a nested array: [[ 'Link' ]].
      else if (Array.isArray(v)) out.push(...nestedLink(v));
    }
    return out.filter((s) => s !== '');
  }
  if (typeof value === 'string' || typeof value === 'number') return [String(value).trim()].filter((s) => s !== '');
  return [];
}

function nestedLink(v: unknown[]): string[] {
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 && typeof v[0][0] === 'string') return [`[[${v[0][0]}]]`];
  return [];
}

/** Frontmatter `tags`/`tag`, lowercased, without `#`. A string may hold several, separated by commas or spaces. */
export function frontmatterTags(fm: Record<string, unknown> | null): string[] {
  if (!fm) return [];
  const out: string[] = [];
  for (const key of ['tags', 'tag']) {
    for (const item of stringList(fm[key])) {
      for (const t of item.split(/[,\s]+/)) {
        const tag = t.replace(/^#/, '').trim().toLowerCase();
        if (tag) out.push(tag);
      }
    }
  }
  return out;
}

/** A string-valued frontmatter key (`set`, `company`, `title`, `type`), or null. */
export function stringKey(fm: Record<string, unknown> | null, key: string): string | null {
  if (!fm) return null;
  const v = fm[key];
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number') return String(v);
  return null;
}

/** True for a tag equal to `tag` or nested under it (`principles/amazon`). */
export function hasTag(tags: string[], tag: string): boolean {
  const t = tag.toLowerCase().replace(/^#/, '');
  for (const x of tags) if (x === t || x.startsWith(t + '/')) return true;
  return false;
}
