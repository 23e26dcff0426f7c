// Which notes the index wants, decided from metadata alone (the plugin uses it with
// metadataCache so that it never reads notes that cannot match).
import type { IndexSettings } from '../settings';
import { hasTag, stringKey } from '../extract/frontmatter';
import { isUnder } from '../paths/folder';

/** Tags as hasTag reads them: without `#`, lower case. */
function cleanTags(tags: string[]): string[] {
  return tags.map((t) => t.replace(/^#/, '').toLowerCase());
}

/**
 * @param tags all tags of the note (frontmatter and inline), with or without `#`
 */
export function isCandidate(path: string, frontmatter: Record<string, unknown> | null, tags: string[], settings: IndexSettings): boolean {
  if (!path.toLowerCase().endsWith('.md')) return false;
  if (settings.excludedFolders.some((f) => isUnder(path, f))) return false;
  if (settings.storyFolders.some((f) => isUnder(path, f))) return true;
  const type = (stringKey(frontmatter, 'type') ?? '').toLowerCase();
  if (type === 'story' || type === settings.storyTag.toLowerCase()) return true;
  const clean = cleanTags(tags);
  return [settings.setTag, settings.principleTag, settings.storyTag, settings.questionTag].some((t) => hasTag(clean, t));
}

/**
 * Whether a candidate may define principles (a set note or a `#principle` note), from its tags:
 * the plugin reads these first, since every note is resolved against the principles they define.
 */
export function mayDefinePrinciples(tags: string[], settings: IndexSettings): boolean {
  const clean = cleanTags(tags);
  return hasTag(clean, settings.setTag) || hasTag(clean, settings.principleTag);
}
