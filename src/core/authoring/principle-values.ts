// How a principle is written into a story's frontmatter: a `[[Set note#Principle]]` link
// (the default, so the note links to the definition) or its plain name.
import type { IndexSnapshot, Principle } from '../model';

function basename(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/i, '');
}

export function principleValue(p: Principle, links: boolean): string {
  if (!links) return p.name;
  // By the note's kind, not its line: a set note's first principle heading may be on line 1.
  return p.principleNote ? `[[${basename(p.path)}]]` : `[[${basename(p.path)}#${p.name}]]`;
}

/** Values for the ids that the snapshot knows, in the given order; unknown ids are skipped. */
export function principleValues(snapshot: IndexSnapshot, ids: readonly string[], links: boolean): string[] {
  const byId = new Map(snapshot.principles.map((p) => [p.id, p]));
  const out: string[] = [];
  for (const id of ids) {
    const p = byId.get(id);
    if (p) out.push(principleValue(p, links));
  }
  return out;
}
