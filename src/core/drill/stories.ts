// Stories mapped to a principle, primary ones first: "My stories for this principle" in the
// drill modal and the story picker of the mock loop. Drafts (nothing written yet) are left out.
import type { IndexSnapshot, Story } from '../model';

export function storiesFor(snapshot: IndexSnapshot, principleIds: readonly string[]): Story[] {
  const wanted = new Set(principleIds);
  const rank = (s: Story): number => (s.principles.some((r) => wanted.has(r.id) && r.role === 'primary') ? 0 : 1);
  return snapshot.stories
    .filter((s) => s.kind !== 'draft' && s.kind !== 'sketch' && s.principles.some((r) => wanted.has(r.id)))
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}
